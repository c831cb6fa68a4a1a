package io.fedemu.topology;

import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.TrustBundles;
import io.fedemu.dns.DnsServer;
import io.fedemu.gateway.Gateway;
import io.fedemu.protocol.admin.AdminCredential;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.runtime.admin.AdminAccess;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.runtime.transport.RoleServer;
import io.fedemu.tenant.Tenant;
import io.fedemu.tenant.TenantDefinition;
import io.fedemu.tenant.calendar.ImportedCalendars;
import io.fedemu.tenant.faults.LinkTargets;
import io.fedemu.tenant.transport.HybridMailTransport;
import io.fedemu.topology.scenario.DerivedRelationships;
import io.fedemu.topology.scenario.Scenario;
import io.fedemu.topology.scenario.Scenario.OrganizationSpec;
import io.fedemu.topology.scenario.ScenarioFaults;
import io.fedemu.topology.scenario.TenantDefinitions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * A scenario, running: the gateway and every tenant in this JVM, each on its own loopback HTTPS port,
 * talking to each other only over HTTP(S). Ports are chosen first so that relationships written as
 * {@code tenant:NAME/autodiscover} or {@code tenant:NAME/ews} resolve to real URLs.
 */
public final class Topology implements AutoCloseable {
    private static final Pattern TENANT_ENDPOINT = Pattern.compile("tenant:([^/]+)/(autodiscover|ews|owa)");
    private static final java.util.concurrent.atomic.AtomicBoolean SOAP_WARMED =
            new java.util.concurrent.atomic.AtomicBoolean();

    private final Scenario scenario;
    private final Gateway gateway;
    private final Map<String, Tenant> tenants;
    private final Journal journal;
    private final Path stateDirectory;
    private final AdminAccess adminAccess;
    /** The emulated public DNS (issue 17): started first, stopped last. */
    private final DnsServer dns;
    /** Hybrid mail (issue 15): one transport per on-premises/cloud pair, started after the tenants. */
    private MailTopology mail = MailTopology.NONE;

    private Topology(
            Scenario scenario,
            Gateway gateway,
            Map<String, Tenant> tenants,
            Journal journal,
            Path stateDirectory,
            AdminAccess adminAccess,
            DnsServer dns) {
        this.adminAccess = adminAccess;
        this.dns = dns;
        this.scenario = scenario;
        this.gateway = gateway;
        this.tenants = tenants;
        this.journal = journal;
        this.stateDirectory = stateDirectory;
    }

    /**
     * {@code portBase} 0 picks free ports; otherwise the gateway gets portBase and tenants the ones after it.
     * {@code tls} false serves every role over plain HTTP, for tools that cannot be pointed at a trust bundle.
     */
    public record Options(Path stateDirectory, int portBase, int journalCapacity, Duration partnerBudget, boolean tls) {
        public static Options in(Path stateDirectory) {
            return new Options(stateDirectory, 0, Journal.DEFAULT_CAPACITY, Duration.ofSeconds(10), true);
        }

        public Options portBase(int value) {
            return new Options(stateDirectory, value, journalCapacity, partnerBudget, tls);
        }

        public Options partnerBudget(Duration value) {
            return new Options(stateDirectory, portBase, journalCapacity, value, tls);
        }

        public Options plainHttp() {
            return new Options(stateDirectory, portBase, journalCapacity, partnerBudget, false);
        }
    }

