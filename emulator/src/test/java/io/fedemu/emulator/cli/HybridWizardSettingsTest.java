package io.fedemu.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.tenant.AcceptedDomainInfo;
import io.fedemu.protocol.tenant.WebServicesVirtualDirectoryInfo;
import io.fedemu.tenant.transport.MailAdministration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The seed's hybrid as the wizard left it (issue 17, docs/PROTOCOL.md section 23): the coexistence domain accepted
 * on-premises and a secondary proxy of "Default Policy", every Exchange 2013 server's EWS ExternalUrl set with MRS
 * proxy on, the on-premises domain InternalRelay in Exchange Online, and the trusts federated from the start.
 */
class HybridWizardSettingsTest {
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    @Test
    void theSeedHasWhatTheWizardConfigures() {
        TenantAdminClient onPremises = federation.tenantAdmin("contoso-onprem");
        TenantAdminClient cloud = federation.tenantAdmin("contoso-cloud");

        assertThat(onPremises.acceptedDomains())
                .containsExactly(
                        new AcceptedDomainInfo("contoso.com", "contoso.com", "Authoritative"),
                        new AcceptedDomainInfo(
                                "contoso.mail.onmicrosoft.com", "contoso.mail.onmicrosoft.com", "Authoritative"));
        assertThat(onPremises.emailAddressPolicies().get(0).enabledEmailAddressTemplates())
                .containsExactly("SMTP:%m@contoso.com", "smtp:%m@contoso.mail.onmicrosoft.com");
        String ews = federation.tenant("contoso-onprem").ewsUrl().toString();
        for (String server : java.util.List.of("EX2013-01", "EX2013-02")) {
            WebServicesVirtualDirectoryInfo directory = onPremises.webServicesVirtualDirectory(server);
            assertThat(directory.externalUrl()).isEqualTo(ews);
            assertThat(directory.mrsProxyEnabled()).isTrue();
        }
        assertThat(cloud.acceptedDomains())
                .extracting(AcceptedDomainInfo::domainName, AcceptedDomainInfo::domainType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("contoso.mail.onmicrosoft.com", "Authoritative"),
                        org.assertj.core.groups.Tuple.tuple("contoso.com", "InternalRelay"));
        assertThat(onPremises.federationTrust().federatedDomains()).containsExactly("contoso.com");
        assertThat(onPremises.mailConnectors(MailAdministration.SEND)).hasSize(1);
        assertThat(cloud.mailConnectors(MailAdministration.OUTBOUND)).hasSize(1);
    }
}
