package io.fedemu.certs;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;

/** One row of {@code fedemu certs show}: a certificate found in the state directory. */
public record StoredCertificate(String owner, CertificateKind kind, Slot slot, X509Certificate certificate, Path pem) {

    public String subject() {
        return certificate.getSubjectX500Principal().getName();
    }

    public String thumbprint() {
        return Thumbprints.sha1(certificate);
    }

    public Instant notAfter() {
        return certificate.getNotAfter().toInstant();
    }
}
