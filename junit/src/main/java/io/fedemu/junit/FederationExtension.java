package io.fedemu.junit;

import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.RsaKeyPairs;
import io.fedemu.certs.TrustBundles;
import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.client.gateway.GatewayAdminClient;
import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.gateway.Gateway;
import io.fedemu.protocol.admin.AdminCredential;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.tenant.Tenant;
import io.fedemu.topology.Topology;
import io.fedemu.topology.launcher.EndpointsFile;
import io.fedemu.topology.scenario.Scenario;
import io.fedemu.topology.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A whole federation for a test class: the scenario's gateway and tenants start in-process on random
 * loopback HTTPS ports before the first test, in a fresh state directory, and stop after the last.
 * Register it as a static field, with a scenario shipped with fedemu or a file of your own:
 *
 * <pre>{@code
 * @RegisterExtension
 * static FederationExtension federation = FederationExtension.scenario("hybrid");
 * }</pre>
 *
 * Test methods may also take a {@link Topology}, {@link Journal} or {@link SSLContext} parameter.
 * {@link #faults()} breaks a role or a link for one test; {@link #reset()} starts the scenario afresh.
 * {@link #trustEmulatorCa()} lets any other HTTPS client of the JVM in; {@link #plainHttp()} needs no trust.
 * {@link #allowPartner(String, java.net.URI)} lets an organization call a stand-in partner outside the scenario.
 *
 * <p>Every federation of one JVM shares one emulator CA. The TLS server certificates a scenario's start issues
 * (for its host names only) and its imported calendars are kept from its first federation and copied into the
 * state directory of every later one of the same scenario ({@code IssuedAtStart}); the key pairs of a stopped
 * federation are reused for the certificates of the next. Federation and token-signing certificates, role state
 * and everything the scenario sets are new for each test class, but the next class does not wait for RSA key
 * generation, certificate issuing or calendar import.
 */
public final class FederationExtension
        implements BeforeAllCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {
    private static final java.util.Map<String, Scenario> SHIPPED = new java.util.concurrent.ConcurrentHashMap<>();

    private final Supplier<Scenario> scenario;
    private final java.time.Duration partnerBudget;
    private final boolean tls;
    private Path state;
    private Topology topology;
    private FederationFaults faults;
    private org.apache.cxf.Bus clientBus;

    private FederationExtension(Supplier<Scenario> scenario, java.time.Duration partnerBudget, boolean tls) {
        this.scenario = scenario;
        this.partnerBudget = partnerBudget;
        this.tls = tls;
    }

    /** A scenario file of your own; its calendar files are found relative to it. */
    public static FederationExtension scenario(Path scenario) {
        return new FederationExtension(
                () -> new ScenarioLoader().load(scenario),
                Topology.Options.in(Path.of(".")).partnerBudget(),
                true);
    }

    /**
     * A scenario shipped with fedemu, by name: {@code hybrid}, {@code partner}, {@code teaching-firewall},
     * {@code teaching-stale-metadata}, {@code teaching-wrong-target-address} ({@link
     * ScenarioLoader#shippedNames()}). An unknown name fails at once, listing the shipped ones.
     */
    public static FederationExtension scenario(String name) {
        // Read (and refused) where the field is declared; a Scenario is immutable, so every start shares it, and so
        // does every test class of the JVM that names it (one YAML parse and check per JVM, issue 18).
        Scenario shipped = SHIPPED.computeIfAbsent(name, unread -> new ScenarioLoader().loadShipped(unread));
        return new FederationExtension(
                () -> shipped, Topology.Options.in(Path.of(".")).partnerBudget(), true);
    }

    /**
     * How long a requesting organization waits for its partners (10 s by default): shorter makes a test of
     * a slow link quick.
     */
    public FederationExtension partnerBudget(java.time.Duration value) {
        return new FederationExtension(scenario, value, tls);
    }

    /**
     * Lets organization {@code organization} call a partner outside the scenario at {@code url}, as the scenario
     * field {@code allowedPartners} does: a stub standing in for a real Exchange, say. Without it, a relationship
     * or an Autodiscover answer naming that host is refused with {@code PARTNER_HOST_NOT_ALLOWED}. Only the host and
     * port count. It holds for every start, {@link #reset()} included; since the extension starts the federation
     * before the class's {@code @BeforeAll} methods run, start the stub in a static initializer to know its port:
     *
     * <pre>{@code
     * static WireMockServer partner = started(new WireMockServer(options().dynamicPort()));
     *
     * @RegisterExtension
     * static FederationExtension federation = FederationExtension.scenario("hybrid")
     *         .allowPartner("contoso-onprem", URI.create(partner.baseUrl()));
     * }</pre>
     *
     * An unknown organization or a URL without an http(s) scheme and a host fails the start, naming which.
     */
    public FederationExtension allowPartner(String organization, java.net.URI url) {
        Supplier<Scenario> written = scenario;
        return new FederationExtension(
                () -> written.get().withAllowedPartner(organization, String.valueOf(url)), partnerBudget, tls);
    }

    /**
     * Every role on plain HTTP ({@code fedemu up --http}): for a client that cannot be given a trust store.
     * URLs from {@link #endpoints()} and {@link Tenant#ewsUrl()} are then {@code http://}.
     */
    public FederationExtension plainHttp() {
        return new FederationExtension(scenario, partnerBudget, false);
    }

    /**
     * Makes every HTTPS client of this JVM trust the emulator's CA as well as the system's CAs, for clients
     * you cannot hand an {@link SSLContext} (the EWS Java API, a library's own HTTP client). One call, any
     * time before the client connects, for all test classes: every federation of the JVM is issued by this
     * one CA. It sets the JDK's default {@link SSLContext} and {@link javax.net.ssl.HttpsURLConnection}'s
     * default socket factory, and points the {@code javax.net.ssl.trustStore*} system properties at a PKCS12
     * store holding the system's CAs plus the emulator's, because clients that build their own trust manager
     * ({@code TrustManagerFactory.init((KeyStore) null)}, as Apache HttpClient 4 in the EWS Java API does)
     * read those properties rather than the default context. Later calls do nothing.
     *
     * @return the PKCS12 trust store the properties now name (password {@code fedemu})
     */
    public static Path trustEmulatorCa() {
        return JvmTrust.install(EmulatorAuthority.ofThisJvm().certificate());
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        start();
    }

    /** Faults one test set through {@link #faults()} do not leak into the next. */
    @Override
    public void afterEach(ExtensionContext context) {
        if (faults != null && faults.changed()) {
            faults.restoreScenario();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    /** Back to the scenario as written: stops everything, forgets all state, starts again. */
    public void reset() {
        stop();
        try {
            start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Topology topology() {
        return topology;
    }

    public Gateway gateway() {
        return topology.gateway();
    }

    public Tenant tenant(String name) {
        return topology.tenant(name);
    }

    public Journal journal() {
        return topology.journal();
    }

    /** The emulator's trust bundle (PEM), for clients that take a file. */
    public Path trustBundle() {
        return topology.trustBundle();
    }

    /** What {@code fedemu up} writes to endpoints.json: every URL, the trust bundle, the users and passwords. */
    public Endpoints endpoints() {
        return EndpointsFile.describe(topology);
    }

    /**
     * A ready EWS client for organization {@code tenant}'s /EWS/Exchange.asmx, trusting the emulator's CA;
     * send it a {@link io.fedemu.client.availability.FreeBusyRequest} with Basic credentials.
     */
    public AvailabilityClient ews(String tenant) {
        if (clientBus == null) {
            clientBus = org.apache.cxf.BusFactory.newInstance().createBus();
        }
        return new AvailabilityClient(clientBus, tenant(tenant).ewsUrl(), tls(), java.time.Duration.ofSeconds(30));
    }

    /** Organization {@code tenant}'s admin API: relationships, calendars, federation trust, journal, faults. */
    public TenantAdminClient tenantAdmin(String tenant) {
        return new TenantAdminClient(TenantAdminClient.adminOf(tenant(tenant).url()), tls(), adminCredential());
    }

    /** The gateway's admin API: federation trusts, signing keys, clock, faults. */
    public GatewayAdminClient gatewayAdmin() {
        return new GatewayAdminClient(gateway().url(), tls(), adminCredential());
    }

    /**
     * The admin token every {@code /admin} API asks for ({@code Authorization: Bearer <token>}); the admin clients
     * above send it already. For a test that calls an admin API with its own HTTP client.
     */
    public AdminCredential adminCredential() {
        return topology.adminCredential();
    }

    /** Break a role or a link for the current test; the scenario's faults come back after it. */
    public FederationFaults faults() {
        return faults;
    }

    /** A TLS context that trusts exactly the emulator's CA. */
    public SSLContext tls() {
        return TrustBundles.clientContext(topology.trustBundle());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Topology.class || type == Journal.class || type == SSLContext.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == Journal.class) {
            return journal();
        }
        return type == SSLContext.class ? tls() : topology;
    }

    private void start() throws IOException {
        Scenario written = scenario.get();
        state = Files.createTempDirectory("fedemu-test");
        EmulatorAuthority.adoptInto(state);
        IssuedAtStart.Key issued = new IssuedAtStart.Key(written, tls);
        boolean seeded = IssuedAtStart.seed(issued, state);
        Topology.Options options = Topology.Options.in(state).partnerBudget(partnerBudget);
        topology = Topology.start(written, tls ? options : options.plainHttp());
        faults = new FederationFaults(topology);
        if (!seeded) {
            // Before any test runs: what is kept is what the scenario's start issued, nothing a test did.
            IssuedAtStart.keep(issued, state);
        }
    }

    private void stop() {
        if (clientBus != null) {
            clientBus.shutdown(true);
            clientBus = null;
        }
        if (topology != null) {
            topology.close();
            topology = null;
            faults = null;
        }
        if (state != null) {
            recycleKeyPairs(state);
            try (Stream<Path> files = Files.walk(state)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + state, e);
            }
            state = null;
        }
    }

    /** The next federation of this JVM issues its certificates on these pairs instead of generating new ones. */
    private static void recycleKeyPairs(Path state) {
        try {
            RsaKeyPairs.recycle(
                    IssuedAtStart.recyclable(CertificateStore.in(state).issuedKeyPairs()));
        } catch (RuntimeException unreadable) {
            // Only a head start for the next class: without it, new keys are generated.
        }
    }
}
