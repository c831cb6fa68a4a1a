package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.faults.TenantFaults;
import io.fedemu.protocol.journal.JournalEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With automatic failover (Active Manager's best copy selection), a Mailbox server that goes down costs its
 * mailboxes nothing: the next request finds the server's ports closed, activates the copy on the other server
 * and is answered there.
 */
class AutomaticFailoverAcceptanceTest {
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario(withAutomaticFailover());

    @Test
    void theNextCopyIsActivatedWhenTheActiveServerIsDown() throws Exception {
        var onPremises = federation.tenant("contoso-onprem");
        onPremises.faults().apply(new TenantFaults(null, null, null, null, List.of("EX2013-01")));

        List<AttendeeAvailability> answers = new EwsUser(
                        federation.trustBundle(),
                        federation.tenant("contoso-cloud").ewsUrl(),
                        "bob@contoso.mail.onmicrosoft.com",
                        "Passw0rd!bob")
                .monday(FreeBusyViewType.FreeBusy, "alice@contoso.com", "carol@contoso.com");

        assertThat(answers)
                .extracting(AttendeeAvailability::getErrorCode)
                .containsExactly(ServiceError.NoError, ServiceError.NoError);
        assertThat(onPremises.servers().mailboxServer("alice@contoso.com").name())
                .isEqualTo("EX2013-02");
        assertThat(federation.journal().find(entry -> entry.step() == JournalEntry.Step.MAILBOX_PROXY))
                .extracting(JournalEntry::detail)
                .anySatisfy(detail -> assertThat(detail)
                        .isEqualTo("EX2013-01 did not answer; the copy of DB01 on EX2013-02 was activated"
                                + " (automatic failover)"));
    }

    private static Path withAutomaticFailover() {
        try {
            Path seed = ServerRolesAcceptanceTest.seedTopology("15.0.620.29", "15.0.620.29", "8.3.298.3");
            String yaml = Files.readString(seed);
            String changed = yaml.replace("    databases:\n", "    automaticFailover: true\n    databases:\n");
            if (changed.equals(yaml)) {
                throw new IllegalStateException("hybrid.yaml changed: automaticFailover could not be written into it");
            }
            Files.writeString(seed, changed);
            return seed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
