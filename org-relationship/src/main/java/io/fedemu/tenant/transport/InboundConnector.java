package io.fedemu.tenant.transport;

import java.util.Objects;

/**
 * An Exchange Online Protection inbound connector as Get-InboundConnector shows it. Of type OnPremises, a message
 * whose sending host proves a certificate named {@code tlsSenderCertificateName} (wildcards allowed) is attributed
 * to the organization: it may relay and is promoted to internal.
 */
public record InboundConnector(
        String name, String connectorType, boolean requireTls, String tlsSenderCertificateName, boolean enabled) {
    public static final String ON_PREMISES = "OnPremises";

    public InboundConnector {
        Objects.requireNonNull(name, "name");
    }

    public InboundConnector withTlsSenderCertificateName(String value) {
        return new InboundConnector(name, connectorType, requireTls, value, enabled);
    }
}
