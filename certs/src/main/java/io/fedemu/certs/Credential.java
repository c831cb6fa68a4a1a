package io.fedemu.certs;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A private key with its certificate chain (leaf first). The private key never leaves the state
 * directory except through this object in the owning role's memory.
 */
public record Credential(CertificateKind kind, PrivateKey privateKey, List<X509Certificate> chain) {
    public Credential {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a credential needs at least its own certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    public String thumbprint() {
        return Thumbprints.sha1(certificate());
    }

    public String subject() {
        return certificate().getSubjectX500Principal().getName();
    }
}
