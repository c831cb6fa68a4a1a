package io.fedemu.tenant.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bodies the wizard sends to New-SendConnector, New-InboundConnector and New-OutboundConnector (issue 17) make
 * exactly the connectors {@link HybridConnectors#byWizard} gives the seed's hybrid, and Default Frontend's settings
 * give it the certificate and capability the blank start lacks.
 */
class HybridConnectorsByWizardTest {
    private static final String CERTIFICATE =
            "<I>CN=fedemu Emulator Issuing CA,O=fedemu<S>CN=mail.contoso.com,O=fedemu";

    private final MailOrganization onPremises = new MailOrganization(
            "contoso-onprem",
            false,
            "contoso.mail.onmicrosoft.com",
            List.of("contoso.com"),
            List.of(),
            Map.of(),
            List.of());
    private final MailOrganization cloud = new MailOrganization(
            "contoso-cloud",
            true,
            "contoso.mail.onmicrosoft.com",
            List.of("contoso.mail.onmicrosoft.com", "contoso.com"),
            List.of(),
            Map.of(),
            List.of());
    private final HybridConnectors wizard =
            HybridConnectors.byWizard(onPremises, cloud, List.of("EX2013-01"), "mail.contoso.com", CERTIFICATE);

    @Test
    void theNewCmdletsBodiesMakeTheWizardsConnectors() {
        assertThat(NewConnectors.send(
                        HybridConnectors.sendConnectorByWizard(
                                cloud.routingDomain(),
                                HybridConnectors.protectionHost(onPremises),
                                "mail.contoso.com",
                                CERTIFICATE),
                        "ex2013-01.contoso.com"))
                .isEqualTo(wizard.toCloud());
        assertThat(NewConnectors.inbound(
                        HybridConnectors.inboundConnectorByWizard(onPremises.name(), "mail.contoso.com")))
                .isEqualTo(wizard.fromOnPremises());
        assertThat(NewConnectors.outbound(HybridConnectors.outboundConnectorByWizard(
                        onPremises.name(), onPremises.acceptedDomains(), "mail.contoso.com")))
                .isEqualTo(wizard.toOnPremises());
    }

    @Test
    void theBlankStartsDefaultFrontendGetsTheWizardsCertificateAndCapability() {
        HybridConnectors blank = wizard.asConfigured(false, false);
        assertThat(blank.toCloud()).isNull();
        assertThat(blank.fromOnPremises()).isNull();
        assertThat(blank.toOnPremises()).isNull();
        ReceiveConnector frontend = blank.frontends().get(0);
        assertThat(frontend.tlsCertificateName()).isNull();
        assertThat(frontend.tlsDomainCapabilities()).isNull();

        assertThat(ConnectorSettings.receive(frontend, HybridConnectors.defaultFrontendByWizard(CERTIFICATE)))
                .isEqualTo(wizard.frontends().get(0));
    }
}
