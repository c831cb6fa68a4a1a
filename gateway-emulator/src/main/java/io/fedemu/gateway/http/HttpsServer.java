package io.fedemu.gateway.http;

import io.fedemu.certs.Credential;
import io.fedemu.certs.TrustBundles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.util.List;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.configuration.jsse.TLSServerParameters;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngineFactory;

/**
 * A JAX-RS server on CXF's Jetty transport, HTTPS with a certificate from the emulator PKI (or plain
 * HTTP when {@code tls} is null). Each role gets its own CXF bus so stopping one role stops only its port.
 */
public final class HttpsServer implements AutoCloseable {
    private final Bus bus;
    private final Server server;
    private final URI address;

    private HttpsServer(Bus bus, Server server, URI address) {
        this.bus = bus;
        this.server = server;
        this.address = address;
    }

    /** {@code port} 0 picks a free loopback port. */
    public static HttpsServer start(String host, int port, Credential tls, List<Object> resources,
            List<Object> providers) {
        int actualPort = port == 0 ? freePort(host) : port;
        Bus bus = BusFactory.newInstance().createBus();
        try {
            if (tls != null) {
                TLSServerParameters parameters = new TLSServerParameters();
                parameters.setKeyManagers(TrustBundles.keyManagers(tls).getKeyManagers());
                bus.getExtension(JettyHTTPServerEngineFactory.class)
                        .setTLSServerParametersForPort(host, actualPort, parameters);
            }
            URI address = URI.create((tls == null ? "http" : "https") + "://" + host + ":" + actualPort);
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus);
            factory.setAddress(address.toString());
            factory.setServiceBeans(resources);
            factory.setProviders(providers);
            return new HttpsServer(bus, factory.create(), address);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            bus.shutdown(false);
            throw new IllegalStateException("cannot serve on " + host + ":" + actualPort + ": " + e.getMessage(), e);
        }
    }

    public URI address() {
        return address;
    }

    public int port() {
        return address.getPort();
    }

    @Override
    public void close() {
        server.destroy();
        bus.shutdown(true);
    }

    public static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + host, e);
        }
    }
}
