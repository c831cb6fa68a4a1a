package io.fedemu.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import io.fedemu.certs.AdjustableClock;
import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.Credential;
import io.fedemu.client.Json;
import io.fedemu.gateway.faults.FaultsResource;
import io.fedemu.gateway.faults.GatewayFaultInjection;
import io.fedemu.gateway.federation.OrganizationRegistry;
import io.fedemu.gateway.http.AdminResource;
import io.fedemu.gateway.http.MetadataResource;
import io.fedemu.gateway.http.RefusalMappers;
import io.fedemu.gateway.http.TokenEndpoint;
import io.fedemu.gateway.metadata.MetadataDocuments;
import io.fedemu.gateway.metadata.SigningKeys;
import io.fedemu.gateway.settings.GatewaySettings;
import io.fedemu.gateway.token.TokenService;
import io.fedemu.protocol.gateway.GatewayPaths;
import io.fedemu.runtime.admin.AdminAccess;
import io.fedemu.runtime.admin.AdminGuard;
import io.fedemu.runtime.faults.FaultRefusalMapper;
import io.fedemu.runtime.problem.ProblemMappers;
import io.fedemu.runtime.transport.BodySizeLimit;
import io.fedemu.runtime.transport.RoleServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The emulated federation gateway, running: registry, signing keys, token service and their HTTPS
 * endpoints. State (registry and keys) lives under {@code <state>/gateway} and {@code <state>/certs}.
 */
public final class Gateway implements AutoCloseable {
    /** Token requests and admin bodies are small; anything larger is hostile or a mistake. */
    static final long MAX_BODY_BYTES = 64 * 1024;

    private final RoleServer server;
    private final GatewaySettings settings;
    private final AdjustableClock clock;
    private final OrganizationRegistry registry;
    private final SigningKeys signingKeys;
    private final CertificateStore certificates;
    private final GatewayFaultInjection faults;

    private Gateway(
            RoleServer server,
            GatewaySettings settings,
            AdjustableClock clock,
            OrganizationRegistry registry,
            SigningKeys signingKeys,
            CertificateStore certificates,
            GatewayFaultInjection faults) {
        this.server = server;
        this.settings = settings;
        this.clock = clock;
        this.registry = registry;
        this.signingKeys = signingKeys;
        this.certificates = certificates;
        this.faults = faults;
    }

    /** How to start one: where state lives, where to listen, and how to adjust the default settings. */
    public record Options(
            Path stateDirectory,
            String host,
            int port,
            URI externalUrl,
            boolean tls,
            Clock baseClock,
            UnaryOperator<GatewaySettings> customize,
            AdminAccess adminAccess,
            InetSocketAddress dns,
            List<Object> adminResources) {

        public Options {
            adminResources = adminResources == null ? List.of() : List.copyOf(adminResources);
        }

        public Options(
                Path stateDirectory,
                String host,
                int port,
                URI externalUrl,
                boolean tls,
                Clock baseClock,
                UnaryOperator<GatewaySettings> customize,
                AdminAccess adminAccess) {
            this(stateDirectory, host, port, externalUrl, tls, baseClock, customize, adminAccess, null, List.of());
        }

        public static Options in(Path stateDirectory) {
            return new Options(
                    stateDirectory, "127.0.0.1", 0, null, true, Clock.systemUTC(), UnaryOperator.identity(), null);
        }

        /**
         * The DNS server the gateway asks for a domain's TXT records before it accepts the domain as federated
         * (docs/PROTOCOL.md section 22). Unset (a gateway started alone from Java), the proof in the request is
         * checked instead: the signature by the organization's key, which proves nothing about the domain.
         */
        public Options dns(InetSocketAddress value) {
            return new Options(
                    stateDirectory,
                    host,
                    port,
                    externalUrl,
                    tls,
                    baseClock,
                    customize,
                    adminAccess,
                    value,
                    adminResources);
        }

        /**
         * More JAX-RS resources for the gateway's admin API, behind its AdminGuard like the rest (the emulated DNS's
         * {@code /admin/dns/records}): the gateway serves them without knowing what they are.
         */
        public Options adminResources(List<Object> value) {
            return new Options(
                    stateDirectory, host, port, externalUrl, tls, baseClock, customize, adminAccess, dns, value);
        }

        public Options port(int value) {
            return new Options(
                    stateDirectory,
                    host,
                    value,
                    externalUrl,
                    tls,
                    baseClock,
                    customize,
                    adminAccess,
                    dns,
                    adminResources);
        }

        public Options externalUrl(URI value) {
            return new Options(
                    stateDirectory, host, port, value, tls, baseClock, customize, adminAccess, dns, adminResources);
        }

        public Options plainHttp() {
            return new Options(
                    stateDirectory,
                    host,
                    port,
                    externalUrl,
                    false,
                    baseClock,
                    customize,
                    adminAccess,
                    dns,
                    adminResources);
        }

        public Options settings(UnaryOperator<GatewaySettings> value) {
            return new Options(
                    stateDirectory, host, port, externalUrl, tls, baseClock, value, adminAccess, dns, adminResources);
        }

        /** Who may use {@code /admin}; unset, the state directory's admin token. */
        public Options adminAccess(AdminAccess value) {
            return new Options(
                    stateDirectory, host, port, externalUrl, tls, baseClock, customize, value, dns, adminResources);
        }

        AdminAccess access() {
            return adminAccess != null ? adminAccess : AdminAccess.of(stateDirectory);
        }
    }

