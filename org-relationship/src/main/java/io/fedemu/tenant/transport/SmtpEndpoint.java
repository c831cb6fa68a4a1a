package io.fedemu.tenant.transport;

import io.fedemu.certs.Credential;
import io.fedemu.certs.TrustBundles;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.subethamail.smtp.AuthenticationHandlerFactory;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A listening connector: SubEthaSMTP on a loopback port, STARTTLS with the organization's certificate from the
 * emulator CA. Where the peer may be another premises the TLS engine asks for a client certificate, so mutual TLS
 * is what the connector sees when the peer has one, and an anonymous internet host still completes STARTTLS.
 */
final class SmtpEndpoint implements AutoCloseable {
    private static final int MAX_CONNECTIONS = 100;

    private final String name;
    private final String hostName;
    private final SMTPServer server;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SmtpEndpoint(String name, String hostName, SMTPServer server) {
        this.name = name;
        this.hostName = hostName;
        this.server = server;
    }

    /**
     * Starts {@code reception} on {@code port} (0: any free port). {@code authentication} non-null makes it a
     * submission port: STARTTLS then AUTH before MAIL FROM.
     */
    static SmtpEndpoint start(
            ConnectionLimits limits,
            String name,
            String hostName,
            int port,
            Credential certificate,
            List<X509Certificate> roots,
            boolean mutualTls,
            Reception reception,
            AuthenticationHandlerFactory authentication) {
        return start(limits, name, hostName, port, () -> certificate, roots, mutualTls, reception, authentication);
    }

    /**
     * As above, presenting whichever certificate {@code certificate} gives at each handshake (a fault may swap it);
     * {@code certificate} null offers no STARTTLS at all, as Exchange does when a Receive connector's
     * TlsCertificateName names no certificate (docs/PROTOCOL.md section 18).
     */
    static SmtpEndpoint start(
            ConnectionLimits limits,
            String name,
            String hostName,
            int port,
            Supplier<Credential> certificate,
            List<X509Certificate> roots,
            boolean mutualTls,
            Reception reception,
            AuthenticationHandlerFactory authentication) {
        SMTPServer.Builder builder = SMTPServer.port(port)
                .bindAddress(InetAddress.getLoopbackAddress())
                .hostName(hostName)
                .softwareName("Microsoft ESMTP MAIL Service")
                .messageHandlerFactory(context -> new ConnectorSession(context, reception, name))
                // One Received line per hop, the connector's own (Hops): test-mail-flow and the tests read them.
                .insertReceivedHeaders(false)
                .connectionTimeout((int) limits.connectionInactivityTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .sessionHandler(new InboundConnectionGuard(limits))
                .maxConnections(MAX_CONNECTIONS);
        if (certificate != null) {
            builder.enableTLS().startTlsSocketFactory(NoDelaySockets.startTls(context(certificate, roots), mutualTls));
        }
        if (authentication != null) {
            builder.authenticationHandlerFactory(authentication).requireTLS().requireAuth();
        }
        SMTPServer server = builder.build();
        server.start();
        return new SmtpEndpoint(name, hostName, server);
    }

    String name() {
        return name;
    }

    String hostName() {
        return hostName;
    }

    int port() {
        return server.getPortAllocated();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop();
        }
    }

    private static SSLContext context(Supplier<Credential> certificate, List<X509Certificate> roots) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(
                    new KeyManager[] {new PresentedCertificate(certificate)},
                    new TrustManager[] {new ExpiredClientsToo(TrustBundles.trustManager(roots))},
                    null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the connector's TLS context", e);
        }
    }
}
