package io.fedemu.tenant.hybrid;

import io.fedemu.protocol.tenant.ExchangeServerInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * New-HybridConfiguration as the wizard's first page fills it in: every feature, the organization's own accepted
 * domains, its Exchange 2013 Client Access servers to receive and Mailbox servers to send, and the SMTP certificate
 * that carries the on-premises mail host's name.
 */
final class HybridDefaults {
    private HybridDefaults() {}

    static HybridConfiguration of(HybridOrganization onPremises, String smartHost) {
        List<String> domains = onPremises.acceptedDomains().stream()
                .filter(d -> !"ExternalRelay".equalsIgnoreCase(d.domainType()))
                .map(d -> d.domainName().toLowerCase(Locale.ROOT))
                .filter(d -> !d.endsWith(".onmicrosoft.com"))
                .toList();
        List<ExchangeServerInfo> servers = onPremises.exchangeServers().stream()
                .filter(s -> HybridConfigurationRules.EXCHANGE_2013.equals(s.product()))
                .toList();
        String certificate = onPremises.smtpCertificates().stream()
                .filter(c -> ConfigureMailFlowStage.carries(c, smartHost))
                .map(HybridOrganization.SmtpCertificate::tlsCertificateName)
                .findFirst()
                .orElse(null);
        return new HybridConfiguration(
                EnumSet.allOf(HybridFeature.class),
                domains,
                servers.stream()
                        .filter(s -> HybridConfigurationRules.hasRole(s, "ClientAccess"))
                        .map(ExchangeServerInfo::name)
                        .toList(),
                servers.stream()
                        .filter(s -> HybridConfigurationRules.hasRole(s, "Mailbox"))
                        .map(ExchangeServerInfo::name)
                        .toList(),
                certificate,
                smartHost);
    }
}
