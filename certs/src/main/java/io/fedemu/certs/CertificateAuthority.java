package io.fedemu.certs;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The emulator's root CA, the name-constrained intermediate below it, and everything they issue. Every
 * role's TLS certificate chains to the root, so a client trusts the whole topology through one bundle
 * ({@code <state>/certs/ca.pem}).
 *
 * <p>Users import that root into trust stores, and its key sits in the state directory. TLS certificates
 * are therefore issued by an intermediate whose NameConstraints permit only the names the emulator serves:
 * a validator that honours them (the JDK, OpenSSL, Go, browsers all check an intermediate's) refuses a
 * certificate for any other site, whoever signs it with that key. The constraint has to sit on the
 * intermediate because the JDK ignores name constraints on a trust anchor.
 */
public final class CertificateAuthority {
    public static final String DEFAULT_SUBJECT = "CN=fedemu Emulator Root CA,O=fedemu";
    public static final String INTERMEDIATE_SUBJECT = "CN=fedemu Emulator Issuing CA,O=fedemu";
    /**
     * Three years: long enough that a trainer's or a CI machine's trust in {@code ca.pem} outlives a course or a
     * release cycle, short enough that a copied CA key (it sits in the state directory) does not stay useful for a
     * decade. Certificates it issues end with it at the latest.
     */
    static final Duration CA_VALIDITY = Duration.ofDays(3 * 365);
    /**
     * Ninety days: nobody imports a TLS certificate (clients trust the root), and a start re-issues one in its
     * last {@link #TLS_RENEWAL}, so a short life costs nothing and bounds what a copied role key is good for.
     */
    static final Duration TLS_VALIDITY = Duration.ofDays(90);

    static final Duration TLS_RENEWAL = Duration.ofDays(30);
    /**
     * A year, a third of the root's: replacing it needs no one to re-import anything, since clients trust the
     * root and every server sends the intermediate along.
     */
    static final Duration INTERMEDIATE_VALIDITY = Duration.ofDays(365);
    /** Renewed at a start once less than a TLS certificate's life is left, so new TLS certificates get all of it. */
    static final Duration INTERMEDIATE_RENEWAL = TLS_VALIDITY;
    /** New-ExchangeCertificate makes federation certificates valid for five years. */
    static final Duration FEDERATION_VALIDITY = Duration.ofDays(5 * 365);

    static final Duration TOKEN_SIGNING_VALIDITY = Duration.ofDays(365);
    /** A role on this machine is reached as localhost, 127.0.0.1 and ::1 as well as by its scenario names. */
    private static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "::1");

    private final Credential root;
    private final Clock clock;
    private final CertificateIssuer issuer;
    /** The intermediate for {@link #issueTlsServer(List)}; a state directory keeps its own (CertificateStore). */
    private Credential intermediate;

    public CertificateAuthority(Credential root, Clock clock) {
        this(root, null, clock);
    }

    /** {@code intermediate} may be null: one is made when first needed. */
    public CertificateAuthority(Credential root, Credential intermediate, Clock clock) {
        this.root = Objects.requireNonNull(root, "root");
        if (root.kind() != CertificateKind.ROOT_CA) {
            throw new IllegalArgumentException("not a root CA credential: " + root.kind());
        }
        if (intermediate != null && intermediate.kind() != CertificateKind.INTERMEDIATE_CA) {
            throw new IllegalArgumentException("not an intermediate CA credential: " + intermediate.kind());
        }
        this.intermediate = intermediate;
        this.clock = Objects.requireNonNull(clock, "clock");
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

    /** The intermediate this authority was given or last made; made now, for the loopback names, if none. */
    public synchronized Credential intermediate() {
        if (intermediate == null) {
            intermediate = intermediateFor(null, List.of());
        }
        return intermediate;
    }

    /**
     * An intermediate that may issue a TLS certificate for {@code hostNames} (plus the loopback names):
     * <ul>
     *   <li>{@code current} itself if this root issued it, it permits the names and it is not due for renewal;
     *   <li>{@code current}'s key certified again with the names added, if it lacks only names: what it issued
     *       before still verifies against the new certificate (same name, same key), and a leaked key gains
     *       no name the emulator did not ask for;
     *   <li>a new key, if {@code current} is null, from another root or due for renewal.
     * </ul>
     * Names are added at the time they are needed because they are not known when the root is made: a
     * scenario names real hosts ({@code outlook.office365.com}), the gateway's external URL and
     * {@code certs init --host} any host, and the set changes with the scenario a directory is started with.
     */
    public Credential intermediateFor(Credential current, Collection<String> hostNames) {
        if (serves(current, hostNames)) {
            return current;
        }
        PermittedNames wanted = PermittedNames.loopbackAnd(hostNames);
        Optional<PermittedNames> permitted = ours(current);
        if (permitted.isEmpty()) {
            return newIntermediate(CertificateIssuer.newRsaKeyPair(), wanted);
        }
        if (Renewal.due(current.certificate(), certificate(), INTERMEDIATE_RENEWAL, clock.instant())) {
            // Names other roles of the directory asked for stay permitted, so they need not widen it again.
            return newIntermediate(
                    CertificateIssuer.newRsaKeyPair(), permitted.get().plus(wanted));
        }
        KeyPair sameKey = new KeyPair(current.certificate().getPublicKey(), current.privateKey());
        return newIntermediate(sameKey, permitted.get().plus(wanted));
    }

    /** Whether {@link #intermediateFor} would keep {@code current}: a cheap test, with no key generated. */
    public boolean serves(Credential current, Collection<String> hostNames) {
        return ours(current)
                .map(permitted -> permitted.permits(withLoopback(hostNames))
                        && !Renewal.due(current.certificate(), certificate(), INTERMEDIATE_RENEWAL, clock.instant()))
                .orElse(false);
    }

    /** The names {@code intermediate} permits, if this root issued it (and it is one of ours, constrained). */
    private Optional<PermittedNames> ours(Credential intermediate) {
        if (intermediate == null || !Renewal.issuedBy(intermediate.certificate(), certificate())) {
            return Optional.empty();
        }
        return PermittedNames.of(intermediate.certificate());
    }

    private Credential newIntermediate(KeyPair keys, PermittedNames permitted) {
        X509Certificate certificate =
                issuer.intermediateCa(root, INTERMEDIATE_SUBJECT, keys.getPublic(), permitted, INTERMEDIATE_VALIDITY);
        return new Credential(CertificateKind.INTERMEDIATE_CA, keys.getPrivate(), List.of(certificate, certificate()));
    }

    /**
     * A TLS server certificate whose SANs hold every given name plus the loopback names, issued by this
     * authority's intermediate (widened first if it does not permit them yet).
     */
    public Credential issueTlsServer(List<String> hostNames) {
        Credential issuing;
        synchronized (this) {
            intermediate = intermediateFor(intermediate, hostNames);
            issuing = intermediate;
        }
        return issueTlsServer(hostNames, issuing);
    }

    /**
     * An SMTP certificate for {@code hostNames} whose life ended a day ago, from this authority's intermediate: what
     * a server holds whose certificate nobody renewed (the expired-certificate fault, docs/PROTOCOL.md section 18).
     */
    public Credential issueExpiredSmtpServer(List<String> hostNames) {
        Credential issuing;
        synchronized (this) {
            intermediate = intermediateFor(intermediate, hostNames);
            issuing = intermediate;
        }
        Clock past = Clock.offset(clock, TLS_VALIDITY.plusDays(1).negated());
        return new CertificateAuthority(root, issuing, past).issueTlsServer(hostNames, issuing, true);
    }

    /** A TLS server certificate from {@code intermediate}, which must permit every name (see intermediateFor). */
    Credential issueTlsServer(List<String> hostNames, Credential intermediate) {
        return issueTlsServer(hostNames, intermediate, false);
    }

    /** {@code clientAuth}: an SMTP server's certificate, also presented as the client of a mutual TLS hop. */
    Credential issueTlsServer(List<String> hostNames, Credential intermediate, boolean clientAuth) {
        List<String> names = withLoopback(hostNames);
        if (!PermittedNames.of(intermediate.certificate())
                .map(permitted -> permitted.permits(names))
                .orElse(false)) {
            // Issuing it anyway would only fail later, in every client's handshake.
            throw new IllegalArgumentException("the intermediate does not permit all of " + names);
        }
        KeyPair keys = CertificateIssuer.generateTlsKeyPair();
        X509Certificate leaf = issuer.tlsServer(
                intermediate, "CN=" + names.get(0) + ",O=fedemu", keys.getPublic(), names, TLS_VALIDITY, clientAuth);
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(leaf);
        chain.addAll(intermediate.chain());
        return new Credential(CertificateKind.TLS_SERVER, keys.getPrivate(), chain);
    }

    /**
     * Whether a TLS certificate found in the state directory serves another run: issued by {@code intermediate}'s
     * key (one from an older fedemu, signed by the root itself, is not) and not due for renewal.
     */
    boolean isCurrent(Credential tls, Credential intermediate) {
        return Renewal.issuedBy(tls.certificate(), intermediate.certificate())
                && !Renewal.due(tls.certificate(), intermediate.certificate(), TLS_RENEWAL, clock.instant());
    }

    private static List<String> withLoopback(Collection<String> hostNames) {
        LinkedHashSet<String> names = new LinkedHashSet<>(hostNames);
        names.addAll(LOOPBACK_NAMES);
        return List.copyOf(names);
    }

    /*
     * Federation and token-signing certificates are issued by the root, not by the intermediate. They name no
     * host: a partner knows them by key and thumbprint (the gateway's registry, its metadata), never by chain,
     * so a name constraint says nothing about them. Worse, with no DNS SAN the JDK (and OpenSSL, for a CN that
     * looks like a host) checks the subject CN against dNSName constraints, so "CN=Federation" under the
     * intermediate would be refused by exactly the validators that honour them. And their lives follow Exchange
     * (five years, one year), which the intermediate's year would cut short.
     */

    /** A federation certificate for {@code organization}, issued by the root (see above). */
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

    /** A token-signing certificate for the gateway whose issuer name is {@code issuerName}, issued by the root. */
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
