package io.fedemu.tenant.transport;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An on-premises Send connector as Get-SendConnector shows it ("Outbound to Office 365" from the wizard).
 *
 * @param addressSpaces the recipient domains it carries (the tenant's routing domain)
 * @param smartHost the host it relays to (the tenant's protection endpoint); {@code smartHostPort} its loopback port
 * @param tlsDomain the name the smart host's certificate must carry under DomainValidation
 * @param tlsCertificateName {@code <I>issuer<S>subject} of the certificate presented as the TLS client
 * @param fqdn the EHLO name, a name on that certificate
 * @param enabled whether routing uses it (Set-SendConnector -Enabled)
 * @param domainSecureEnabled Set-SendConnector -DomainSecureEnabled: mutual TLS for the transport config's
 *     TLSSendDomainSecureList
 */
public record SendConnector(
        String name,
        List<String> addressSpaces,
        String smartHost,
        int smartHostPort,
        boolean requireTls,
        TlsAuthLevel tlsAuthLevel,
        String tlsDomain,
        String tlsCertificateName,
        boolean cloudServicesMailEnabled,
        String fqdn,
        boolean enabled,
        boolean domainSecureEnabled) {
    public SendConnector {
        Objects.requireNonNull(name, "name");
        addressSpaces = List.copyOf(addressSpaces);
        // Set-SendConnector's own rules: no TlsAuthLevel without RequireTLS; DomainValidation needs a TlsDomain.
        if (tlsAuthLevel != null && !requireTls) {
            throw new IllegalArgumentException("TlsAuthLevel cannot be set while RequireTLS is false");
        }
        if (tlsAuthLevel == TlsAuthLevel.DOMAIN_VALIDATION && (tlsDomain == null || tlsDomain.isBlank())) {
            throw new IllegalArgumentException("a smart host connector with DomainValidation needs a TlsDomain");
        }
    }

    /** An enabled connector without Domain Security, as the wizard leaves "Outbound to Office 365". */
    public SendConnector(
            String name,
            List<String> addressSpaces,
            String smartHost,
            int smartHostPort,
            boolean requireTls,
            TlsAuthLevel tlsAuthLevel,
            String tlsDomain,
            String tlsCertificateName,
            boolean cloudServicesMailEnabled,
            String fqdn) {
        this(
                name,
                addressSpaces,
                smartHost,
                smartHostPort,
                requireTls,
                tlsAuthLevel,
                tlsDomain,
                tlsCertificateName,
                cloudServicesMailEnabled,
                fqdn,
                true,
                false);
    }

    /** Whether this connector carries mail for {@code domain}. */
    public boolean carries(String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        return addressSpaces.stream().anyMatch(space -> CertificateNames.nameMatches(d, space));
    }

    public SendConnector withTlsCertificateName(String value) {
        return new SendConnector(
                name,
                addressSpaces,
                smartHost,
                smartHostPort,
                requireTls,
                tlsAuthLevel,
                tlsDomain,
                value,
                cloudServicesMailEnabled,
                fqdn,
                enabled,
                domainSecureEnabled);
    }

    public SendConnector withTlsDomain(String value) {
        return new SendConnector(
                name,
                addressSpaces,
                smartHost,
                smartHostPort,
                requireTls,
                tlsAuthLevel,
                value,
                tlsCertificateName,
                cloudServicesMailEnabled,
                fqdn,
                enabled,
                domainSecureEnabled);
    }

    public SendConnector withSmartHostPort(int value) {
        return new SendConnector(
                name,
                addressSpaces,
                smartHost,
                value,
                requireTls,
                tlsAuthLevel,
                tlsDomain,
                tlsCertificateName,
                cloudServicesMailEnabled,
                fqdn,
                enabled,
                domainSecureEnabled);
    }
}
