package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.ReasonXml;
import io.fedemu.protocol.tenant.RelationshipChanges;
import io.fedemu.tenant.relationship.RelationshipStore;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A client reads why a mailbox failed as data, not prose: the unmodified EWS Java API hands the reason of the
 * answer's MessageXml to its caller (ServiceResponse.getErrorDetails), beside the ResponseCode it already knows,
 * and the journal of the organization that decided holds the same value.
 */
class ReasonAsDataAcceptanceTest {
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    private static final String RELATIONSHIP = "On-premises to O365 - contoso on-premises";

    @Test
    void theReceivingSidesRefusalReachesAnEwsJavaApiClientAsAStructuredReason() throws Exception {
        RelationshipStore cloud = federation.tenant("contoso-cloud").relationships();
        cloud.set(
                RELATIONSHIP,
                RelationshipChanges.builder().freeBusyAccessEnabled(false).build());
        try {
            AttendeeAvailability bob = alice("bob@contoso.com");

            assertThat(bob.getErrorCode()).isEqualTo(ServiceError.ErrorNoFreeBusyAccess);
            assertThat(bob.getErrorDetails())
                    .containsEntry(ReasonXml.REASON, Reason.FREE_BUSY_DISABLED.name())
                    .containsEntry(ReasonXml.SIDE, "RECEIVING_ORGANIZATION");
            assertThat(federation.journal().find(entry -> entry.verdict() == JournalEntry.Verdict.FAIL))
                    .last()
                    .satisfies(entry -> {
                        assertThat(entry.role()).isEqualTo("contoso-cloud");
                        assertThat(entry.reason()).isEqualTo(Reason.FREE_BUSY_DISABLED);
                    });
        } finally {
            cloud.set(
                    RELATIONSHIP,
                    RelationshipChanges.builder().freeBusyAccessEnabled(true).build());
        }
    }

    @Test
    void aMailboxThatDoesNotExistSaysSoAsData() throws Exception {
        AttendeeAvailability nobody = alice("nobody@contoso.com");

        assertThat(nobody.getErrorCode()).isEqualTo(ServiceError.ErrorMailRecipientNotFound);
        assertThat(nobody.getErrorDetails()).containsEntry(ReasonXml.REASON, Reason.RECIPIENT_NOT_FOUND.name());
    }

    @Test
    void aSuccessCarriesNoReason() throws Exception {
        AttendeeAvailability bob = alice("bob@contoso.com");

        assertThat(bob.getErrorCode()).isEqualTo(ServiceError.NoError);
        assertThat(bob.getErrorDetails()).doesNotContainKey(ReasonXml.REASON);
    }

    private static AttendeeAvailability alice(String target) throws Exception {
        return new EwsUser(
                        federation.trustBundle(),
                        federation.tenant("contoso-onprem").ewsUrl(),
                        "alice@contoso.com",
                        "Passw0rd!alice")
                .monday(FreeBusyViewType.FreeBusy, target)
                .get(0);
    }
}
