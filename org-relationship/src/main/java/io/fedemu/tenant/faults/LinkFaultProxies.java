package io.fedemu.tenant.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import io.fedemu.certs.CertificateStore.KeyStoreLocation;
import io.fedemu.client.http.LinkRouter;
import io.fedemu.protocol.faults.LinkFault;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.runtime.faults.FaultLimits;
import io.fedemu.runtime.faults.FaultRefusedException;
import io.fedemu.runtime.transport.RoleServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * This organization's outbound links with faults on them. A network fault is made real by a WireMock
 * server on loopback standing between this organization and the target: it resets the connection or
 * proxies each call to the target after a delay. {@code unreachable} needs no proxy: the call goes to a
 * port nothing listens on, so the connect itself is refused.
 *
 * <p>Proxies start only when a fault is set, so a topology without faults pays nothing for them.
 */
public final class LinkFaultProxies implements LinkRouter, AutoCloseable {
    private final String owner;
    private final LinkTargets targets;
    private final Supplier<KeyStoreLocation> tls;
    private volatile Map<LinkAuthority, Route> routes = Map.of();

    /** One faulted link: where calls to its target go now, and the proxy behind that, if any. */
    private record Route(LinkFault fault, URI via, WireMockServer proxy) {
        URI reroute(URI call) {
            return URI.create(via.getScheme() + "://" + via.getRawAuthority()
                    + (call.getRawPath() == null ? "" : call.getRawPath())
                    + (call.getRawQuery() == null ? "" : "?" + call.getRawQuery()));
        }
    }

    /**
     * @param owner   the organization, for messages
     * @param targets the names a fault may use for its target
     * @param tls     the key store an HTTPS proxy serves with (issued by the emulator's CA, so callers
     *                that trust the bundle trust the proxy); asked only when an HTTPS proxy starts
     */
    public LinkFaultProxies(String owner, LinkTargets targets, Supplier<KeyStoreLocation> tls) {
        this.owner = owner;
        this.targets = targets;
        this.tls = tls;
    }

    @Override
    public URI route(URI target) {
        Route route = routes.get(LinkAuthority.of(target));
        return route == null ? target : route.reroute(target);
    }

    public List<LinkFault> current() {
        return routes.values().stream()
                .map(route -> new LinkFault(
                        route.fault().to(),
                        route.fault().fault(),
                        route.fault().delayMillis(),
                        route.proxy() == null ? null : route.via().toString()))
                .toList();
    }

    /**
     * Replaces every link fault with {@code faults}. All are checked before anything changes, so a refused
     * request leaves the links as they were.
     */
    public synchronized void replace(List<LinkFault> faults) {
        List<Checked> checked = check(faults);
        Map<LinkAuthority, Route> started = new LinkedHashMap<>(); // answers list links as they were asked for
        try {
            for (Checked link : checked) {
                started.put(LinkAuthority.of(link.target()), start(link));
            }
        } catch (RuntimeException e) {
            started.values().forEach(LinkFaultProxies::stop);
            throw new IllegalStateException(owner + ": cannot start a link fault proxy: " + e.getMessage(), e);
        }
        Map<LinkAuthority, Route> previous = routes;
        routes = Collections.unmodifiableMap(started);
        previous.values().forEach(LinkFaultProxies::stop);
    }

    @Override
    public synchronized void close() {
        routes.values().forEach(LinkFaultProxies::stop);
        routes = Map.of();
    }

    private record Checked(LinkFault fault, LinkFault.Kind kind, URI target) {}

