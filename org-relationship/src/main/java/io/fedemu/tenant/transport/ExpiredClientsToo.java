package io.fedemu.tenant.transport;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/**
 * A listening connector's trust in the client certificate of a mutual TLS hop. A certificate from the emulator CA
 * that has merely expired completes the handshake, as Exchange's does: the connector then treats the peer as
 * unauthenticated (anonymous) instead of dropping the connection (docs/PROTOCOL.md section 18).
 */
final class ExpiredClientsToo implements X509TrustManager {
    private final X509TrustManager chain;

    ExpiredClientsToo(X509TrustManager chain) {
        this.chain = chain;
    }

    /** Whether {@code certificate} is past its notAfter. */
    static boolean expired(X509Certificate certificate) {
        return certificate != null && certificate.getNotAfter().toInstant().isBefore(java.time.Instant.now());
    }

    @Override
    public void checkClientTrusted(X509Certificate[] certificates, String authType) throws CertificateException {
        try {
            chain.checkClientTrusted(certificates, authType);
        } catch (CertificateException e) {
            if (certificates.length == 0 || !expired(certificates[0]) || !signedByAnIssuer(certificates)) {
                throw e;
            }
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] certificates, String authType) throws CertificateException {
        chain.checkServerTrusted(certificates, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return chain.getAcceptedIssuers();
    }

    /** The leaf is signed by the next certificate sent, and the last one by a trusted root. */
    private boolean signedByAnIssuer(X509Certificate[] certificates) {
        try {
            for (int i = 0; i + 1 < certificates.length; i++) {
                certificates[i].verify(certificates[i + 1].getPublicKey());
            }
            X509Certificate last = certificates[certificates.length - 1];
            for (X509Certificate root : chain.getAcceptedIssuers()) {
                try {
                    last.verify(root.getPublicKey());
                    return true;
                } catch (GeneralSecurityException notThisOne) {
                    // Try the next root.
                }
            }
            return false;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
