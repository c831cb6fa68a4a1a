package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.reason.Reason;
import java.util.List;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The broken teaching scenarios fail exactly where their comments say, and mend as they say. */
class TeachingScenariosAcceptanceTest {
    @RegisterExtension
    static FederationExtension wrongTargetAddress = FederationExtension.scenario("teaching-wrong-target-address");

    @RegisterExtension
    static FederationExtension staleMetadata = FederationExtension.scenario("teaching-stale-metadata");

    @RegisterExtension
    static FederationExtension legacyBelowRu10 = FederationExtension.scenario("teaching-2007-below-ru10");

    @RegisterExtension
    static FederationExtension mailboxServerFailure = FederationExtension.scenario("teaching-mailbox-server-failure");

    @RegisterExtension
    static FederationExtension firewall =
            FederationExtension.scenario("teaching-firewall").partnerBudget(java.time.Duration.ofSeconds(3));

    @Test
    void aLegacyServerOneRollupShortClosesOnlyTheRoadToItsMailbox() throws Exception {
        EwsUser bob = new EwsUser(
                legacyBelowRu10.trustBundle(),
                legacyBelowRu10.tenant("contoso-cloud").ewsUrl(),
                "bob@contoso.mail.onmicrosoft.com",
                "Passw0rd!bob");

        List<AttendeeAvailability> answers =
                bob.monday(FreeBusyViewType.FreeBusy, "dave@contoso.com", "alice@contoso.com");

        assertThat(answers)
                .extracting(AttendeeAvailability::getErrorCode)
                .containsExactly(ServiceError.ErrorProxyRequestProcessingFailed, ServiceError.NoError);
        assertThat(legacyBelowRu10.journal().all())
                .anySatisfy(entry -> assertThat(entry.reason()).isEqualTo(Reason.EXCHANGE_2007_BELOW_RU10));
    }

    @Test
    void aFailedMailboxServerFailsItsDatabaseUntilTheCopyIsActivated() throws Exception {
        EwsUser bob = new EwsUser(
                mailboxServerFailure.trustBundle(),
                mailboxServerFailure.tenant("contoso-cloud").ewsUrl(),
                "bob@contoso.mail.onmicrosoft.com",
                "Passw0rd!bob");

        List<AttendeeAvailability> broken =
                bob.monday(FreeBusyViewType.FreeBusy, "alice@contoso.com", "dave@contoso.com");
        mailboxServerFailure.tenant("contoso-onprem").servers().activate("DB01", "EX2013-02");
        List<AttendeeAvailability> mended = bob.monday(FreeBusyViewType.FreeBusy, "alice@contoso.com");

        assertThat(broken)
                .extracting(AttendeeAvailability::getErrorCode)
                .containsExactly(ServiceError.ErrorMailboxStoreUnavailable, ServiceError.NoError);
        assertThat(mended).extracting(AttendeeAvailability::getErrorCode).containsExactly(ServiceError.NoError);
    }

    @Test
    void theFirewallLetsOnPremisesSeeTheCloudButNotTheCloudSeeOnPremisesUntilTheFaultIsCleared() throws Exception {
        EwsUser alice = new EwsUser(
                firewall.trustBundle(),
                firewall.tenant("contoso-onprem").ewsUrl(),
                "alice@contoso.com",
                "Passw0rd!alice");
        EwsUser bob = new EwsUser(
                firewall.trustBundle(),
                firewall.tenant("contoso-cloud").ewsUrl(),
                "bob@contoso.mail.onmicrosoft.com",
                "Passw0rd!bob");

        AttendeeAvailability outbound =
                alice.monday(FreeBusyViewType.FreeBusy, "bob@contoso.com").get(0);
        AttendeeAvailability inbound =
                bob.monday(FreeBusyViewType.FreeBusy, "alice@contoso.com").get(0);

        assertThat(outbound.getErrorCode()).as(outbound.getErrorMessage()).isEqualTo(ServiceError.NoError);
        assertThat(inbound.getErrorCode()).isEqualTo(ServiceError.ErrorAutoDiscoverFailed);
        assertThat(firewall.journal().all()).anySatisfy(entry -> {
            assertThat(entry.role()).isEqualTo("contoso-cloud");
            assertThat(entry.reason()).isEqualTo(Reason.AUTODISCOVER_FAILED);
        });

        firewall.tenant("contoso-cloud").faults().clear();
        AttendeeAvailability mended =
                bob.monday(FreeBusyViewType.FreeBusy, "alice@contoso.com").get(0);
        assertThat(mended.getErrorCode()).as(mended.getErrorMessage()).isEqualTo(ServiceError.NoError);
    }

    @Test
    void aStaleMetadataCopyRejectsTokensUntilItIsRefreshed() throws Exception {
        EwsUser alice = new EwsUser(
                staleMetadata.trustBundle(),
                staleMetadata.tenant("contoso-onprem").ewsUrl(),
                "alice@contoso.com",
                "Passw0rd!alice");

        AttendeeAvailability broken =
                alice.monday(FreeBusyViewType.FreeBusy, "bob@contoso.com").get(0);
        assertThat(broken.getErrorCode()).isEqualTo(ServiceError.ErrorProxyRequestProcessingFailed);
        assertThat(broken.getErrorMessage()).contains("GATEWAY_KEY_UNKNOWN");

        staleMetadata
                .tenant("contoso-cloud")
                .federation()
                .orElseThrow()
                .metadata()
                .refresh();
        AttendeeAvailability mended =
                alice.monday(FreeBusyViewType.FreeBusy, "bob@contoso.com").get(0);
        assertThat(mended.getErrorCode()).as(mended.getErrorMessage()).isEqualTo(ServiceError.NoError);
    }

    @Test
    void aMistypedTargetAddressLeavesBobUnreachableWhileDanaIsAnswered() throws Exception {
        List<AttendeeAvailability> answers = new EwsUser(
                        wrongTargetAddress.trustBundle(),
                        wrongTargetAddress.tenant("contoso-onprem").ewsUrl(),
                        "alice@contoso.com",
                        "Passw0rd!alice")
                .monday(FreeBusyViewType.FreeBusy, "bob@contoso.com", "dana@contoso.com");

        assertThat(answers.get(0).getErrorCode()).isEqualTo(ServiceError.ErrorAddressSpaceNotFound);
        assertThat(answers.get(0).getErrorMessage()).contains("contoso.mail.onmicrosof.com");
        assertThat(answers.get(1).getErrorCode())
                .as(answers.get(1).getErrorMessage())
                .isEqualTo(ServiceError.NoError);
    }
}
