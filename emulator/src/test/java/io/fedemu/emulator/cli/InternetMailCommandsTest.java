package io.fedemu.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fedemu.client.Json;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.topology.launcher.EndpointsFile;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shipped hybrid's internet mail (docs/PROTOCOL.md section 20): fabrikam.net outside the federation is listed
 * in endpoints.json with its listeners, each MX listener names its domains, and {@code send-message} from an
 * internet user enters contoso.com at Exchange Online Protection (the scenario's MX) as anonymous mail on both
 * sides; mail from the hybrid reaches the internet user.
 */
class InternetMailCommandsTest {
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    static Path state;

    @BeforeAll
    static void publish() {
        state = federation.topology().stateDirectory();
        EndpointsFile.write(state, federation.endpoints());
    }

    @Test
    void endpointsListTheInternetOrganizationAndWhereEachDomainsMailEnters() {
        Endpoints endpoints = EndpointsFile.read(state);
        Endpoints.Tenant fabrikam = endpoints.internet().stream()
                .filter(t -> t.name().equals("fabrikam"))
                .findFirst()
                .orElseThrow();
        assertThat(fabrikam.kind()).isEqualTo(Endpoints.INTERNET);
        assertThat(fabrikam.smtp())
                .extracting(Endpoints.Smtp::connector)
                .containsExactly("Inbound mail.fabrikam.net", "Client Submission mail.fabrikam.net");
        assertThat(fabrikam.smtp().get(0).mx()).containsExactly("fabrikam.net");
        Endpoints.Smtp protection = endpoints.tenants().stream()
                .filter(t -> t.name().equals("contoso-cloud"))
                .flatMap(t -> t.smtp().stream())
                .filter(s -> s.connector().equals("Exchange Online Protection"))
                .findFirst()
                .orElseThrow();
        assertThat(protection.mx()).contains("contoso.com", "contoso.mail.onmicrosoft.com");
    }

    @Test
    void anInternetUserReachesBothSidesThroughExchangeOnlineProtectionAsAnonymousMail() throws Exception {
        CommandRun sent = run(
                "send-message",
                "--from",
                "erin@fabrikam.net",
                "--to",
                "alice@contoso.com,bob@contoso.com",
                "--subject",
                "From the internet");
        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(sent.out()).contains("through Client Submission mail.fabrikam.net of fabrikam");

        for (String mailbox : new String[] {"alice@contoso.com", "bob@contoso.mail.onmicrosoft.com"}) {
            JsonNode message = last(json(run("get-message", "--identity", mailbox, "--json")));
            assertThat(message.get("subject").asText()).isEqualTo("From the internet");
            assertThat(message.at("/headers/X-MS-Exchange-Organization-AuthAs/0")
                            .asText())
                    .isEqualTo("Anonymous");
            assertThat(message.at("/headers/Received").toString())
                    .contains("from mail.fabrikam.net")
                    .contains("by contoso-com.mail.protection.outlook.com");
        }
    }

    @Test
    void theInternetUserReceivesFromOnPremises() throws Exception {
        CommandRun sent = run(
                "send-message", "--from", "alice@contoso.com", "--to", "erin@fabrikam.net", "--subject", "Outbound");
        assertThat(sent.exitCode()).as(sent.err()).isZero();

        JsonNode message = last(json(run("get-message", "--identity", "erin@fabrikam.net", "--json")));
        assertThat(message.get("subject").asText()).isEqualTo("Outbound");
        assertThat(message.at("/headers/Received/0").asText()).contains("from mail.contoso.com");
    }

    private static JsonNode last(JsonNode messages) {
        assertThat(messages).isNotEmpty();
        return messages.get(messages.size() - 1);
    }

    private static CommandRun run(String... args) {
        return CmdletCommandsTest.in(state, args);
    }

    private static JsonNode json(CommandRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Json.lenient().readTree(run.out());
    }
}
