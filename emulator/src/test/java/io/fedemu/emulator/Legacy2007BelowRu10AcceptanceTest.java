package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.client.diagnostics.TestFederationTrust;
import io.fedemu.client.diagnostics.TestOrganizationRelationship;
import io.fedemu.client.diagnostics.TestResult;
import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.reason.Reason;
import java.util.List;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The 2007 server at SP3 Update Rollup 9 (8.3.297.2), one short of what a hybrid needs. */
class Legacy2007BelowRu10AcceptanceTest {
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario(
            ServerRolesAcceptanceTest.seedTopology("15.0.620.29", "15.0.620.29", "8.3.297.2"));

    @Test
    void cloudUsersCannotSeeThe2007MailboxButSeeTheOthers() throws Exception {
        List<AttendeeAvailability> answers = new EwsUser(
                        federation.trustBundle(),
                        federation.tenant("contoso-cloud").ewsUrl(),
                        "bob@contoso.mail.onmicrosoft.com",
                        "Passw0rd!bob")
                .monday(FreeBusyViewType.FreeBusy, "dave@contoso.com", "alice@contoso.com");

        assertThat(answers)
                .extracting(AttendeeAvailability::getErrorCode)
                .containsExactly(ServiceError.ErrorProxyRequestProcessingFailed, ServiceError.NoError);
        assertThat(answers.get(0).getErrorDetails())
                .containsEntry("fedemu.reason", Reason.EXCHANGE_2007_BELOW_RU10.name());
        assertThat(answers.get(0).getErrorMessage())
                .contains("EX2007-01 runs Exchange Server 2007 SP3 Update Rollup 9 (8.3.297.2)")
                .contains("Exchange Server 2007 SP3 Update Rollup 10 (8.3.298.3) or later");
    }

    @Test
    void bothDiagnosticsNameTheServerItsReasonAndTheRollupToInstall() {
        String remedy = "EX2007-01 runs Exchange Server 2007 SP3 Update Rollup 9 (8.3.297.2); an Exchange 2007 server"
                + " in a hybrid needs Exchange Server 2007 SP3 Update Rollup 10 (8.3.298.3) or later."
                + " (EXCHANGE_2007_BELOW_RU10)";

        assertThat(testFederationTrust(federation, "contoso-onprem"))
                .contains(TestResult.error("HybridServerVersions", remedy));
        // From the cloud's side the broken server is the partner's.
        assertThat(testOrganizationRelationship(
                        federation,
                        "contoso-cloud",
                        "contoso-onprem",
                        "On-premises to O365 - contoso on-premises",
                        "bob@contoso.mail.onmicrosoft.com"))
                .contains(TestResult.error("PartnerServerVersions", remedy))
                .filteredOn(result -> result.id().equals("HybridServerVersions"))
                .singleElement()
                .extracting(TestResult::type)
                .isEqualTo(TestResult.Type.SUCCESS);
    }

    static List<TestResult> testFederationTrust(FederationExtension federation, String tenant) {
        return new TestFederationTrust(
                        TenantAdminClient.adminOf(federation.tenant(tenant).url()),
                        federation.gateway().url(),
                        federation.adminCredential(),
                        federation.tls(),
                        java.time.Clock.systemUTC())
                .run();
    }

    static List<TestResult> testOrganizationRelationship(
            FederationExtension federation, String local, String partner, String identity, String user) {
        return new TestOrganizationRelationship(
                        TenantAdminClient.adminOf(federation.tenant(local).url()),
                        java.net.URI.create(federation.tenant(partner).url() + "/autodiscover/autodiscover.svc"),
                        TenantAdminClient.adminOf(federation.tenant(partner).url()),
                        federation.adminCredential(),
                        federation.tls(),
                        org.apache.cxf.BusFactory.getDefaultBus())
                .run(identity, user);
    }
}