    public static Topology start(Scenario scenario, Options options) {
        // Initialize the SLF4J binding (whatever the caller has) on this thread before roles start theirs:
        // otherwise it intercepts the calls other threads make meanwhile and prints a "replayed" warning.
        org.slf4j.LoggerFactory.getILoggerFactory();
        Journal journal = new Journal(Clock.systemUTC(), options.journalCapacity());
        // One token for every role of the state directory; a scenario may open the admin APIs (a training lab).
        AdminAccess stateAccess = AdminAccess.of(options.stateDirectory());
        AdminAccess adminAccess = scenario.adminOpen() ? stateAccess.opened() : stateAccess;
        List<OrganizationSpec> organizations = scenario.organizations();
        Map<String, Integer> ports = new LinkedHashMap<>();
        int gatewayPort = port(options, 0);
        for (int i = 0; i < organizations.size(); i++) {
            ports.put(organizations.get(i).name().toLowerCase(java.util.Locale.ROOT), port(options, i + 1));
        }
        // The public DNS first (section 22): every role resolves through it, and the gateway checks domain proofs in
        // it. Its sockets are bound now; its zones and records are made while the gateway starts (start-up time).
        DnsServer dns = ScenarioDns.listen(scenario, options.stateDirectory());
        // Tenants start in parallel: each publishes its own CXF endpoints and registers at the gateway,
        // which is most of start-up, and they share nothing but the gateway (already up) and the CA.
        java.util.concurrent.ExecutorService starters = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Math.min(organizations.size(), Runtime.getRuntime().availableProcessors())));
        // What needs no gateway runs while it starts (start-up time, issue 7): the tenant definitions
        // (calendar import) and a first SOAP client, which loads what every tenant's endpoints load.
        String scheme = options.tls() ? "https" : "http";
        TenantDefinitions.Endpoints endpoints = written -> resolve(written, ports, scheme);
        List<java.util.concurrent.Future<?>> proofs = new ArrayList<>();
        proofs.add(starters.submit(() -> ScenarioDns.publish(dns, scenario, ports)));
        List<java.util.concurrent.Future<TenantDefinition>> definitions = new ArrayList<>();
        for (OrganizationSpec organization : organizations) {
            definitions.add(starters.submit(() -> TenantDefinitions.from(
                    scenario, organization, endpoints, importedCalendars(options.stateDirectory()))));
        }
        // Each federated organization's administrator publishes its domain proofs before Add-FederatedDomain: the
        // federation certificate is made here (in parallel, it is an RSA key) and found by the tenant at start.
        for (OrganizationSpec organization : organizations) {
            proofs.add(starters.submit(
                    () -> ScenarioDns.publishDomainProofs(dns, organization, options.stateDirectory())));
        }
        if (!organizations.isEmpty() && SOAP_WARMED.compareAndSet(false, true)) {
            Thread warmUp = new Thread(Topology::warmUpSoap, "fedemu-soap-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
        Gateway gateway;
        try {
            Gateway.Options gatewayOptions = Gateway.Options.in(options.stateDirectory())
                    .port(gatewayPort)
                    .adminAccess(adminAccess)
                    .dns(dns.address())
                    // The DNS's admin resource rides on the gateway's port: no HTTPS port of its own to start.
                    .adminResources(List.of(dns.adminResource()));
            gateway = Gateway.start(options.tls() ? gatewayOptions : gatewayOptions.plainHttp());
            for (java.util.concurrent.Future<?> proof : proofs) {
                definition(proof);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            starters.shutdown();
            dns.close();
            throw new IllegalStateException("interrupted while publishing the domain proofs", e);
        } catch (RuntimeException e) {
            starters.shutdown();
            dns.close();
            throw e;
        }
        LinkTargets linkTargets = linkTargets(gateway.url(), ports, scheme);
        Map<String, Tenant> tenants = new LinkedHashMap<>();
        List<java.util.concurrent.Future<Tenant>> starting = new ArrayList<>();
        try {
            for (int i = 0; i < organizations.size(); i++) {
                OrganizationSpec organization = organizations.get(i);
                java.util.concurrent.Future<TenantDefinition> definition = definitions.get(i);
                Tenant.Options tenantOptions = Tenant.Options.in(options.stateDirectory())
                        .port(ports.get(organization.name().toLowerCase(java.util.Locale.ROOT)))
                        // issue 17: every organization may federate on demand (New-FederationTrust).
                        .gateway(gateway.url())
                        .federatedAtStart(organization.federated())
                        .journal(journal)
                        .partnerBudget(options.partnerBudget())
                        .refreshMetadataOnUnknownKey(!Boolean.FALSE.equals(organization.refreshMetadataOnUnknownKey()))
                        .linkTargets(linkTargets)
                        .adminAccess(adminAccess)
                        .dns(dns.address());
                starting.add(starters.submit(() -> Tenant.start(
                        definition(definition), options.tls() ? tenantOptions : tenantOptions.plainHttp())));
            }
            RuntimeException failure = null;
            for (int i = 0; i < organizations.size(); i++) {
                try {
                    tenants.put(organizations.get(i).name(), starting.get(i).get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException runtime
                                ? runtime
                                : new IllegalStateException(e.getCause());
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
            OrganizationSeeds.apply(scenario, tenants);
            deriveRelationships(scenario, tenants, endpoints, options.stateDirectory());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tenants.values().forEach(Tenant::close);
            gateway.close();
            dns.close();
            throw new IllegalStateException("interrupted while starting the tenants", e);
        } catch (RuntimeException e) {
            tenants.values().forEach(Tenant::close);
            gateway.close();
            dns.close();
            throw e;
        } finally {
            starters.shutdown();
        }
        if (scenario.gateway().rotateSigningKeyAfterStart()) {
            gateway.signingKeys().rotate();
        }
        Topology topology =
                new Topology(scenario, gateway, tenants, journal, options.stateDirectory(), adminAccess, dns);
        try {
            topology.mail = HybridMail.start(scenario, tenants, options.stateDirectory(), dns);
            // Last, once every role is up: a fault must not stop the scenario from starting.
            topology.applyWrittenFaults();
        } catch (RuntimeException e) {
            topology.close();
            throw e;
        }
        return topology;
    }

    /** Where .ics imports are kept between starts: named by content, so it stays valid across --reset. */
    public static ImportedCalendars importedCalendars(Path stateDirectory) {
        return new ImportedCalendars(stateDirectory.resolve("cache").resolve("calendars"));
    }

    /** The names a link fault may use: {@code gateway} and every organization, each at its base URL. */
    public static LinkTargets linkTargets(URI gateway, Map<String, Integer> ports, String scheme) {
        Map<String, URI> named = new LinkedHashMap<>();
        named.put("gateway", gateway);
        ports.forEach((name, port) -> named.put(name, URI.create(scheme + "://localhost:" + port)));
        return new LinkTargets(named);
    }

    /** Every role back to the faults (and clock offsets) the scenario starts with. */
    public void applyScenarioFaults() {
        gateway.faults().apply(ScenarioFaults.gateway(scenario));
        for (OrganizationSpec organization : scenario.organizations()) {
            tenant(organization.name()).faults().apply(ScenarioFaults.organization(organization));
        }
    }

    /**
     * At start, the faults (and clock offsets) the scenario writes, on the roles it writes them for. Faults live in
     * memory only, so a role that just started has none, and applying "none" is skipped: it changes nothing but
     * makes an organization with servers probe every Client Access server again, a round of TLS handshakes on
     * every start (issue 18).
     */
    private void applyWrittenFaults() {
        io.fedemu.protocol.faults.GatewayFaults gatewayFaults = ScenarioFaults.gateway(scenario);
        if (gatewayFaults.any()) {
            gateway.faults().apply(gatewayFaults);
        }
        for (OrganizationSpec organization : scenario.organizations()) {
            io.fedemu.protocol.faults.TenantFaults written = ScenarioFaults.organization(organization);
            if (written.any()) {
                tenant(organization.name()).faults().apply(written);
            }
        }
    }

    /** Every fault mended and every clock right, whatever the scenario says. */
    public void clearFaults() {
        gateway.faults().clear();
        tenants.values().forEach(tenant -> tenant.faults().clear());
    }

    /**
     * Relationships written with fromFederationInformation, once every tenant serves (they start in parallel, so
     * a partner may have come up last). All partners are asked before any relationship is created, so a failed
     * start leaves no half-seeded state behind.
     */
    private static void deriveRelationships(
            Scenario scenario,
            Map<String, Tenant> tenants,
            TenantDefinitions.Endpoints endpoints,
            Path stateDirectory) {
        SSLContext tls =
                TrustBundles.clientContext(CertificateStore.in(stateDirectory).trustBundle());
        List<Map.Entry<DerivedRelationships.Pending, OrganizationRelationship>> derived = new ArrayList<>();
        for (OrganizationSpec organization : scenario.organizations()) {
            for (DerivedRelationships.Pending pending :
                    DerivedRelationships.pending(scenario, organization, endpoints, stateDirectory)) {
                derived.add(Map.entry(pending, pending.derive(tls)));
            }
        }
        for (Map.Entry<DerivedRelationships.Pending, OrganizationRelationship> entry : derived) {
            entry.getKey().createOn(tenants.get(entry.getKey().organization()).relationships(), entry.getValue());
        }
    }

    private static <T> T definition(java.util.concurrent.Future<T> definition) throws InterruptedException {
        try {
            return definition.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Builds (and drops) an EWS and an Autodiscover client on a bus of its own: the WSDL, JAXB and JAX-WS
     * machinery they load is what the tenants' SOAP endpoints need next, so that happens while the
     * gateway starts instead of after it. Once per JVM; failures only cost the head start.
     */
    private static void warmUpSoap() {
        org.apache.cxf.Bus bus = org.apache.cxf.BusFactory.newInstance().createBus();
        try {
            URI unused = URI.create("http://127.0.0.1:9/");
            new io.fedemu.client.availability.AvailabilityClient(
                    bus, unused.resolve(Tenant.EWS_PATH), null, Duration.ofSeconds(1));
            new io.fedemu.client.autodiscover.AutodiscoverClient(
                    unused.resolve("/autodiscover/autodiscover.svc"), null, bus);
        } catch (RuntimeException e) {
            // Only a warm-up.
        } finally {
            bus.shutdown(false);
        }
    }

    /** The hybrid mail transports, one per on-premises organization paired with a cloud one. */
    public List<HybridMailTransport> mail() {
        return mail.pairs();
    }

    /** All of the scenario's mail: the hybrid pairs, the internet organizations, the MX records (section 20). */
    public MailTopology mailTopology() {
        return mail;
    }

    public Scenario scenario() {
        return scenario;
    }

    public Gateway gateway() {
        return gateway;
    }

    /** The emulated public DNS (docs/PROTOCOL.md section 22): its address, zones and records. */
    public DnsServer dns() {
        return dns;
    }

    public Tenant tenant(String name) {
        return Optional.ofNullable(tenants.get(name))
                .orElseThrow(() -> new IllegalArgumentException(
                        "no tenant named '" + name + "'; this topology has " + tenants.keySet()));
    }

    public List<Tenant> tenants() {
        return new ArrayList<>(tenants.values());
    }

    public Journal journal() {
        return journal;
    }

    public Path trustBundle() {
        return stateDirectory.resolve("certs").resolve("ca.pem");
    }

    public Path stateDirectory() {
        return stateDirectory;
    }

    /** Who may use the roles' admin APIs: the state directory's token, or open when the scenario says so. */
    public AdminAccess adminAccess() {
        return adminAccess;
    }

    /** The credential an admin client of this topology sends (the token, also when the scenario opened access). */
    public AdminCredential adminCredential() {
        return adminAccess.credential();
    }

    @Override
    public void close() {
        mail.close();
        tenants.values().forEach(Tenant::close);
        gateway.close();
        dns.close();
    }

    private static int port(Options options, int offset) {
        return options.portBase() == 0 ? RoleServer.freePort("127.0.0.1") : options.portBase() + offset;
    }

    /**
     * The ports a scenario's roles use with {@code portBase}: the gateway on portBase, then each
     * organization in scenario order, so separate processes agree on each other's URLs.
     */
    public static Map<String, Integer> ports(Scenario scenario, int portBase) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (int i = 0; i < scenario.organizations().size(); i++) {
            ports.put(scenario.organizations().get(i).name().toLowerCase(java.util.Locale.ROOT), portBase + i + 1);
        }
        return ports;
    }

    /** {@code tenant:NAME/autodiscover} or {@code tenant:NAME/ews} as an HTTPS URL on that tenant's port. */
    public static String resolve(String written, Map<String, Integer> ports) {
        return resolve(written, ports, "https");
    }

    /** {@code tenant:NAME/autodiscover} or {@code tenant:NAME/ews} as a URL on that tenant's port. */
    public static String resolve(String written, Map<String, Integer> ports, String scheme) {
        Matcher matcher = TENANT_ENDPOINT.matcher(written);
        if (!matcher.matches()) {
            return written;
        }
        Integer port = ports.get(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
        String path = switch (matcher.group(2)) {
            case "ews" -> Tenant.EWS_PATH;
            case "owa" -> "/owa"; // issue 16: a relationship's TargetOwaURL
            default -> "/autodiscover/autodiscover.svc";
        };
        return URI.create(scheme + "://localhost:" + port + path).toString();
    }
}
