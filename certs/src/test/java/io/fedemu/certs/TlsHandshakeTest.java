package io.fedemu.certs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real TLS handshake on loopback with an issued certificate, trusted only through the bundle. */
class TlsHandshakeTest {
    @TempDir
    Path state;

    private final ExecutorService server = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        server.shutdownNow();
    }

    @Test
    void aClientTrustingTheBundleCompletesTheHandshakeAndVerifiesTheHostName() throws Exception {
        CertificateStore store = CertificateStore.in(state);
        CertificateAuthority ca = store.initAuthority(Clock.systemUTC());
        Credential tls = store.tlsServer("localhost", List.of("localhost"), ca);

        KeyStore trust = KeyStoreFiles.load(store.trustStore(), CertificateStore.TRUST_STORE_PASSWORD.toCharArray());
        try (SSLServerSocket listener = listen(tls)) {
            Future<Integer> served = serveOneByte(listener);
            try (SSLSocket socket = connect(clientContext(trust), listener.getLocalPort())) {
                socket.getOutputStream().write(42);
                socket.getOutputStream().flush();
                Certificate[] presented = socket.getSession().getPeerCertificates();
                assertThat(presented)
                        .as("leaf and intermediate; the client has the root")
                        .containsExactly(tls.certificate(), ca.intermediate().certificate());
            }
            assertThat(served.get()).isEqualTo(42);
        }
    }

    @Test
    void aClientWithoutTheBundleRefusesTheHandshake() throws Exception {
        CertificateStore store = CertificateStore.in(state);
        CertificateAuthority ca = store.initAuthority(Clock.systemUTC());
        Credential tls = store.tlsServer("localhost", List.of("localhost"), ca);

        try (SSLServerSocket listener = listen(tls)) {
            serveOneByte(listener);
            assertThatThrownBy(() -> {
                        try (SSLSocket socket = connect(clientContext(null), listener.getLocalPort())) {
                            socket.startHandshake();
                        }
                    })
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }

    /** Serves as a role does, with the key managers RoleServer uses. */
    private SSLServerSocket listen(Credential tls) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(TrustBundles.keyManagers(tls).getKeyManagers(), null, null);
        return (SSLServerSocket)
                context.getServerSocketFactory().createServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    private Future<Integer> serveOneByte(SSLServerSocket listener) {
        return server.submit(() -> {
            try (SSLSocket accepted = (SSLSocket) listener.accept();
                    InputStream in = accepted.getInputStream();
                    OutputStream ignored = accepted.getOutputStream()) {
                return in.read();
            } catch (SSLHandshakeException refusedByClient) {
                return -1;
            }
        });
    }

    /** {@code trust == null} means the JDK's default trust: the public CAs, which never issued ours. */
    private static SSLContext clientContext(KeyStore trust) throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    private static SSLSocket connect(SSLContext context, int port) throws Exception {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost", port);
        var parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        return socket;
    }
}
