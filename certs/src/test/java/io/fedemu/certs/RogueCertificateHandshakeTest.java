package io.fedemu.certs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Real HTTPS with the JDK's HttpClient trusting the emulator root alone, as {@code trustEmulatorCa()} and every
 * Java client pointed at {@code ca.pem} do: a role's certificate is accepted, one the intermediate key signs
 * for a site outside its constraints is refused in the handshake, although its host name would match.
 */
class RogueCertificateHandshakeTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private final CertificateAuthority ca = CertificateAuthority.create(CLOCK);
    private HttpsServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aRolesCertificateCompletesTheHandshakeWithOnlyTheRootTrusted() throws Exception {
        serve(ca.issueTlsServer(List.of("mail.contoso.com")));

        assertThat(get().statusCode()).isEqualTo(204);
    }

    @Test
    void aCertificateForLoginMicrosoftOnlineSignedWithTheIntermediateKeyIsRefused() {
        Credential intermediate = ca.intermediate();
        KeyPair keys = CertificateIssuer.newRsaKeyPair();
        X509Certificate rogue = new CertificateIssuer(CLOCK)
                .tlsServer(
                        intermediate,
                        "CN=login.microsoftonline.com",
                        keys.getPublic(),
                        List.of("login.microsoftonline.com", "localhost"),
                        Duration.ofDays(30));
        serve(new Credential(
                CertificateKind.TLS_SERVER,
                keys.getPrivate(),
                List.of(rogue, intermediate.certificate(), ca.certificate())));

        assertThatThrownBy(this::get)
                .isInstanceOf(SSLHandshakeException.class)
                .hasStackTraceContaining("name constraints");
    }

    private void serve(Credential tls) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(TrustBundles.keyManagers(tls).getKeyManagers(), null, null);
            server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(context));
            server.createContext("/", exchange -> {
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Through "localhost", a name both certificates carry: the host name check passes either way. */
    private HttpResponse<Void> get() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .sslContext(TrustBundles.clientContext(List.of(ca.certificate())))
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        return client.send(
                HttpRequest.newBuilder(URI.create(
                                "https://localhost:" + server.getAddress().getPort() + "/"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
