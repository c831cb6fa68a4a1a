package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.client.journal.Journal;
import io.fedemu.client.journal.JournalEntry;
import io.fedemu.emulator.junit.FederationExtension;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType;
import io.fedemu.protocol.ews.types.ArrayOfMailboxData;
import io.fedemu.protocol.ews.types.Duration;
import io.fedemu.protocol.ews.types.EmailAddress;
import io.fedemu.protocol.ews.types.FreeBusyViewOptionsType;
import io.fedemu.protocol.ews.types.FreeBusyViewType;
import io.fedemu.protocol.ews.types.MailboxData;
import java.nio.file.Path;
import javax.xml.datatype.DatatypeFactory;
import org.apache.cxf.BusFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's JUnit 5 example, compiled and run, so the snippet cannot rot. */
class ReadmeExampleTest {
    // README-BEGIN
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario(Path.of("../scenarios/hybrid.yaml"));

    @Test
    void aliceOnPremisesSeesBobInTheCloud(Journal journal) throws Exception {
        AvailabilityClient ews = new AvailabilityClient(BusFactory.getDefaultBus(),
                federation.tenant("contoso-onprem").ewsUrl(), federation.tls(), java.time.Duration.ofSeconds(10));

        var reply = ews.getUserAvailability(request("bob@contoso.com"), null,
                new EwsCredentials.Basic("alice@contoso.com", "Passw0rd!alice"), null);

        var bob = reply.response().getFreeBusyResponseArray().getFreeBusyResponse().get(0);
        assertThat(bob.getResponseMessage().getResponseCode().value()).isEqualTo("NoError");
        assertThat(journal.find(entry -> entry.step() == JournalEntry.Step.TOKEN_VALIDATION)).isNotEmpty();
    }
    // README-END

    @Test
    void theReadmeShowsExactlyThisExample() throws Exception {
        String source = java.nio.file.Files.readString(Path.of("src/test/java/io/fedemu/emulator/ReadmeExampleTest.java"));
        String example = source.substring(source.indexOf("// README-BEGIN") + "// README-BEGIN".length(),
                source.indexOf("// README-END"));
        String readme = java.nio.file.Files.readString(Path.of("../README.md"));
        for (String line : example.strip().split("\n")) {
            assertThat(readme).as("README.md shows the example line").contains(line.strip());
        }
    }

    static GetUserAvailabilityRequestType request(String address) throws Exception {
        MailboxData mailbox = new MailboxData();
        EmailAddress email = new EmailAddress();
        email.setAddress(address);
        mailbox.setEmail(email);
        ArrayOfMailboxData mailboxes = new ArrayOfMailboxData();
        mailboxes.getMailboxData().add(mailbox);
        Duration window = new Duration();
        window.setStartTime(DatatypeFactory.newInstance().newXMLGregorianCalendar("2026-11-30T00:00:00Z"));
        window.setEndTime(DatatypeFactory.newInstance().newXMLGregorianCalendar("2026-12-01T00:00:00Z"));
        FreeBusyViewOptionsType options = new FreeBusyViewOptionsType();
        options.setTimeWindow(window);
        options.setRequestedView(FreeBusyViewType.FREE_BUSY);
        GetUserAvailabilityRequestType request = new GetUserAvailabilityRequestType();
        request.setMailboxDataArray(mailboxes);
        request.setFreeBusyViewOptions(options);
        return request;
    }
}
