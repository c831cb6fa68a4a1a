package io.fedemu.junit;

import io.fedemu.certs.CertificateStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The JVM's default trust, widened by the emulator's CA. Both ways a client finds "the default" are covered:
 * {@link SSLContext#getDefault()} (the JDK's HttpClient, {@link HttpsURLConnection}, most libraries) and the
 * {@code javax.net.ssl.trustStore*} properties that {@code TrustManagerFactory.init((KeyStore) null)} reads
 * (Apache HttpClient 4's own SSL set-up, so the EWS Java API).
 */
final class JvmTrust {
    static final String ALIAS = "fedemu-emulator-root-ca";
    private static final String PASSWORD = CertificateStore.TRUST_STORE_PASSWORD;

    private static Path installed;

    private JvmTrust() {}

    static synchronized Path install(X509Certificate emulatorCa) {
        if (installed != null) {
            return installed;
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            // The system's CAs as the JDK resolves them now: cacerts, or a trust store the user already named.
            X509Certificate[] system = defaultTrustManager(null).getAcceptedIssuers();
            for (int i = 0; i < system.length; i++) {
                store.setCertificateEntry("system-" + i, system[i]);
            }
            store.setCertificateEntry(ALIAS, emulatorCa);
            Path file = Files.createTempFile("fedemu-truststore", ".p12");
            file.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, PASSWORD.toCharArray());
            }
            System.setProperty("javax.net.ssl.trustStore", file.toString());
            System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
            System.setProperty("javax.net.ssl.trustStorePassword", PASSWORD);
            System.clearProperty("javax.net.ssl.trustStoreProvider");

            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {defaultTrustManager(store)}, null);
            SSLContext.setDefault(context);
            HttpsURLConnection.setDefaultSSLSocketFactory(context.getSocketFactory());
            installed = file;
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JVM's trust store", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the JVM trust the emulator's CA", e);
        }
    }

    private static X509TrustManager defaultTrustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("the JDK offers no X.509 trust manager");
    }
}