    private List<Checked> check(List<LinkFault> faults) {
        List<Checked> checked = new ArrayList<>();
        Set<LinkAuthority> seen = new HashSet<>();
        for (int i = 0; i < faults.size(); i++) {
            LinkFault fault = faults.get(i);
            String field = "links[" + i + "]";
            if (fault == null) {
                throw new FaultRefusedException(Reason.FAULT_INVALID, field + ": must not be null");
            }
            URI target = targets.resolve(fault.to())
                    .orElseThrow(() -> new FaultRefusedException(
                            Reason.LINK_TARGET_UNKNOWN,
                            field + ".to: '" + fault.to() + "' is not the gateway, one of "
                                    + targets.named().keySet() + " or an http(s) URL with a port"));
            LinkFault.Kind kind = LinkFault.Kind.fromWireName(fault.fault())
                    .orElseThrow(() -> new FaultRefusedException(
                            Reason.FAULT_INVALID,
                            field + ".fault: must be one of " + LinkFault.Kind.wireNames() + ", got " + fault.fault()));
            FaultLimits.checkDelay(field + ".delayMillis", fault.delayMillis());
            if (kind == LinkFault.Kind.DELAY && fault.delayMillis() == 0) {
                throw new FaultRefusedException(
                        Reason.FAULT_INVALID, field + ".delayMillis: a delay fault needs a delay above 0");
            }
            if (kind != LinkFault.Kind.DELAY && fault.delayMillis() != 0) {
                throw new FaultRefusedException(
                        Reason.FAULT_INVALID, field + ".delayMillis: only a delay fault takes a delay");
            }
            if (kind == LinkFault.Kind.STRIP_STARTTLS
                    && (fault.to() == null
                            || "gateway".equalsIgnoreCase(fault.to().trim())
                            || targets.named().keySet().stream()
                                    .noneMatch(
                                            n -> n.equalsIgnoreCase(fault.to().trim())))) {
                throw new FaultRefusedException(
                        Reason.FAULT_INVALID,
                        field + ".to: strip-starttls is a fault of the SMTP path to another organization; name one of "
                                + targets.named().keySet().stream()
                                        .filter(name -> !"gateway".equals(name))
                                        .toList());
            }
            if (!seen.add(LinkAuthority.of(target))) {
                throw new FaultRefusedException(
                        Reason.FAULT_INVALID,
                        field + ".to: " + fault.to() + " already has a fault; one fault per link");
            }
            checked.add(new Checked(LinkFault.of(fault.to(), kind, fault.delayMillis()), kind, target));
        }
        return checked;
    }

    private Route start(Checked link) {
        String scheme = link.target().getScheme();
        if (link.kind() == LinkFault.Kind.STRIP_STARTTLS) {
            // Only mail feels it (the mail transport puts its own proxy on the SMTP path); HTTP calls go straight.
            return new Route(link.fault(), link.target(), null);
        }
        if (link.kind() == LinkFault.Kind.UNREACHABLE) {
            // A port that was free a moment ago: nothing listens there, so the connect is refused.
            URI closed = URI.create(scheme + "://127.0.0.1:" + RoleServer.freePort("127.0.0.1"));
            return new Route(link.fault(), closed, null);
        }
        boolean https = "https".equalsIgnoreCase(scheme);
        WireMockConfiguration options = WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .disableRequestJournal()
                .extensionScanningEnabled(false)
                .containerThreads(12)
                .jettyAcceptors(1)
                // The target is one of ours on loopback, serving a certificate from the emulator's CA.
                .trustedProxyTargets(link.target().getHost());
        if (https) {
            KeyStoreLocation keyStore = tls.get();
            options.httpDisabled(true)
                    .dynamicHttpsPort()
                    .keystorePath(keyStore.file().toString())
                    .keystorePassword(keyStore.password())
                    .keyManagerPassword(keyStore.password())
                    .keystoreType("PKCS12");
        } else {
            options.dynamicPort();
        }
        WireMockServer proxy = new WireMockServer(options);
        proxy.start();
        try {
            String base = scheme + "://" + link.target().getRawAuthority();
            proxy.stubFor(any(anyUrl())
                    .willReturn(
                            link.kind() == LinkFault.Kind.CONNECTION_RESET
                                    ? aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)
                                    : aResponse()
                                            .proxiedFrom(base)
                                            .withFixedDelay(
                                                    link.fault().delayMillis().intValue())));
        } catch (RuntimeException e) {
            proxy.stop();
            throw e;
        }
        URI via = URI.create(scheme + "://127.0.0.1:" + (https ? proxy.httpsPort() : proxy.port()));
        return new Route(link.fault(), via, proxy);
    }

    private static void stop(Route route) {
        if (route.proxy() != null) {
            route.proxy().stop();
        }
    }
}