    public static Gateway start(Options options) {
        AdjustableClock clock = new AdjustableClock(options.baseClock());
        int port = options.port() == 0 ? RoleServer.freePort(options.host()) : options.port();
        URI external = options.externalUrl() != null
                ? options.externalUrl()
                : URI.create((options.tls() ? "https" : "http") + "://localhost:" + port);
        GatewaySettings settings = options.customize().apply(GatewaySettings.defaults(external));

        CertificateStore certificates = CertificateStore.in(options.stateDirectory());
        CertificateAuthority authority = certificates.initAuthority(clock);
        Credential tls = options.tls()
                ? certificates.tlsServer("gateway", List.of(external.getHost(), "localhost"), authority)
                : null;
        ObjectMapper json = Json.strict();
        OrganizationRegistry registry = new OrganizationRegistry(
                options.stateDirectory().resolve("gateway").resolve("registry.json"),
                json,
                clock,
                settings.certificateOverlap(),
                options.dns() == null ? null : new io.fedemu.client.dns.DnsLookup(options.dns())::txt);
        SigningKeys signingKeys = new SigningKeys(certificates, authority, settings.issuer());
        MetadataDocuments documents = new MetadataDocuments(settings, signingKeys);

        RoleServer server = RoleServer.on(options.host(), port, tls);
        GatewayFaultInjection faults =
                new GatewayFaultInjection(server.faults(), clock, () -> authority.issueTokenSigning(settings.issuer()));
        TokenService tokens = new TokenService(registry, signingKeys, settings, clock, faults);
        List<Object> resources = new java.util.ArrayList<>(List.of(
                new TokenEndpoint(tokens, clock), new MetadataResource(documents),
                new AdminResource(registry, signingKeys, documents, clock), new FaultsResource(faults)));
        resources.addAll(options.adminResources());
        server.publishRest(
                "/",
                resources,
                List.of(
                        new JacksonJsonProvider(json),
                        new AdminGuard(options.access(), GatewayPaths.ADMIN, List.of(external, server.address())),
                        new BodySizeLimit(MAX_BODY_BYTES),
                        new RefusalMappers.TokenRefusals(),
                        new RefusalMappers.RegistryRefusals(),
                        new ProblemMappers.JsonRefusals(),
                        new ProblemMappers.WebRefusals(),
                        new FaultRefusalMapper()));
        return new Gateway(server, settings, clock, registry, signingKeys, certificates, faults);
    }

    /** Where clients reach it: the issuer and the base of every published URL. */
    public URI url() {
        return settings.externalUrl();
    }

    /** Where it actually listens (differs from {@link #url()} behind a proxy or a chosen host name). */
    public URI listenAddress() {
        return server.address();
    }

    public GatewaySettings settings() {
        return settings;
    }

    public AdjustableClock clock() {
        return clock;
    }

    public OrganizationRegistry registry() {
        return registry;
    }

    public SigningKeys signingKeys() {
        return signingKeys;
    }

    /** What is broken on purpose here: the same as {@code /admin/faults}. */
    public GatewayFaultInjection faults() {
        return faults;
    }

    public Path trustBundle() {
        return certificates.trustBundle();
    }

    @Override
    public void close() {
        server.close();
    }
}
