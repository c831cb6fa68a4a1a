package io.fedemu.tenant;

import io.fedemu.certs.Credential;
import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.protocol.ews.types.ServerVersionInfo;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.runtime.transport.NamespaceLoadBalancer;
import io.fedemu.runtime.transport.RoleServer;
import io.fedemu.tenant.addressspace.AvailabilityAddressSpaces;
import io.fedemu.tenant.addressspace.InternalProxyAvailability;
import io.fedemu.tenant.availability.FreeBusyEngine;
import io.fedemu.tenant.calendar.CalendarStore;
import io.fedemu.tenant.ews.BackEndAuthentication;
import io.fedemu.tenant.ews.ClientAccessProxy;
import io.fedemu.tenant.ews.InProcessMailboxes;
import io.fedemu.tenant.ews.LocalOrProxiedMailboxes;
import io.fedemu.tenant.ews.MailboxBackEndEndpoint;
import io.fedemu.tenant.ews.MailboxFreeBusy;
import io.fedemu.tenant.ews.RequestSizeLimit;
import io.fedemu.tenant.ews.ServerVersions;
import io.fedemu.tenant.faults.ServerSwitches;
import io.fedemu.tenant.servers.ExchangeServer;
import io.fedemu.tenant.servers.OrganizationServers;
import io.fedemu.tenant.servers.ServerRole;
import io.fedemu.tenant.servers.ServerUrls;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;

/**
 * An organization's servers running (issue 13): each server on loopback ports of its own, a Client Access front end
 * (EWS, Autodiscover, admin, the health probe) and a Mailbox back end (Exchange's "Exchange Back End" site), and the
 * namespace's load balancer in front of the Client Access servers. Every front end serves any request: it
 * authenticates, decides access, and proxies each mailbox to the back end holding its database's active copy. An
 * Exchange 2007 Client Access server is not behind the namespace: it serves its own EWS on its own port
 * (LegacyClientAccess), and its users reach other domains through the availability address spaces.
 */
public final class ServerFarm implements ServerSwitches, AutoCloseable {
    /** How often the load balancer probes each Client Access server. */
    static final long PROBE_INTERVAL_MILLIS = 1_000;

    /** How long a server being stopped still answers the request that stopped it. */
    static final long STOP_GRACE_MILLIS = 300;

    private final TenantDefinition definition;
    private final OrganizationServers servers;
    private final Map<String, RoleServer> frontEnds = new LinkedHashMap<>();
    /** Each Exchange 2007 Client Access server's own EWS, outside the namespace (LegacyClientAccess). */
    private final Map<String, RoleServer> legacyFrontEnds = new LinkedHashMap<>();

    private final Map<String, RoleServer> backEnds = new LinkedHashMap<>();
    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final String secret;
    private final SSLContext trust;
    private final Journal journal;
    private final org.apache.cxf.Bus clientBus;
    private final Map<String, AvailabilityClient> backEndClients = new ConcurrentHashMap<>();
    private final Map<URI, AvailabilityClient> clientAccessClients = new ConcurrentHashMap<>();
    private final String host;
    private final int namespacePort;
    private NamespaceLoadBalancer balancer;

    private ServerFarm(TenantDefinition definition, String host, int namespacePort, SSLContext trust, Journal journal) {
        this.definition = definition;
        this.servers = definition.servers();
        this.host = host;
        this.namespacePort = namespacePort;
        this.trust = trust;
        this.journal = journal;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        // In memory only: every server of the organization runs in this process, and a restart makes a new one.
        this.secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        this.clientBus = org.apache.cxf.BusFactory.newInstance().createBus();
    }

    /** Reserves every server's ports; endpoints come with {@link #publish}. */
    static ServerFarm create(
            TenantDefinition definition,
            String host,
            int namespacePort,
            Credential tls,
            SSLContext trust,
            Journal journal) {
        ServerFarm farm = new ServerFarm(definition, host, namespacePort, trust, journal);
        try {
            for (ExchangeServer server : farm.servers.servers()) {
                if (server.has(ServerRole.CLIENT_ACCESS)
                        && server.product() == io.fedemu.tenant.servers.ExchangeProduct.EXCHANGE_2013) {
                    farm.frontEnds.put(server.name(), RoleServer.on(host, 0, tls));
                } else if (server.has(ServerRole.CLIENT_ACCESS)) {
                    farm.legacyFrontEnds.put(server.name(), RoleServer.on(host, 0, tls));
                }
                if (server.has(ServerRole.MAILBOX)) {
                    farm.backEnds.put(server.name(), RoleServer.on(host, 0, tls));
                }
            }
            if (farm.frontEnds.isEmpty()) {
                throw new IllegalArgumentException(
                        definition.name() + " has no Exchange 2013 Client Access server to serve its namespace");
            }
            // One fault switch for the organization as a whole: down or slow on every front end alike.
            RoleServer first = farm.firstFrontEnd();
            java.util.stream.Stream.concat(farm.frontEnds.values().stream(), farm.legacyFrontEnds.values().stream())
                    .filter(server -> server != first)
                    .forEach(server -> server.bus().getInInterceptors().add(first.faults()));
            return farm;
        } catch (RuntimeException e) {
            farm.close();
            throw e;
        }
    }

