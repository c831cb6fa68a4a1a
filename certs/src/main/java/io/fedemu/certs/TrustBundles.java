package io.fedemu.certs;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.crypto.spec.PBEParameterSpec;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** TLS contexts from the emulator's PKI: clients trust the bundle; servers present a credential. */
public final class TrustBundles {
    private TrustBundles() {}

    /** A client context that trusts exactly the certificates in the PEM bundle at {@code pem}. */
    public static SSLContext clientContext(Path pem) {
        return clientContext(PemFiles.read(pem));
    }

    public static SSLContext clientContext(List<X509Certificate> roots) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager(roots)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a TLS client context", e);
        }
    }

    /** A trust manager that trusts exactly the certificates in the PEM bundle at {@code pem}. */
    public static X509TrustManager trustManager(Path pem) {
        return trustManager(PemFiles.read(pem));
    }

    /** For clients that take a trust manager rather than an SSL context (Apache HttpClient, the EWS Java API). */
    public static X509TrustManager trustManager(List<X509Certificate> roots) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            for (int i = 0; i < roots.size(); i++) {
                trust.setCertificateEntry("root-" + i, roots.get(i));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            for (TrustManager manager : tmf.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("the JDK offers no X.509 trust manager");
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot build a trust manager", e);
        }
    }

    /**
     * A key store in memory holding {@code credential}, for a TLS server. The server sends the chain without
     * its self-signed root: leaf and intermediate, which is all a client needs to reach the root it trusts
     * (RFC 8446 4.4.2 lets a server leave the anchor out, and a root sent along is never trusted for being sent).
     */
    public static KeyManagerFactory keyManagers(Credential credential) {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            // In memory with an empty password, the entry's encryption protects nothing: one PBKDF2
            // iteration instead of the PKCS12 default (10,000, run once to store and once to read).
            keys.setEntry(
                    "tls",
                    new KeyStore.PrivateKeyEntry(
                            credential.privateKey(),
                            presented(credential.chain()).toArray(Certificate[]::new)),
                    new KeyStore.PasswordProtection(
                            new char[0], "PBEWithHmacSHA256AndAES_256", new PBEParameterSpec(new byte[16], 1)));
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, new char[0]);
            return kmf;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot build TLS key managers", e);
        }
    }

    private static List<X509Certificate> presented(List<X509Certificate> chain) {
        X509Certificate last = chain.get(chain.size() - 1);
        boolean selfSigned = last.getSubjectX500Principal().equals(last.getIssuerX500Principal());
        return chain.size() > 1 && selfSigned ? chain.subList(0, chain.size() - 1) : chain;
    }
}
