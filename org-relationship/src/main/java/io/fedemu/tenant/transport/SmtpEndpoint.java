package io.fedemu.tenant.transport;

import io.fedemu.certs.Credential;
import io.fedemu.certs.TrustBundles;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import org.subethamail.smtp.AuthenticationHandlerFactory;
import org.subethamail.smtp.server.SMTPServer;
import org.subethamail.smtp.server.SSLSocketCreator;

/**
 * A listening connector: SubEthaSMTP on a loopback port, STARTTLS with the organization's certificate from the
 * emulator CA. Where the peer may be another premises the TLS engine asks for a client certificate, so mutual TLS
 * is what the connector sees when the peer has one, and an anonymous internet host still completes STARTTLS.
 */
final class SmtpEndpoint implements AutoCloseable {
    /** Exchange's connection timeout on a Receive connector is 10 minutes; fedemu holds an idle peer 1 minute. */
    private static final int CONNECTION_TIMEOUT_SECONDS = 60;

    private static final int MAX_CONNECTIONS = 100;

    private final String name;
    private final String hostName;
    private final SMTPServer server;

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
            String name,
            String hostName,
            int port,
            Credential certificate,
            List<X509Certificate> roots,
            boolean mutualTls,
            Reception reception,
            AuthenticationHandlerFactory authentication) {
        SMTPServer.Builder builder = SMTPServer.port(port)
                .bindAddress(InetAddress.getLoopbackAddress())
                .hostName(hostName)
                .softwareName("Microsoft ESMTP MAIL Service")
                .messageHandlerFactory(context -> new ConnectorSession(context, reception))
                .connectionTimeout(CONNECTION_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .maxConnections(MAX_CONNECTIONS)
                .enableTLS()
                .startTlsSocketFactory(tlsSockets(context(certificate, roots), mutualTls));
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
        server.stop();
    }

    /**
     * The STARTTLS socket: where the peer may be another premises the server <em>asks</em> for a client certificate
     * (Exchange requests one and lets a host without one continue as anonymous, as an internet host does);
     * {@link ConnectorSession} reads whatever chain the peer presented from the TLS session.
     */
    private static SSLSocketCreator tlsSockets(SSLContext context, boolean requestClientCertificate) {
        return socket -> {
            InetSocketAddress remote = (InetSocketAddress) socket.getRemoteSocketAddress();
            SSLSocket tls = (SSLSocket)
                    context.getSocketFactory().createSocket(socket, remote.getHostString(), socket.getPort(), true);
            tls.setUseClientMode(false);
            tls.setWantClientAuth(requestClientCertificate);
            return tls;
        };
    }

    private static SSLContext context(Credential certificate, List<X509Certificate> roots) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(
                    TrustBundles.keyManagers(certificate).getKeyManagers(),
                    new TrustManager[] {TrustBundles.trustManager(roots)},
                    null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the connector's TLS context", e);
        }
    }
}
