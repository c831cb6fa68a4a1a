package io.fedemu.tenant.transport;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.Credential;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * The SMTP certificates one side's servers hold, each known by its TlsCertificateName ({@code <I>issuer<S>subject}).
 * The first is the hybrid certificate; on-premises also holds the server's own certificate, which carries only the
 * server's name (what a wrong TlsCertificateName picks, docs/PROTOCOL.md section 18). While the expired-certificate
 * fault is set, each is presented as its expired twin: same names, same issuer, past its notAfter.
 */
final class SmtpCertificates {
    private final List<Credential> held;
    private final CertificateAuthority authority;
    private final BooleanSupplier expired;
    private final Map<Credential, Credential> twins = new ConcurrentHashMap<>();

    SmtpCertificates(List<Credential> held, CertificateAuthority authority, BooleanSupplier expired) {
        this.held = List.copyOf(held);
        this.authority = authority;
        this.expired = expired;
    }

    /** The hybrid certificate, as presented now. */
    Credential primary() {
        return presented(held.get(0));
    }

    /** Each held certificate's {@code <I>issuer<S>subject}, the hybrid one first (Get-ExchangeCertificate). */
    List<String> tlsCertificateNames() {
        return held.stream()
                .map(c -> CertificateNames.tlsCertificateName(c.certificate()))
                .toList();
    }

    /** The certificate {@code tlsCertificateName} names, as presented now, if this side holds it. */
    Optional<Credential> named(String tlsCertificateName) {
        if (tlsCertificateName == null) {
            return Optional.empty();
        }
        return held.stream()
                .filter(c -> CertificateNames.tlsCertificateName(c.certificate())
                        .equalsIgnoreCase(tlsCertificateName.trim()))
                .findFirst()
                .map(this::presented);
    }

    /**
     * Get-ExchangeCertificate -Services SMTP (issue 17, the wizard's certificate check): each held certificate's
     * TlsCertificateName and the names it carries.
     */
    List<Map<String, Object>> listing() {
        return held.stream()
                .map(c -> Map.<String, Object>of(
                        "tlsCertificateName",
                        CertificateNames.tlsCertificateName(c.certificate()),
                        "names",
                        CertificateNames.of(c.certificate())))
                .toList();
    }

    /** Every name on the certificates held (where the other side's smart host may point). */
    List<String> hostNames() {
        return held.stream()
                .flatMap(c -> CertificateNames.of(c.certificate()).stream())
                .distinct()
                .toList();
    }

    private Credential presented(Credential credential) {
        if (!expired.getAsBoolean()) {
            return credential;
        }
        return twins.computeIfAbsent(
                credential, c -> authority.issueExpiredSmtpServer(CertificateNames.of(c.certificate())));
    }
}
