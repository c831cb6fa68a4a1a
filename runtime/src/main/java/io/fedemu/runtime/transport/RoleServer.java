package io.fedemu.runtime.transport;

import io.fedemu.certs.Credential;
import io.fedemu.certs.TrustBundles;
import io.fedemu.runtime.faults.RoleFaultSwitch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.net.ssl.TrustManager;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.configuration.jsse.TLSServerParameters;
import org.apache.cxf.configuration.security.ClientAuthentication;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngine;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngineFactory;
import org.apache.cxf.transport.http_jetty.ThreadingParameters;
import org.apache.cxf.ws.policy.PolicyEngine;
import org.eclipse.jetty.server.NetworkConnectionLimit;

/**
 * One role's port: CXF on its Jetty transport (ARCHITECTURE.md: one transport stack for all roles),
 * HTTPS with a certificate from the emulator PKI, or plain HTTP when {@code tls} is null. JSON (JAX-RS)
 * and SOAP (JAX-WS) endpoints share the port under different paths. Each role owns its own CXF bus,
 * so stopping one role frees only its port. It lives beside the client because the roles, the
 * client and the tests all share it and the client already carries CXF.
 */
public final class RoleServer implements AutoCloseable {
    private final Bus bus;
    private final URI address;
    private final List<Server> endpoints = new ArrayList<>();
    private final RoleFaultSwitch faults = new RoleFaultSwitch();

    private RoleServer(Bus bus, URI address) {
        this.bus = bus;
        this.address = address;
        // On the bus, so one switch covers every endpoint this role publishes, SOAP and JSON alike.
        bus.getInInterceptors().add(faults);
    }

    // Limits set deliberately for every role, rather than Jetty's defaults (200 threads, no connection limit):
    // a role is one of several in a JVM beside a CI job. The thread pool leaves room above what the delay fault
    // may hold (RoleFaultSwitch.MAX_DELAYED), so /admin always gets a thread; idle connections close after 30 s;
    // past 256 open connections the role stops accepting until some close.
    public static final int MIN_THREADS = 4;

    public static final int MAX_THREADS = 64;
    public static final int IDLE_TIMEOUT_MILLIS = 30_000;
    public static final int MAX_CONNECTIONS = 256;

    /** Reserves {@code host:port} (0 picks a free port) with TLS; endpoints are added with publish calls. */
    public static RoleServer on(String host, int port, Credential tls) {
        int actualPort = port == 0 ? freePort(host) : port;
        Bus bus = BusFactory.newInstance().createBus();
        // No fedemu WSDL carries a WS-Policy, yet CXF's policy engine, on the class path with JAX-WS, put its
        // interceptors in every message's chain in and out, each looking for policies that are never there
        // (about 2% of a GetUserAvailability's CPU, issue 18).
        PolicyEngine policies = bus.getExtension(PolicyEngine.class);
        if (policies != null) {
            policies.setEnabled(false);
        }
        // issue 18: WSDL and compiled schemas parsed once per JVM, not once per role (SharedWsdl says why).
        SharedWsdl.shareWith(bus);
        if (tls != null) {
            try {
                TLSServerParameters parameters = new TLSServerParameters();
                parameters.setKeyManagers(TrustBundles.keyManagers(tls).getKeyManagers());
                // No role authenticates a caller by certificate (Basic, delegation tokens and signed assertions
                // do), yet CXF's Jetty engine asks for one by default, naming the JDK's ~140 public CAs as the
                // acceptable issuers: each role parsed cacerts at start and every handshake carried that
                // list (start-up time, issue 7). So: no certificate request, and the emulator's own root as
                // the only trust anchor, which only a certificate request would ever consult.
                ClientAuthentication noClientCertificate = new ClientAuthentication();
                noClientCertificate.setWant(false);
                noClientCertificate.setRequired(false);
                parameters.setClientAuthentication(noClientCertificate);
                parameters.setTrustManagers(new TrustManager[] {
                    TrustBundles.trustManager(
                            List.of(tls.chain().get(tls.chain().size() - 1)))
                });
                bus.getExtension(JettyHTTPServerEngineFactory.class)
                        .setTLSServerParametersForPort(host, actualPort, parameters);
            } catch (GeneralSecurityException | IOException e) {
                bus.shutdown(false);
                throw new IllegalStateException("cannot configure TLS on " + host + ":" + actualPort, e);
            }
        }
        try {
            JettyHTTPServerEngine engine = bus.getExtension(JettyHTTPServerEngineFactory.class)
                    .createJettyHTTPServerEngine(host, actualPort, tls == null ? "http" : "https");
            ThreadingParameters threads = new ThreadingParameters();
            threads.setMinThreads(MIN_THREADS);
            threads.setMaxThreads(MAX_THREADS);
            threads.setThreadNamePrefix("fedemu-" + actualPort);
            engine.setThreadingParameters(threads);
            engine.setMaxIdleTime(IDLE_TIMEOUT_MILLIS);
        } catch (GeneralSecurityException | IOException e) {
            bus.shutdown(false);
            throw new IllegalStateException("cannot prepare " + host + ":" + actualPort, e);
        }
        return new RoleServer(bus, URI.create((tls == null ? "http" : "https") + "://" + host + ":" + actualPort));
    }

