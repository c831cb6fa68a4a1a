package io.fedemu.certs;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A state directory as fedemu wrote it before the intermediate: a ten-year root without a path length, and
 * TLS certificates (825 days) signed by the root itself, chain leaf and root.
 */
final class OlderFedemu {
    private OlderFedemu() {}

    record Directory(X509Certificate root, X509Certificate tls) {}

    static Directory writeStateDirectory(Path state, String tlsName) throws Exception {
        Path certs = state.resolve("certs");
        char[] password = "older-fedemu-password".toCharArray();
        AtomicFiles.createPrivate(
                certs.resolve("store-password"), new String(password).getBytes(StandardCharsets.US_ASCII));

        KeyPair rootKeys = CertificateIssuer.generateRsaKeyPair();
        X500Principal rootName = new X500Principal(CertificateAuthority.DEFAULT_SUBJECT);
        X509Certificate root = sign(rootName, rootKeys.getPrivate(), rootName, rootKeys.getPublic(), 3650, builder -> {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        });
        KeyStoreFiles.writeCredential(
                certs.resolve("ca.p12"),
                new Credential(CertificateKind.ROOT_CA, rootKeys.getPrivate(), List.of(root)),
                password);
        PemFiles.write(certs.resolve("ca.pem"), List.of(root));
        KeyStoreFiles.writeTrustStore(
                certs.resolve("truststore.p12"), List.of(root), CertificateStore.TRUST_STORE_PASSWORD.toCharArray());

        KeyPair tlsKeys = CertificateIssuer.generateRsaKeyPair();
        X509Certificate tls = sign(
                rootName,
                rootKeys.getPrivate(),
                new X500Principal("CN=localhost,O=fedemu"),
                tlsKeys.getPublic(),
                825,
                builder -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                        new GeneralName(GeneralName.dNSName, "localhost"),
                        new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                        new GeneralName(GeneralName.iPAddress, "::1")
                    }));
                });
        Credential credential = new Credential(CertificateKind.TLS_SERVER, tlsKeys.getPrivate(), List.of(tls, root));
        KeyStoreFiles.writeCredential(certs.resolve("tls").resolve(tlsName + ".p12"), credential, password);
        PemFiles.write(certs.resolve("tls").resolve(tlsName + ".pem"), credential.chain());
        return new Directory(root, tls);
    }

    private interface Extensions {
        void addTo(X509v3CertificateBuilder builder) throws Exception;
    }

    private static X509Certificate sign(
            X500Principal issuer,
            PrivateKey issuerKey,
            X500Principal subject,
            PublicKey subjectKey,
            int days,
            Extensions extensions)
            throws Exception {
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                X500Name.getInstance(issuer.getEncoded()),
                BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(days))),
                X500Name.getInstance(subject.getEncoded()),
                subjectKey);
        extensions.addTo(builder);
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }
}
