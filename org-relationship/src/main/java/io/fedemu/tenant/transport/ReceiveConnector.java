package io.fedemu.tenant.transport;

import java.util.List;
import java.util.Objects;

/**
 * An on-premises Receive connector as Get-ReceiveConnector shows it. {@code port} 0 takes a free loopback port at
 * start (Exchange listens on 25; fedemu gives each connector its own port so several servers fit one machine).
 *
 * @param tlsCertificateName {@code <I>issuer<S>subject} of the certificate offered on STARTTLS
 * @param tlsDomainCapabilities {@code domain:capability}, e.g. {@code mail.protection.outlook.com:AcceptCloudServicesMail}:
 *     a peer whose certificate names the domain gets the capability
 * @param domainSecureEnabled whether a peer in the transport config's TLSReceiveDomainSecureList is marked Domain Secured
 * @param enabled whether it listens at all (Set-ReceiveConnector -Enabled; a disabled one has no binding)
 */
public record ReceiveConnector(
        String name,
        String server,
        String fqdn,
        int port,
        List<String> authMechanism,
        boolean requireTls,
        String tlsCertificateName,
        String tlsDomainCapabilities,
        boolean domainSecureEnabled,
        int maxMessageSize,
        int maxRecipientsPerMessage,
        boolean enabled) {
    /** The capability Exchange 2013's wizard grants Exchange Online Protection on Default Frontend. */
    public static final String ACCEPT_CLOUD_SERVICES_MAIL = "AcceptCloudServicesMail";

    public ReceiveConnector {
        Objects.requireNonNull(name, "name");
        authMechanism = List.copyOf(authMechanism);
        if (requireTls && !authMechanism.contains("Tls")) {
            // Set-ReceiveConnector refuses RequireTLS without the Tls mechanism.
            throw new IllegalArgumentException("RequireTLS needs Tls in AuthMechanism");
        }
        if (domainSecureEnabled && !authMechanism.contains("Tls")) {
            throw new IllegalArgumentException("DomainSecureEnabled needs Tls in AuthMechanism");
        }
    }

    /** An enabled connector, as the wizard leaves Default Frontend. */
    public ReceiveConnector(
            String name,
            String server,
            String fqdn,
            int port,
            List<String> authMechanism,
            boolean requireTls,
            String tlsCertificateName,
            String tlsDomainCapabilities,
            boolean domainSecureEnabled,
            int maxMessageSize,
            int maxRecipientsPerMessage) {
        this(
                name,
                server,
                fqdn,
                port,
                authMechanism,
                requireTls,
                tlsCertificateName,
                tlsDomainCapabilities,
                domainSecureEnabled,
                maxMessageSize,
                maxRecipientsPerMessage,
                true);
    }

    /** The domain of {@link #tlsDomainCapabilities}, or null when none is set. */
    public String capabilityDomain() {
        if (tlsDomainCapabilities == null || !tlsDomainCapabilities.contains(":")) {
            return null;
        }
        return tlsDomainCapabilities.substring(0, tlsDomainCapabilities.indexOf(':'));
    }

    /** Whether a peer proven to hold the capability domain's certificate may send cloud mail as internal. */
    public boolean acceptsCloudServicesMail() {
        return tlsDomainCapabilities != null && tlsDomainCapabilities.endsWith(":" + ACCEPT_CLOUD_SERVICES_MAIL);
    }

    public ReceiveConnector withTlsCertificateName(String value) {
        return new ReceiveConnector(
                name,
                server,
                fqdn,
                port,
                authMechanism,
                requireTls,
                value,
                tlsDomainCapabilities,
                domainSecureEnabled,
                maxMessageSize,
                maxRecipientsPerMessage,
                enabled);
    }
}
