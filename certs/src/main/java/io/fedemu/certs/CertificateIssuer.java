package io.fedemu.certs;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Builds X.509 certificates with BouncyCastle. Keys are generated on the JDK's provider; BouncyCastle
 * only assembles and signs the certificate, so it never needs registering as a JCA provider.
 */
final class CertificateIssuer {
    /**
     * Exchange requires RSA 2048 for federation certificates, and the CAs and the gateway's token signing keep it
     * too. TLS server certificates are ECDSA P-256 ({@link #generateTlsKeyPair}).
     */
    static final int RSA_BITS = 2048;
    /** The curve of TLS server keys: the one every TLS client takes (JDK, Apache HttpClient, curl, browsers). */
    static final String TLS_CURVE = "secp256r1";
    /**
     * notBefore is back-dated so a role whose clock runs behind (scenarios simulate skew) still
     * accepts a certificate issued a moment ago by a role whose clock runs ahead.
     */
    static final Duration BACKDATE = Duration.ofDays(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;

    CertificateIssuer(Clock clock) {
        this.clock = clock;
    }

    /** A pair for a new certificate: recycled if a discarded state directory left one ({@link RsaKeyPairs}). */
    static KeyPair newRsaKeyPair() {
        return RsaKeyPairs.take();
    }

    static KeyPair generateRsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is unavailable", e);
        }
    }

    /**
     * A TLS server certificate's pair: ECDSA P-256 (issue 18). Issuing one takes milliseconds where an RSA 2048 pair
     * takes a second on a busy machine (eight of them on a first {@code fedemu up}), and the server's signature in
     * every handshake is ten times cheaper than RSA's without C2's big-number intrinsics, which {@code ./fedemu}
     * runs without. Nothing in the federation depends on it: tokens are signed and encrypted with the federation
     * and token-signing certificates, which stay RSA 2048 (PROTOCOL.md).
     */
    static KeyPair generateTlsKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(TLS_CURVE), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC key generation (" + TLS_CURVE + ") is unavailable", e);
        }
    }

    /**
     * Path length 1: at most one CA below the root, the intermediate, so no chain the root anchors runs longer
     * than root, intermediate, leaf (the intermediate's own path length 0 says the same from below).
     */
    X509Certificate rootCa(String subject, KeyPair keys, Duration validity) {
        X500Name name = x500(subject);
        return build(name, keys.getPrivate(), name, keys.getPublic(), keys.getPublic(), validity, builder -> {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(1));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        });
    }

    /**
     * The issuing intermediate: path length 0 and critical name constraints, plus the serverAuth EKU, which
     * together make it what the CA/Browser Forum calls a technically constrained subordinate CA. Validators
     * that nest EKUs (Go, Windows, browsers) then refuse it for anything but TLS servers; the JDK ignores a
     * CA's EKU and is bound by the name constraints alone.
     */
    X509Certificate intermediateCa(
            Credential root, String subject, PublicKey key, PermittedNames permitted, Duration validity) {
        return issuedBy(root, subject, key, validity, builder -> {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.nameConstraints, true, permitted.extension());
            builder.addExtension(
                    Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        });
    }

    X509Certificate tlsServer(Credential issuer, String subject, PublicKey key, List<String> names, Duration validity) {
        return tlsServer(issuer, subject, key, names, validity, false);
    }

    X509Certificate tlsServer(
            Credential issuer,
            String subject,
            PublicKey key,
            List<String> names,
            Duration validity,
            boolean clientAuth) {
        GeneralName[] alternativeNames =
                names.stream().map(HostNames::generalName).toArray(GeneralName[]::new);
        return issuedBy(issuer, subject, key, validity, builder -> {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            // keyEncipherment only for an RSA key (RSA key exchange); an EC key only signs (RFC 5480 section 3).
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(
                            "RSA".equals(key.getAlgorithm())
                                    ? KeyUsage.digitalSignature | KeyUsage.keyEncipherment
                                    : KeyUsage.digitalSignature));
            // An SMTP certificate has clientAuth too: Exchange presents the same certificate as the client of a
            // mutual TLS hop (the Send connector's TlsCertificateName), as public CAs' server certificates allow.
            builder.addExtension(
                    Extension.extendedKeyUsage,
                    false,
                    clientAuth
                            ? new ExtendedKeyUsage(
                                    new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth})
                            : new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(alternativeNames));
        });
    }

    /**
     * A federation certificate as Exchange wants it (PROTOCOL.md section 3): Subject Key Identifier,
     * EKU Client Authentication; keyEncipherment because tokens for the organization are encrypted to it.
     * With {@code issuer == null} it is self-signed, as New-ExchangeCertificate -Services Federation makes it.
     */
    X509Certificate federation(Credential issuer, String subject, KeyPair keys, Duration validity) {
        Extensions extensions = builder -> {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment | KeyUsage.dataEncipherment));
            builder.addExtension(
                    Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
        };
        if (issuer == null) {
            X500Name name = x500(subject);
            return build(name, keys.getPrivate(), name, keys.getPublic(), keys.getPublic(), validity, extensions);
        }
        return issuedBy(issuer, subject, keys.getPublic(), validity, extensions);
    }

    X509Certificate tokenSigning(Credential issuer, String subject, PublicKey key, Duration validity) {
        return issuedBy(issuer, subject, key, validity, builder -> {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        });
    }

    private X509Certificate issuedBy(
            Credential issuer, String subject, PublicKey key, Duration validity, Extensions extensions) {
        X509Certificate issuerCertificate = issuer.certificate();
        X500Name issuerName =
                X500Name.getInstance(issuerCertificate.getSubjectX500Principal().getEncoded());
        // Never beyond the issuer: a leaf that outlives its CA would only fail later, and more confusingly.
        Duration left = Duration.between(
                clock.instant(), issuerCertificate.getNotAfter().toInstant());
        return build(
                issuerName,
                issuer.privateKey(),
                x500(subject),
                key,
                issuerCertificate.getPublicKey(),
                left.compareTo(validity) < 0 ? left : validity,
                extensions);
    }

    private X509Certificate build(
            X500Name issuerName,
            PrivateKey signingKey,
            X500Name subject,
            PublicKey subjectKey,
            PublicKey issuerKey,
            Duration validity,
            Extensions extensions) {
        Instant now = clock.instant();
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    issuerName,
                    new BigInteger(127, RANDOM).add(BigInteger.ONE),
                    Date.from(now.minus(BACKDATE)),
                    Date.from(now.plus(validity)),
                    subject,
                    subjectKey);
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey));
            builder.addExtension(
                    Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuerKey));
            extensions.addTo(builder);
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signingKey)));
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("could not build certificate " + subject, e);
        }
    }

    /**
     * Parses a name the JDK's way (RFC 4514: the first RDN written is the most specific), so
     * "CN=x,O=y" reads back as "CN=x,O=y" from {@code getSubjectX500Principal().getName()}.
     */
    private static X500Name x500(String subject) {
        return X500Name.getInstance(new javax.security.auth.x500.X500Principal(subject).getEncoded());
    }

    @FunctionalInterface
    private interface Extensions {
        void addTo(X509v3CertificateBuilder builder) throws CertIOException;
    }
}
