package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.client.availability.FreeBusyRequest;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.faults.LinkFault;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.runtime.journal.Journal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The JUnit 5 example of docs/reference/junit-extension.md ("A compiled example"), compiled and run, so the snippet
 * cannot rot: the page must show the lines between the markers exactly, indentation aside.
 */
class ReadmeExampleTest {
    // EXAMPLE-BEGIN
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    @Test
    void aliceOnPremisesSeesBobInTheCloud(Journal journal) {
        var reply = federation
                .ews("contoso-onprem")
                .getUserAvailability(
                        FreeBusyRequest.day(LocalDate.parse("2026-11-30"), "bob@contoso.com")
                                .wire(),
                        null,
                        new EwsCredentials.Basic("alice@contoso.com", "Passw0rd!alice"),
                        null);

        var bob = reply.response()
                .getFreeBusyResponseArray()
                .getFreeBusyResponse()
                .get(0);
        assertThat(bob.getResponseMessage().getResponseCode().value()).isEqualTo("NoError");
        assertThat(journal.find(entry -> entry.step() == JournalEntry.Step.TOKEN_VALIDATION))
                .isNotEmpty();
    }

    @Test
    void aFirewallResettingTheCloudLinkFailsOnlyBob() {
        federation.faults().link("contoso-onprem", "contoso-cloud", LinkFault.Kind.CONNECTION_RESET);

        var reply = federation
                .ews("contoso-onprem")
                .getUserAvailability(
                        FreeBusyRequest.day(LocalDate.parse("2026-11-30"), "bob@contoso.com", "carol@contoso.com")
                                .wire(),
                        null,
                        new EwsCredentials.Basic("alice@contoso.com", "Passw0rd!alice"),
                        null);

        var answers = reply.response().getFreeBusyResponseArray().getFreeBusyResponse();
        // Autodiscover fails first when the partner's EWS URL is not known yet, else the free/busy call itself.
        assertThat(answers.get(0).getResponseMessage().getResponseCode().value())
                .isIn("ErrorAutoDiscoverFailed", "ErrorProxyRequestProcessingFailed");
        assertThat(answers.get(1).getResponseMessage().getResponseCode().value())
                .isEqualTo("NoError");
    } // the scenario's own faults come back after each test
    // EXAMPLE-END

    @Test
    void theContractTestingPageShowsExactlyThisExample() throws Exception {
        String source = Files.readString(Path.of("src/test/java/io/fedemu/emulator/ReadmeExampleTest.java"));
        String example = source.substring(
                source.indexOf("// EXAMPLE-BEGIN\n") + "// EXAMPLE-BEGIN\n".length(),
                source.indexOf("    // EXAMPLE-END"));
        // As the page shows it: one level of class-body indentation less.
        String shown = example.lines()
                .map(line -> line.startsWith("    ") ? line.substring(4) : line)
                .collect(Collectors.joining("\n", "", "\n"));
        String page = Files.readString(Path.of("../docs/reference/junit-extension.md"));

        assertThat(page)
                .as("docs/reference/junit-extension.md shows the example of ReadmeExampleTest, line for line")
                .contains("```java\n" + shown + "```");
    }
}