    /** JAX-RS resources under {@code path} ("/" for the root). */
    public RoleServer publishRest(String path, List<Object> resources, List<Object> providers) {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress(address + ("/".equals(path) ? "" : path));
        factory.setServiceBeans(resources);
        factory.setProviders(providers);
        return add(() -> factory.create());
    }

    /** A JAX-WS endpoint at {@code path}; {@code customize} adds interceptors, features, properties. */
    public RoleServer publishSoap(String path, Object implementor, Consumer<JaxWsServerFactoryBean> customize) {
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress(address + path);
        factory.setServiceBean(implementor);
        customize.accept(factory);
        return add(factory::create);
    }

    /** Down or slow, as every caller of this role sees it ({@code /admin} exempt). */
    public RoleFaultSwitch faults() {
        return faults;
    }

    public Bus bus() {
        return bus;
    }

    /**
     * Closes the listening socket, as a server that went down: new connections are refused (so a load balancer
     * or a caller moves on at once) and open ones end. {@link #resumeListening()} opens the same port again.
     */
    public void stopListening() {
        for (org.eclipse.jetty.server.Connector connector : jetty().getConnectors()) {
            try {
                connector.stop();
            } catch (Exception e) {
                throw new IllegalStateException("cannot stop listening on " + address, e);
            }
        }
    }

    /** Listens again on the same port after {@link #stopListening()}. */
    public void resumeListening() {
        for (org.eclipse.jetty.server.Connector connector : jetty().getConnectors()) {
            try {
                if (!connector.isStarted()) {
                    connector.start();
                }
            } catch (Exception e) {
                throw new IllegalStateException("cannot listen again on " + address, e);
            }
        }
    }

    private org.eclipse.jetty.server.Server jetty() {
        JettyHTTPServerEngine engine =
                bus.getExtension(JettyHTTPServerEngineFactory.class).retrieveJettyHTTPServerEngine(port());
        if (engine == null || engine.getServer() == null) {
            throw new IllegalStateException("nothing is published on " + address + " yet");
        }
        return engine.getServer();
    }

    public URI address() {
        return address;
    }

    public int port() {
        return address.getPort();
    }

    @Override
    public void close() {
        endpoints.forEach(Server::destroy);
        endpoints.clear();
        bus.shutdown(true);
    }

    private RoleServer add(java.util.function.Supplier<Server> create) {
        try {
            endpoints.add(create.get());
            limitConnections();
            return this;
        } catch (RuntimeException e) {
            close();
            throw new IllegalStateException("cannot serve on " + address + ": " + deepestMessage(e), e);
        }
    }

    /** Jetty's server exists once the first endpoint is published; the limit joins it then, once. */
    private void limitConnections() {
        JettyHTTPServerEngine engine =
                bus.getExtension(JettyHTTPServerEngineFactory.class).retrieveJettyHTTPServerEngine(port());
        org.eclipse.jetty.server.Server jetty = engine == null ? null : engine.getServer();
        if (jetty != null && jetty.getBean(NetworkConnectionLimit.class) == null) {
            jetty.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, jetty));
        }
    }

    /**
     * A port free on {@code host} now and not handed out before by this process. The port is bound later (when
     * the first endpoint is published, or by the load balancer), so the kernel may offer the same port twice in
     * the meantime; and CXF keeps one Jetty engine per port for the whole JVM, so two roles given one port would
     * share an engine and the second would find its paths "still in use". Remembering recent ports closes that
     * window; the memory is bounded because the kernel cycles through its whole ephemeral range long before.
     */
    public static int freePort(String host) {
        for (int attempt = 0; attempt < 64; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("no free port on " + host, e);
            }
            if (HANDED_OUT.claim(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port on " + host + " that this process has not handed out already");
    }

    private static final RecentPorts HANDED_OUT = new RecentPorts(4096);

    /** The last {@code capacity} ports handed out, oldest forgotten first. */
    private static final class RecentPorts {
        private final int capacity;
        private final java.util.LinkedHashSet<Integer> ports = new java.util.LinkedHashSet<>();

        RecentPorts(int capacity) {
            this.capacity = capacity;
        }

        synchronized boolean claim(int port) {
            if (ports.contains(port)) {
                return false;
            }
            ports.add(port);
            if (ports.size() > capacity) {
                ports.remove(ports.iterator().next());
            }
            return true;
        }
    }

    /** CXF wraps a bind failure without a message; the cause says what happened (the port is in use). */
    private static String deepestMessage(Throwable e) {
        String message = e.getMessage();
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
