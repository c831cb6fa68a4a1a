package io.fedemu.tenant.transport;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An Exchange Online Protection outbound connector as Get-OutboundConnector shows it: mail for the on-premises
 * domains goes to {@code smartHosts} (on its loopback {@code smartHostPort}) with TLS at {@code tlsSettings}.
 * {@code routeAllMessagesViaOnPremises} is centralized transport, off as the wizard leaves it.
 */
public record OutboundConnector(
        String name,
        String connectorType,
        List<String> recipientDomains,
        List<String> smartHosts,
        int smartHostPort,
        TlsAuthLevel tlsSettings,
        String tlsDomain,
        boolean routeAllMessagesViaOnPremises,
        boolean cloudServicesMailEnabled,
        boolean enabled) {
    public OutboundConnector {
        Objects.requireNonNull(name, "name");
        recipientDomains = List.copyOf(recipientDomains);
        smartHosts = List.copyOf(smartHosts);
    }

    public boolean carries(String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        return recipientDomains.stream().anyMatch(space -> CertificateNames.nameMatches(d, space));
    }

    /** Set-OutboundConnector -RouteAllMessagesViaOnPremises: centralized transport on or off. */
    public OutboundConnector withRouteAllMessagesViaOnPremises(boolean value) {
        return new OutboundConnector(
                name,
                connectorType,
                recipientDomains,
                smartHosts,
                smartHostPort,
                tlsSettings,
                tlsDomain,
                value,
                cloudServicesMailEnabled,
                enabled);
    }

    public OutboundConnector withSmartHostPort(int value) {
        return new OutboundConnector(
                name,
                connectorType,
                recipientDomains,
                smartHosts,
                value,
                tlsSettings,
                tlsDomain,
                routeAllMessagesViaOnPremises,
                cloudServicesMailEnabled,
                enabled);
    }
}