    /** Publishes the front and back ends, then opens the namespace. */
    void publish(
            FrontEnd frontEnd,
            CalendarStore calendars,
            FreeBusyEngine engine,
            URI namespace,
            AvailabilityAddressSpaces addressSpaces) {
        frontEnds.forEach((name, server) -> {
            ExchangeServer exchangeServer = servers.server(name);
            ClientAccessProxy proxy = new ClientAccessProxy(
                    definition.name() + "/" + name, servers, this::backEndClient, this::isDown, secret, journal);
            // The secret also lets a 2007 server of the organization proxy its users' requests here.
            frontEnd.publish(
                    server,
                    frontEnd.ews(
                            proxy,
                            () -> version(exchangeServer),
                            io.fedemu.tenant.servers.VersionGates.check(exchangeServer)),
                    List.of(namespace),
                    secret);
        });
        ClientAccessUrls proxyUrls = clientAccessUrls(namespace);
        legacyFrontEnds.forEach((name, server) -> {
            ExchangeServer exchangeServer = servers.server(name);
            String role = definition.name() + "/" + name;
            MailboxFreeBusy mailboxes = new LocalOrProxiedMailboxes(
                    exchangeServer,
                    servers,
                    new InProcessMailboxes(calendars, engine),
                    new ClientAccessProxy(role, servers, this::backEndClient, this::isDown, secret, journal));
            new LegacyClientAccess(
                            definition,
                            exchangeServer,
                            mailboxes,
                            new InternalProxyAvailability(
                                    role, addressSpaces, proxyUrls, this::clientAccessClient, secret, journal),
                            journal)
                    .publish(server);
            frontEnd.publishExchange2007OutlookWebApp(server, name);
        });
        backEnds.forEach((name, server) -> {
            ExchangeServer exchangeServer = servers.server(name);
            server.publishSoap(
                    Tenant.EWS_PATH,
                    new MailboxBackEndEndpoint(
                            definition.name(),
                            exchangeServer,
                            servers,
                            definition.directory(),
                            calendars,
                            engine,
                            () -> version(exchangeServer),
                            journal),
                    factory -> {
                        factory.getInInterceptors().add(new BackEndAuthentication(secret));
                        if (exchangeServer.product() == io.fedemu.tenant.servers.ExchangeProduct.EXCHANGE_2007) {
                            // Its back end speaks its own schema too: the 2013 Client Access server asks it at
                            // Exchange2007_SP1.
                            factory.getInInterceptors().add(new io.fedemu.tenant.ews.Exchange2007RequestVersion());
                        }
                        factory.getInInterceptors().add(new RequestSizeLimit(RequestSizeLimit.DEFAULT_MAX_BYTES));
                        factory.setProperties(new HashMap<>(Tenant.XML_LIMITS));
                    });
        });
        HttpClient probes = HttpClient.newBuilder()
                .sslContext(trust)
                .connectTimeout(Duration.ofMillis(500))
                .build();
        List<NamespaceLoadBalancer.Member> members = new ArrayList<>();
        frontEnds.forEach((name, server) -> members.add(NamespaceLoadBalancer.Member.of(name, server.address())));
        balancer = NamespaceLoadBalancer.start(
                host,
                namespacePort,
                members,
                member -> !down.contains(member.server())
                        && probe(probes, frontEnds.get(member.server()).address()),
                PROBE_INTERVAL_MILLIS);
    }

