package io.fedemu.certs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** Certificates as PEM: what openssl, curl and every TLS client read. Public material only. */
public final class PemFiles {
    private PemFiles() {}

    public static String encode(List<X509Certificate> certificates) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            for (X509Certificate certificate : certificates) {
                writer.writeObject(certificate);
            }
        } catch (IOException e) {
            throw new IllegalStateException("PEM encoding to memory failed", e);
        }
        return out.toString();
    }

    public static void write(Path file, List<X509Certificate> certificates) {
        AtomicFiles.writePublic(file, encode(certificates).getBytes(StandardCharsets.US_ASCII));
    }

    public static List<X509Certificate> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CertificateStoreException(file, "certificate file is missing", e);
        } catch (IOException e) {
            throw new CertificateStoreException(file, "cannot read certificate file", e);
        }
        try {
            List<X509Certificate> certificates =
                    CertificateFactory.getInstance("X.509")
                            .generateCertificates(new ByteArrayInputStream(bytes))
                            .stream()
                            .map(X509Certificate.class::cast)
                            .toList();
            if (certificates.isEmpty()) {
                throw new CertificateStoreException(file, "certificate file holds no certificate", null);
            }
            return certificates;
        } catch (CertificateException e) {
            throw new CertificateStoreException(file, "certificate file is not valid PEM", e);
        }
    }
}
