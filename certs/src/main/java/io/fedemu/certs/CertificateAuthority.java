package io.fedemu.certs;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The emulator's root CA and everything it issues. Every role's TLS certificate chains to it, so a
 * client trusts the whole topology through one bundle ({@code <state>/certs/ca.pem}).
 */
public final class CertificateAuthority {
    public static final String DEFAULT_SUBJECT = "CN=fedemu Emulator Root CA,O=fedemu";
    /**
     * Three years: long enough that a trainer's or a CI machine's trust in {@code ca.pem} outlives a course or a
     * release cycle, short enough that a copied CA key (it sits in the state directory) does not stay useful for a
     * decade. Certificates it issues end with it at the latest.
     */
    static final Duration CA_VALIDITY = Duration.ofDays(3 * 365);

    static final Duration TLS_VALIDITY = Duration.ofDays(825);
    /** New-ExchangeCertificate makes federation certificates valid for five years. */
    static final Duration FEDERATION_VALIDITY = Duration.ofDays(5 * 365);

    static final Duration TOKEN_SIGNING_VALIDITY = Duration.ofDays(365);

    private final Credential root;
    private final CertificateIssuer issuer;

    public CertificateAuthority(Credential root, Clock clock) {
        this.root = Objects.requireNonNull(root, "root");
        if (root.kind() != CertificateKind.ROOT_CA) {
            throw new IllegalArgumentException("not a root CA credential: " + root.kind());
        }
        this.issuer = new CertificateIssuer(clock);
    }

    public static CertificateAuthority create(Clock clock) {
        return create(clock, DEFAULT_SUBJECT);
    }

    public static CertificateAuthority create(Clock clock, String subject) {
        KeyPair keys = CertificateIssuer.newRsaKeyPair();
        X509Certificate certificate = new CertificateIssuer(clock).rootCa(subject, keys, CA_VALIDITY);
        return new CertificateAuthority(
                new Credential(CertificateKind.ROOT_CA, keys.getPrivate(), List.of(certificate)), clock);
    }

    public Credential root() {
        return root;
    }

    public X509Certificate certificate() {
        return root.certificate();
    }

    /**
     * A TLS server certificate whose SANs hold every given name plus the loopback names, because a
     * role on this machine is reached as localhost, 127.0.0.1 and ::1 as well as its scenario names.
     */
    public Credential issueTlsServer(List<String> hostNames) {
        LinkedHashSet<String> names = new LinkedHashSet<>(hostNames);
        names.addAll(List.of("localhost", "127.0.0.1", "::1"));
        String first = names.iterator().next();
        KeyPair keys = CertificateIssuer.newRsaKeyPair();
        X509Certificate leaf =
                issuer.tlsServer(root, "CN=" + first + ",O=fedemu", keys.getPublic(), List.copyOf(names), TLS_VALIDITY);
        return new Credential(CertificateKind.TLS_SERVER, keys.getPrivate(), List.of(leaf, certificate()));
    }

    /** A federation certificate for {@code organization}, issued by this CA. */
    public Credential issueFederation(String organization) {
        KeyPair keys = CertificateIssuer.newRsaKeyPair();
        X509Certificate leaf = issuer.federation(root, federationSubject(organization), keys, FEDERATION_VALIDITY);
        return new Credential(CertificateKind.FEDERATION, keys.getPrivate(), List.of(leaf, certificate()));
    }

    /** A self-signed federation certificate, as {@code New-ExchangeCertificate -Services Federation} makes one. */
    public static Credential selfSignedFederation(String organization, Clock clock) {
        KeyPair keys = CertificateIssuer.newRsaKeyPair();
        X509Certificate certificate = new CertificateIssuer(clock)
                .federation(null, federationSubject(organization), keys, FEDERATION_VALIDITY);
        return new Credential(CertificateKind.FEDERATION, keys.getPrivate(), List.of(certificate));
    }

    /** A token-signing certificate for the gateway whose issuer name is {@code issuerName}. */
    public Credential issueTokenSigning(String issuerName) {
        KeyPair keys = CertificateIssuer.newRsaKeyPair();
        X509Certificate leaf = issuer.tokenSigning(
                root,
                "CN=" + rdnValue(issuerName) + " Token Signing,O=fedemu",
                keys.getPublic(),
                TOKEN_SIGNING_VALIDITY);
        return new Credential(CertificateKind.TOKEN_SIGNING, keys.getPrivate(), List.of(leaf, certificate()));
    }

    private static String federationSubject(String organization) {
        return "CN=Federation,O=" + rdnValue(organization);
    }

    /** Escapes the characters RFC 4514 reserves, so an organization name cannot inject RDNs. */
    private static String rdnValue(String value) {
        return value.replaceAll("([,+=\"\\\\<>;#])", "\\\\$1");
    }
}
