package io.fedemu.emulator.dashboard;

import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.Credential;
import io.fedemu.certs.TrustBundles;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.topology.Topology;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The trainer's dashboard (docs/reference/dashboard.md): one URL on a loopback port of its own, beside the roles
 * rather than on one of them, so that the faults it sets (a role down or slow) never take the dashboard down with
 * the role. It reads the running topology through the roles' admin APIs (as the CLI does) and the shared journal,
 * on HTTPS with a certificate of the emulator CA (plain HTTP when the roles are).
 */
public final class Dashboard implements AutoCloseable {
    static final int MIN_THREADS = 2;
    static final int MAX_THREADS = 12;

    private final Server jetty;
    private final JournalFeed feed;
    private final URI url;

    private Dashboard(Server jetty, JournalFeed feed, URI url) {
        this.jetty = jetty;
        this.feed = feed;
        this.url = url;
    }

    /**
     * Serves the dashboard of {@code topology}, described by {@code endpoints}, on {@code port} of 127.0.0.1 (0: a
     * free port).
     */
    public static Dashboard start(Topology topology, Endpoints endpoints, int port) {
        boolean tls = endpoints.gateway().url().startsWith("https:");
        SSLContext clientTls = TrustBundles.clientContext(topology.trustBundle());
        RoleAdmins admins = new RoleAdmins(endpoints, clientTls, topology.adminCredential());
        Pages pages = new Pages();
        JournalFeed feed = new JournalFeed(topology.journal(), pages);
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
        threads.setName("fedemu-dashboard");
        Server jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector;
        if (tls) {
            SecureRequestCustomizer secure = new SecureRequestCustomizer();
            secure.setSniHostCheck(false);
            http.addCustomizer(secure);
            connector = new ServerConnector(
                    jetty, new SslConnectionFactory(serverTls(topology), "http/1.1"), new HttpConnectionFactory(http));
        } else {
            connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        }
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setIdleTimeout(30_000);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        int chosen = port;
        try {
            jetty.setHandler(context);
            // The door needs the port, which a free port knows only once bound: open first, then add the servlet.
            connector.open();
            chosen = connector.getLocalPort();
            String scheme = tls ? "https" : "http";
            DashboardServlet servlet = new DashboardServlet(
                    new DashboardDoor(scheme, chosen),
                    new DashboardSessions(Clock.systemUTC()),
                    topology.adminAccess(),
                    pages,
                    admins,
                    topology.journal(),
                    feed,
                    new FreeBusyRuns(admins, Clock.systemUTC()),
                    tls);
            ServletHolder holder = new ServletHolder("dashboard", servlet);
            holder.setAsyncSupported(true);
            context.addServlet(holder, "/*");
            jetty.start();
            return new Dashboard(jetty, feed, URI.create(scheme + "://127.0.0.1:" + chosen + "/"));
        } catch (Exception e) {
            feed.close();
            try {
                jetty.stop();
            } catch (Exception ignored) {
                // Reported below.
            }
            throw new IllegalStateException(
                    "cannot serve the dashboard on 127.0.0.1:" + chosen + ": " + e.getMessage(), e);
        }
    }

    private static SslContextFactory.Server serverTls(Topology topology) {
        CertificateStore certificates = CertificateStore.in(topology.stateDirectory());
        Credential credential = certificates.tlsServer(
                "dashboard", List.of("localhost", "127.0.0.1"), certificates.initAuthority(Clock.systemUTC()));
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            KeyManager[] keys = TrustBundles.keyManagers(credential).getKeyManagers();
            context.init(keys, null, null);
            SslContextFactory.Server factory = new SslContextFactory.Server();
            factory.setSslContext(context);
            return factory;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot prepare the dashboard's TLS", e);
        }
    }

    /** Where a browser opens it. */
    public URI url() {
        return url;
    }

    @Override
    public void close() {
        feed.close();
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the dashboard", e);
        }
    }
}