    private static boolean probe(HttpClient probes, URI frontEnd) {
        try {
            HttpResponse<Void> answer = probes.send(
                    HttpRequest.newBuilder(URI.create(frontEnd + FrontEnd.HEALTH_CHECK_PATH + "/healthcheck.htm"))
                            .timeout(Duration.ofMillis(800))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The build a server answers with in ServerVersionInfo. */
    static ServerVersionInfo version(ExchangeServer server) {
        return ServerVersions.of(server.build());
    }

    private AvailabilityClient backEndClient(ExchangeServer server) {
        return backEndClients.computeIfAbsent(
                server.name(),
                name -> new AvailabilityClient(
                        clientBus,
                        URI.create(backEnds.get(name).address() + Tenant.EWS_PATH),
                        trust,
                        Duration.ofSeconds(10),
                        true)); // pooled: every front-end thread may call at once; keep their connections
    }

    /** A client of a Client Access server's EWS, for a 2007 server's InternalProxy requests. */
    private AvailabilityClient clientAccessClient(URI ews) {
        // The 2013 server answers within its own partner budget (10 s); the 2007 server waits a little longer.
        return clientAccessClients.computeIfAbsent(
                ews, url -> new AvailabilityClient(clientBus, url, trust, Duration.ofSeconds(15)));
    }

    /** The URLs an availability address space's ProxyUrl may name: the namespace and each 2013 Client Access server. */
    private ClientAccessUrls clientAccessUrls(URI namespace) {
        Map<String, URI> addresses = new LinkedHashMap<>();
        frontEnds.forEach((name, server) -> addresses.put(name, server.address()));
        Set<String> hosts = new java.util.HashSet<>(List.of("localhost", "127.0.0.1"));
        hosts.add(host.toLowerCase(java.util.Locale.ROOT));
        definition.hostNames().forEach(name -> hosts.add(name.toLowerCase(java.util.Locale.ROOT)));
        return new ClientAccessUrls(
                definition.name(), namespace, addresses, hosts, name -> isDown(servers.server(name)));
    }

    /** The EWS URL of {@code server}'s own Client Access front end outside the namespace: a 2007 server's. */
    public java.util.Optional<URI> legacyEwsUrl(String server) {
        return java.util.Optional.ofNullable(legacyFrontEnds.get(server))
                .map(port -> URI.create(port.address() + Tenant.EWS_PATH));
    }

    RoleServer firstFrontEnd() {
        return frontEnds.values().iterator().next();
    }

    /** Whether the namespace's load balancer sends connections to {@code server} now. */
    public boolean inRotation(String server) {
        return balancer != null && balancer.inRotation(server);
    }

    public List<ServerUrls> urls() {
        List<ServerUrls> urls = new ArrayList<>();
        for (ExchangeServer server : servers.servers()) {
            RoleServer front = frontEnds.containsKey(server.name())
                    ? frontEnds.get(server.name())
                    : legacyFrontEnds.get(server.name());
            RoleServer back = backEnds.get(server.name());
            urls.add(new ServerUrls(
                    server.name(), front == null ? null : front.address(), back == null ? null : back.address()));
        }
        return urls;
    }

    @Override
    public List<String> names() {
        return servers.servers().stream().map(ExchangeServer::name).toList();
    }

    @Override
    public synchronized void down(Set<String> wanted) {
        List<String> stopping = new ArrayList<>();
        for (ExchangeServer server : servers.servers()) {
            boolean stop = wanted.contains(server.name());
            if (stop && down.add(server.name())) {
                stopping.add(server.name());
            } else if (!stop && down.remove(server.name())) {
                ports(server.name()).forEach(RoleServer::resumeListening);
            }
        }
        if (balancer != null) {
            balancer.probeAll();
        }
        if (!stopping.isEmpty()) {
            // The request that stops a server may be answered by that very server (the namespace picked it): its
            // ports close just after, once the answer is out. Until then the server is out of the rotation and
            // the Client Access servers treat it as down, so no request sees it in between.
            Thread closer = new Thread(
                    () -> {
                        try {
                            Thread.sleep(STOP_GRACE_MILLIS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        synchronized (this) {
                            // A server brought back meanwhile keeps listening.
                            stopping.stream()
                                    .filter(down::contains)
                                    .forEach(name -> ports(name).forEach(RoleServer::stopListening));
                        }
                    },
                    "fedemu-server-down");
            closer.setDaemon(true);
            closer.start();
        }
    }

    /** Whether {@code server} is down now (its ports close, or have closed). */
    public boolean isDown(ExchangeServer server) {
        return down.contains(server.name());
    }

    @Override
    public Set<String> down() {
        Set<String> ordered = new LinkedHashSet<>();
        names().stream().filter(down::contains).forEach(ordered::add);
        return ordered;
    }

    private List<RoleServer> ports(String server) {
        List<RoleServer> ports = new ArrayList<>();
        if (frontEnds.containsKey(server)) {
            ports.add(frontEnds.get(server));
        }
        if (legacyFrontEnds.containsKey(server)) {
            ports.add(legacyFrontEnds.get(server));
        }
        if (backEnds.containsKey(server)) {
            ports.add(backEnds.get(server));
        }
        return ports;
    }

    @Override
    public void close() {
        if (balancer != null) {
            balancer.close();
        }
        frontEnds.values().forEach(RoleServer::close);
        legacyFrontEnds.values().forEach(RoleServer::close);
        backEnds.values().forEach(RoleServer::close);
        clientBus.shutdown(false);
    }
}
