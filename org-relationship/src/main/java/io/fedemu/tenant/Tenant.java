package io.fedemu.tenant;

import io.fedemu.certs.AdjustableClock;
import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.Credential;
import io.fedemu.certs.TrustBundles;
import io.fedemu.client.gateway.GatewayAdminClient;
import io.fedemu.client.gateway.GatewayClient;
import io.fedemu.client.http.JsonHttp;
import io.fedemu.client.http.LinkRouter;
import io.fedemu.protocol.federation.FederationInformation;
import io.fedemu.protocol.federation.TokenIssuer;
import io.fedemu.runtime.admin.AdminAccess;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.runtime.transport.RoleServer;
import io.fedemu.tenant.addressspace.AvailabilityAddressSpaces;
import io.fedemu.tenant.admin.TenantAdminApi;
import io.fedemu.tenant.autodiscover.AutodiscoverEndpoint;
import io.fedemu.tenant.availability.FreeBusyEngine;
import io.fedemu.tenant.calendar.CalendarStore;
import io.fedemu.tenant.crosspremises.PartnerHosts;
import io.fedemu.tenant.ews.AccessVerdict;
import io.fedemu.tenant.ews.CrossPremisesAvailability;
import io.fedemu.tenant.ews.ExternalAccessPolicy;
import io.fedemu.tenant.ews.InProcessMailboxes;
import io.fedemu.tenant.ews.ServerVersions;
import io.fedemu.tenant.faults.FaultsResource;
import io.fedemu.tenant.faults.LinkFaultProxies;
import io.fedemu.tenant.faults.LinkTargets;
import io.fedemu.tenant.faults.ServerSwitches;
import io.fedemu.tenant.faults.TenantFaultInjection;
import io.fedemu.tenant.federation.DelegationTokenCache;
import io.fedemu.tenant.federation.DelegationTokenValidator;
import io.fedemu.tenant.federation.GatewayMetadataCache;
import io.fedemu.tenant.federation.TenantFederationTrust;
import io.fedemu.tenant.mailtips.AutomaticRepliesService;
import io.fedemu.tenant.mailtips.ClientAccessMailboxOperations;
import io.fedemu.tenant.mailtips.LocalMailTips;
import io.fedemu.tenant.mailtips.MailTipsService;
import io.fedemu.tenant.mailtips.OofSettings;
import io.fedemu.tenant.mailtips.OofSettingsStore;
import io.fedemu.tenant.relationship.AccessDecision;
import io.fedemu.tenant.relationship.RelationshipStore;
import io.fedemu.tenant.relationship.admin.RelationshipAdminApi;
import io.fedemu.tenant.servers.OrganizationServers;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * One Exchange organization, running: its directory and calendars behind Exchange's paths on its own
 * HTTPS port, and, when it federates, its trust with the gateway. State lives under
 * {@code <state>/tenants/<name>/} and its federation certificates under {@code <state>/certs/federation/<name>/}.
 */
public final class Tenant implements AutoCloseable {
    /** Partner calls one organization runs at once, and how many more may wait for a thread. */
    public static final int PARTNER_CALL_THREADS = 16;

    public static final int PARTNER_CALL_QUEUE = 64;

    public static final String EWS_PATH = "/EWS/Exchange.asmx";
    public static final String WSSECURITY_PATH = EWS_PATH + "/WSSecurity";
    /** More than 5 minutes of clock skew breaks real deployments (PROTOCOL.md section 3). */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(5);
    /** The TLS credential a link fault's proxy serves with is {@code <prefix><tenant>}. */
    static final String LINK_PROXY_PREFIX = "link-proxy-";

    /**
     * Hostile-XML limits for the SOAP endpoints. CXF's parser already refuses DTDs and external
     * entities; these bound what a well-formed document may make it hold.
     */
    static final Map<String, Object> XML_LIMITS = AutodiscoverEndpoint.XML_LIMITS;

    private final TenantDefinition definition;
    private final RoleServer server;
    private final URI namespace;
    private final ServerFarm farm;
    private final AdjustableClock clock;
    private final CalendarStore calendars;
    private final Journal journal;
    /** The federated half, now or once New-FederationTrust makes it (issue 17). */
    private final FederationSwitch federated;
    /** New-FederationTrust: registers a new trust at the gateway; null without a gateway. */
    private final java.util.function.Supplier<Federation> newTrust;
    /** The organization's building blocks for the Hybrid Configuration Wizard (issue 17). */
    private final io.fedemu.tenant.organization.OrganizationSettings settings;

    private final RelationshipStore relationships;
    private final PartnerHosts partnerHosts;
    private final TenantFaultInjection faults;
    private final AvailabilityAddressSpaces addressSpaces;
    private final OofSettingsStore automaticReplies;
    private final io.fedemu.tenant.transport.admin.MailConnectorsResource mail;
    /** Its transport events (issue 15, PROTOCOL.md section 19), set once the tenant is built. */
    private io.fedemu.tenant.transport.tracking.MessageTrackingLog messageTracking;
    /** The DNS it resolves through (issue 17), set once the tenant is built; null without one. */
    private InetSocketAddress dns;

    /** The federated half, present when the tenant was started with a gateway. */
    public record Federation(
            TenantFederationTrust trust,
            GatewayMetadataCache metadata,
            DelegationTokenCache tokens,
            DelegationTokenValidator validator,
            GatewayClient gateway) {}

    private Tenant(
            TenantDefinition definition,
            RoleServer server,
            URI namespace,
            ServerFarm farm,
            AdjustableClock clock,
            CalendarStore calendars,
            Journal journal,
            FederationSwitch federated,
            java.util.function.Supplier<Federation> newTrust,
            io.fedemu.tenant.organization.OrganizationSettings settings,
            RelationshipStore relationships,
            TenantFaultInjection faults,
            PartnerHosts partnerHosts,
            AvailabilityAddressSpaces addressSpaces,
            OofSettingsStore automaticReplies,
            io.fedemu.tenant.transport.admin.MailConnectorsResource mail) {
        this.mail = mail;
        this.automaticReplies = automaticReplies;
        this.partnerHosts = partnerHosts;
        this.addressSpaces = addressSpaces;
        this.definition = definition;
        this.server = server;
        this.namespace = namespace;
        this.farm = farm;
        this.clock = clock;
        this.calendars = calendars;
        this.journal = journal;
        this.federated = federated;
        this.newTrust = newTrust;
        this.settings = settings;
        this.relationships = relationships;
        this.faults = faults;
    }

    /**
     * Where state lives and where to listen; {@code port} 0 picks a free port. With a {@code gatewayUrl}
     * the tenant federates: it registers and proves its domains there at start.
     */
    public record Options(
            Path stateDirectory,
            String host,
            int port,
            boolean tls,
            Clock baseClock,
            URI gatewayUrl,
            Journal journal,
            Duration clockSkew,
            Duration partnerBudget,
            boolean refreshMetadataOnUnknownKey,
            LinkTargets linkTargets,
            AdminAccess adminAccess,
            InetSocketAddress dns,
            boolean federatedAtStart) {
        public static Options in(Path stateDirectory) {
            return new Options(
                    stateDirectory,
                    "127.0.0.1",
                    0,
                    true,
                    Clock.systemUTC(),
                    null,
                    null,
                    DEFAULT_CLOCK_SKEW,
                    Duration.ofSeconds(10),
                    true,
                    LinkTargets.NONE,
                    null,
                    null,
                    true);
        }

        /** How long the requesting side waits for all partners of one request together. */
        public Options partnerBudget(Duration value) {
            return with(o -> o.partnerBudget = value);
        }

        public Options port(int value) {
            return with(o -> o.port = value);
        }

        public Options plainHttp() {
            return with(o -> o.tls = false);
        }

        public Options gateway(URI url) {
            return with(o -> o.gatewayUrl = url);
        }

        public Options journal(Journal value) {
            return with(o -> o.journal = value);
        }

        /** Off: keep a stale metadata copy after a gateway key rotation (the teaching break). */
        public Options refreshMetadataOnUnknownKey(boolean value) {
            return with(o -> o.refreshMetadataOnUnknownKey = value);
        }

        /** The names a link fault may use for its target: {@code gateway} and the other organizations. */
        public Options linkTargets(LinkTargets value) {
            return with(o -> o.linkTargets = value);
        }

        public Options clock(Clock value) {
            return with(o -> o.baseClock = value);
        }

        /**
         * False: with a gateway, the organization starts with no federation trust (a scenario's {@code federated:
         * false}) unless New-FederationTrust made one on an earlier run; it may make one while it runs (issue 17).
         */
        public Options federatedAtStart(boolean value) {
            return with(o -> o.federatedAtStart = value);
        }

        /** Who may use {@code /admin}; unset, the state directory's admin token. */
        public Options adminAccess(AdminAccess value) {
            return with(o -> o.adminAccess = value);
        }

        /**
         * The DNS server the organization asks (docs/PROTOCOL.md section 22): Get-FederationInformation and Autodiscover
         * discovery by domain name. Unset, it knows no DNS.
         */
        public Options dns(InetSocketAddress value) {
            return with(o -> o.dns = value);
        }

        /** A copy with {@code change} applied: one place that lists every field, for all the withers above. */
        private Options with(java.util.function.Consumer<Editable> change) {
            Editable o = new Editable(this);
            change.accept(o);
            return new Options(
                    o.stateDirectory,
                    o.host,
                    o.port,
                    o.tls,
                    o.baseClock,
                    o.gatewayUrl,
                    o.journal,
                    o.clockSkew,
                    o.partnerBudget,
                    o.refreshMetadataOnUnknownKey,
                    o.linkTargets,
                    o.adminAccess,
                    o.dns,
                    o.federatedAtStart);
        }

        /** The fields of an {@link Options} while a wither changes one of them. */
        private static final class Editable {
            Path stateDirectory;
            String host;
            int port;
            boolean tls;
            Clock baseClock;
            URI gatewayUrl;
            Journal journal;
            Duration clockSkew;
            Duration partnerBudget;
            boolean refreshMetadataOnUnknownKey;
            LinkTargets linkTargets;
            AdminAccess adminAccess;
            InetSocketAddress dns;
            boolean federatedAtStart;

            Editable(Options from) {
                stateDirectory = from.stateDirectory;
                host = from.host;
                port = from.port;
                tls = from.tls;
                baseClock = from.baseClock;
                gatewayUrl = from.gatewayUrl;
                journal = from.journal;
                clockSkew = from.clockSkew;
                partnerBudget = from.partnerBudget;
                refreshMetadataOnUnknownKey = from.refreshMetadataOnUnknownKey;
                linkTargets = from.linkTargets;
                adminAccess = from.adminAccess;
                dns = from.dns;
                federatedAtStart = from.federatedAtStart;
            }
        }

        AdminAccess access() {
            return adminAccess != null ? adminAccess : AdminAccess.of(stateDirectory);
        }
    }

    public static Tenant start(TenantDefinition definition, Options options) {
        AdjustableClock clock = new AdjustableClock(options.baseClock());
        AdminAccess access = options.access();
        Journal journal = options.journal() != null ? options.journal() : new Journal(clock);
        Path home = options.stateDirectory().resolve("tenants").resolve(definition.name());
        CalendarStore calendars = new CalendarStore(home.resolve("calendars"), definition.initialCalendars());
        CertificateStore certificates = CertificateStore.in(options.stateDirectory());
        CertificateAuthority authority = certificates.initAuthority(clock);
        Credential tls = null;
        if (options.tls()) {
            List<String> names = new ArrayList<>(definition.hostNames());
            names.add("localhost");
            tls = certificates.tlsServer("tenant-" + definition.name(), names, authority);
        }
        RelationshipStore relationships = new RelationshipStore(home, definition.initialRelationships());
        // Outbound calls ask this on every request, so a link fault set at run time bends the next call.
        LinkFaultProxies links = new LinkFaultProxies(definition.name(), options.linkTargets(), () -> {
            certificates.tlsServer(LINK_PROXY_PREFIX + definition.name(), List.of("localhost"), authority);
            return certificates.tlsKeyStore(LINK_PROXY_PREFIX + definition.name());
        });
        // issue 17: an organization federates at start when the scenario says so or when New-FederationTrust made
        // it a trust on an earlier run (kept in the state directory); otherwise it may make one while it runs.
        java.util.Optional<List<String>> keptDomains = io.fedemu.tenant.organization.FederationTrustFile.read(home);
        Federation federation = options.gatewayUrl() == null || !(options.federatedAtStart() || keptDomains.isPresent())
                ? null
                : federate(
                        definition,
                        options,
                        certificates,
                        clock,
                        links,
                        access,
                        keptDomains.orElse(definition.domains()),
                        home);
        ExternalAccessPolicy externalAccess = (token, mailbox) -> {
            AccessDecision decision = AccessDecision.decide(
                    relationships.forDomain(token.requesterDomain()), mailbox, definition.directory());
            return decision.granted()
                    ? AccessVerdict.granted(
                            decision.level(),
                            AccessVerdict.GRANTED + " Access " + decision.level() + " for " + token.email() + ".")
                    : decision.refusal()
                            .map(reason ->
                                    AccessVerdict.refused(reason, reason.sentence() + " (" + reason.name() + ")"))
                            .orElseThrow();
        };
        PartnerHosts partnerHosts = PartnerHosts.of(options.linkTargets());
        // Partners outside the scenario its file trusts (allowedPartners), beside the scenario's own roles.
        definition.allowedPartners().forEach(partnerHosts::allow);
        // MailTips and automatic replies (PROTOCOL.md section 15): the scenario's until something sets them.
        OofSettingsStore automaticReplies = new OofSettingsStore(home, initialAutomaticReplies(definition));
        LocalMailTips localMailTips =
                new LocalMailTips(definition.directory(), automaticReplies, definition::mailTipsOf, clock);
        FederationSwitch federated = new FederationSwitch(
                definition,
                journal,
                relationships,
                partnerHosts,
                localMailTips,
                links,
                certificates,
                options.partnerBudget());
        if (federation != null) {
            federated.switchOn(federation);
        }
        CrossPremisesAvailability crossPremises = federated.crossPremises();
        MailTipsService.RemoteMailTips remoteMailTips = federated.remoteMailTips();
        io.fedemu.tenant.transport.tracking.MessageTrackingLog messageTracking =
                new io.fedemu.tenant.transport.tracking.MessageTrackingLog(
                        definition.name(),
                        home,
                        clock,
                        journal,
                        io.fedemu.tenant.transport.tracking.MessageTrackingLog.DEFAULT_CAPACITY);
        io.fedemu.tenant.transport.tracking.PartnerDeliveryReports partnerReports = federated.partnerReports();
        ClientAccessMailboxOperations mailboxOperations = new ClientAccessMailboxOperations(
                new MailTipsService(
                        definition.name(),
                        definition.directory(),
                        relationships,
                        localMailTips,
                        remoteMailTips,
                        journal),
                new AutomaticRepliesService(definition.directory(), automaticReplies));
        FreeBusyEngine engine = new FreeBusyEngine();
        OrganizationServers servers = definition.servers();
        if (!servers.implicit()) {
            // An entry the scenario no longer allows (its database or copy is gone) leaves that database where the
            // scenario prefers it.
            ActiveDatabaseCopies.keep(servers, home, io.fedemu.client.Json.strict());
        }
        String scheme = tls == null ? "http" : "https";
        // The namespace: what clients, partners and Autodiscover answers name. One server with both roles serves
        // it itself; several sit behind a load balancer listening there.
        int namespacePort = options.port() == 0 ? RoleServer.freePort(options.host()) : options.port();
        URI namespace = URI.create(scheme + "://" + options.host() + ":" + namespacePort);
        URI ewsUrl = URI.create(namespace + EWS_PATH);
        // The servers start after Autodiscover is built; a 2007 server's own EWS URL is asked once they listen.
        java.util.concurrent.atomic.AtomicReference<ServerFarm> runningFarm =
                new java.util.concurrent.atomic.AtomicReference<>();
        AutodiscoverEndpoint autodiscover = new AutodiscoverEndpoint(
                () -> federated.federation() == null ? null : federationInformation(definition, federated.federation()),
                new AutodiscoverEwsSettings(
                        definition,
                        ewsUrl,
                        () -> federated.federation() != null,
                        server -> java.util.Optional.ofNullable(runningFarm.get())
                                .flatMap(farmOf -> farmOf.legacyEwsUrl(server))),
                definition.serverVersion());
        AvailabilityAddressSpaces addressSpaces = new AvailabilityAddressSpaces(
                home,
                definition.initialAddressSpaces(),
                definition.kind() == io.fedemu.protocol.gateway.OrganizationKind.ON_PREMISES,
                definition.domains(),
                servers.servers());
        // One JAX-RS server for /admin: mailboxes and calendars, servers and databases, and organization
        // relationships. Get-ExchangeServer asks the running tenant where each server listens (serverUrls).
        java.util.concurrent.atomic.AtomicReference<Tenant> running =
                new java.util.concurrent.atomic.AtomicReference<>();
        List<Object> adminResources = new ArrayList<>(TenantAdminApi.resources(
                definition.directory(),
                calendars,
                definition.servers(),
                () -> running.get() == null ? List.of() : running.get().serverUrls()));
        adminResources.addAll(RelationshipAdminApi.resources(relationships));
        // Accepted domains, address policies and EWS virtual directories: what the wizard checks and sets (issue 17).
        io.fedemu.tenant.organization.OrganizationSettings settings =
                new io.fedemu.tenant.organization.OrganizationSettings(
                        home,
                        definition.name(),
                        definition.kind() == io.fedemu.protocol.gateway.OrganizationKind.ON_PREMISES,
                        definition.domains(),
                        servers.servers(),
                        () -> federated.federation() == null
                                ? List.of()
                                : federated.federation().trust().domains());
        adminResources.addAll(io.fedemu.tenant.organization.OrganizationSettingsResource.resources(settings));
        adminResources.add(new io.fedemu.tenant.admin.JournalResource(journal));
        adminResources.add(new io.fedemu.tenant.admin.AvailabilityAddressSpaceResource(addressSpaces));
        adminResources.add(
                new io.fedemu.tenant.admin.AutomaticRepliesResource(definition.directory(), automaticReplies));
        // Hybrid mail (issue 15): the transport starts after the tenants and attaches its cmdlets here.
        io.fedemu.tenant.transport.admin.MailConnectorsResource mail =
                new io.fedemu.tenant.transport.admin.MailConnectorsResource(definition.name());
        adminResources.add(mail);
        adminResources.add(new io.fedemu.tenant.admin.MessageTrackingLogResource(messageTracking));
        // Get-/New-FederationTrust and the federated domains, with or without a trust yet (issue 17).
        adminResources.add(
                new io.fedemu.tenant.admin.FederationTrustResource(new FederationTrustCmdlets(running::get)));
        if (definition.kind() == io.fedemu.protocol.gateway.OrganizationKind.ON_PREMISES && tls != null) {
            // The Hybrid Configuration Wizard runs on the on-premises server (issue 17, PROTOCOL.md section 24).
            adminResources.add(io.fedemu.tenant.hybrid.HybridWizard.resource(
                    definition.name(),
                    home,
                    namespace,
                    ewsUrl.toString(),
                    name -> options.linkTargets().named().entrySet().stream()
                            .filter(e -> e.getKey().equalsIgnoreCase(name))
                            .map(java.util.Map.Entry::getValue)
                            .findFirst(),
                    TrustBundles.clientContext(certificates.trustBundle()),
                    access.credential(),
                    journal,
                    definition.hostNames().isEmpty()
                            ? "mail." + definition.domains().get(0)
                            : definition.hostNames().get(0),
                    options.dns()));
        }
        FrontEnd frontEnd = new FrontEnd(
                definition,
                federated::federation,
                journal,
                autodiscover,
                adminResources,
                access,
                externalAccess,
                crossPremises,
                calendars,
                mailboxOperations,
                new io.fedemu.tenant.transport.tracking.DeliveryReports(
                        definition.name(),
                        definition.directory(),
                        messageTracking,
                        io.fedemu.tenant.transport.tracking.MessageTrackingReportIds.of(definition.name(), home),
                        relationships,
                        partnerReports,
                        access::accepts,
                        journal,
                        // A mailbox whose database is mounted on an Exchange 2007 server: tracking stops there.
                        address -> {
                            if (servers.implicit()
                                    || !(definition.directory().lookup(address)
                                            instanceof io.fedemu.tenant.directory.Mailbox mailbox)) {
                                return java.util.Optional.empty();
                            }
                            var server = servers.mailboxServer(mailbox.address());
                            return server.build().major() < 14
                                    ? java.util.Optional.of(server.name())
                                    : java.util.Optional.empty();
                        }));
        // Outlook Web App's single URL (issue 16, PROTOCOL.md section 21).
        io.fedemu.tenant.owa.OutlookWebApp.Organization owa = new io.fedemu.tenant.owa.OutlookWebApp.Organization(
                definition.name(), definition.directory(), calendars, relationships, servers, clock, tls != null);
        frontEnd.serveOutlookWebApp(
                io.fedemu.tenant.owa.OutlookWebApp.organization(
                        owa,
                        server -> java.util.Optional.ofNullable(runningFarm.get())
                                .flatMap(farmOf -> farmOf.legacyEwsUrl(server))
                                .map(ews -> ews.resolve(io.fedemu.tenant.owa.OutlookWebApp.PATH)),
                        ewsUrl,
                        tls == null ? null : TrustBundles.clientContext(certificates.trustBundle())),
                owa);
        // Listeners first, endpoints after: the faults resource (part of /admin) needs the role's fault switch.
        RoleServer server;
        ServerFarm farm = null;
        if (servers.implicit()) {
            server = RoleServer.on(options.host(), namespacePort, tls);
        } else {
            farm = ServerFarm.create(
                    definition,
                    options.host(),
                    namespacePort,
                    tls,
                    TrustBundles.clientContext(certificates.trustBundle()),
                    journal);
            runningFarm.set(farm);
            server = farm.firstFrontEnd();
        }
        TenantFaultInjection faults = new TenantFaultInjection(
                server.faults(), clock, links, farm == null ? ServerSwitches.none(definition.name()) : farm);
        adminResources.add(new FaultsResource(faults));
        if (farm == null) {
            frontEnd.publish(
                    server,
                    frontEnd.ews(
                            new InProcessMailboxes(calendars, engine),
                            () -> ServerVersions.of(definition.serverVersion())),
                    List.of(namespace));
        } else {
            farm.publish(frontEnd, calendars, engine, namespace, addressSpaces);
        }
        Tenant tenant = new Tenant(
                definition,
                server,
                namespace,
                farm,
                clock,
                calendars,
                journal,
                federated,
                options.gatewayUrl() == null
                        ? null
                        : () -> federate(definition, options, certificates, clock, links, access, List.of(), home),
                settings,
                relationships,
                faults,
                partnerHosts,
                addressSpaces,
                automaticReplies,
                mail);
        tenant.messageTracking = messageTracking;
        tenant.dns = options.dns();
        running.set(tenant);
        return tenant;
    }

    /** Each mailbox's automatic replies as the scenario wrote them. */
    private static Map<String, OofSettings> initialAutomaticReplies(TenantDefinition definition) {
        Map<String, OofSettings> initial = new java.util.LinkedHashMap<>();
        definition.mailTips().forEach((address, tips) -> {
            if (tips.automaticReplies() != null) {
                initial.put(address, tips.automaticReplies());
            }
        });
        return initial;
    }

    /** What GetFederationInformation answers: what a partner's New-OrganizationRelationship needs. */
    private static FederationInformation federationInformation(TenantDefinition definition, Federation federation) {
        var metadata = federation.metadata().current().metadata();
        return new FederationInformation(
                definition.applicationUri(),
                federation.trust().domains(),
                List.of(new TokenIssuer(metadata.issuer(), URI.create(metadata.tokenEndpoint()))));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static Federation federate(
            TenantDefinition definition,
            Options options,
            CertificateStore certificates,
            AdjustableClock clock,
            LinkRouter links,
            AdminAccess access,
            List<String> domains,
            Path home) {
        SSLContext trust = TrustBundles.clientContext(certificates.trustBundle());
        JsonHttp http = new JsonHttp(trust, java.time.Duration.ofSeconds(10), links);
        GatewayClient gateway = new GatewayClient(options.gatewayUrl(), http);
        // Admin calls go straight to the gateway (link faults bend only federation traffic), on the same
        // client: registration, the metadata fetch and later token requests share one kept-alive connection
        // instead of a TLS handshake each (the gateway's RSA signature; start-up time, issue 7).
        TenantFederationTrust federationTrust = new TenantFederationTrust(
                definition.name(),
                definition.kind(),
                definition.applicationUri(),
                domains,
                certificates,
                clock,
                new GatewayAdminClient(options.gatewayUrl(), http.direct(), access.credential()),
                // Add- and Remove-FederatedDomain keep the domains, and the fact of the trust, for the next start.
                kept -> io.fedemu.tenant.organization.FederationTrustFile.write(home, kept));
        federationTrust.establish();
        GatewayMetadataCache metadata = new GatewayMetadataCache(gateway, clock);
        metadata.refresh();
        DelegationTokenValidator validator = new DelegationTokenValidator(
                definition.applicationUri(),
                federationTrust::slots,
                metadata,
                clock,
                options.clockSkew(),
                options.refreshMetadataOnUnknownKey());
        DelegationTokenCache tokens = new DelegationTokenCache(gateway, federationTrust::assertions, clock);
        return new Federation(federationTrust, metadata, tokens, validator, gateway);
    }

    public String name() {
        return definition.name();
    }

    public TenantDefinition definition() {
        return definition;
    }

    /** Base URL, e.g. https://127.0.0.1:PORT. */
    /** The organization's namespace: the URL its clients and partners use (the load balancer, with servers). */
    public URI url() {
        return namespace;
    }

    /** The organization's servers, databases and active copies. */
    public io.fedemu.tenant.servers.OrganizationServers servers() {
        return definition.servers();
    }

    /** Where each server listens, in the order the scenario lists them. */
    public List<io.fedemu.tenant.servers.ServerUrls> serverUrls() {
        if (farm == null) {
            return definition.servers().servers().stream()
                    .map(s -> new io.fedemu.tenant.servers.ServerUrls(s.name(), url(), url()))
                    .toList();
        }
        return farm.urls();
    }

    public URI ewsUrl() {
        return URI.create(namespace + EWS_PATH);
    }

    /** The servers running this organization, with servers written in its scenario; empty for one server. */
    public java.util.Optional<ServerFarm> farm() {
        return java.util.Optional.ofNullable(farm);
    }

    public AdjustableClock clock() {
        return clock;
    }

    public CalendarStore calendars() {
        return calendars;
    }

    public Journal journal() {
        return journal;
    }

    /** The federated half; empty when started without a gateway. */
    public java.util.Optional<Federation> federation() {
        return java.util.Optional.ofNullable(federated.federation());
    }

    /**
     * New-FederationTrust (issue 17): a self-signed federation certificate, registered at the gateway with no
     * domain yet; from now on (and after a restart) the organization federates.
     *
     * @throws io.fedemu.tenant.admin.AdminRefusedException {@link io.fedemu.protocol.reason.Reason#FEDERATION_TRUST_EXISTS}
     *     when it has one
     */
    public synchronized Federation newFederationTrust() {
        if (federated.federation() != null) {
            throw new io.fedemu.tenant.admin.AdminRefusedException(
                    io.fedemu.protocol.reason.Reason.FEDERATION_TRUST_EXISTS,
                    "Federation trust 'Microsoft Federation Gateway' already exists for organization " + name()
                            + "; get-federation-trust shows it.");
        }
        if (newTrust == null) {
            throw new io.fedemu.tenant.admin.AdminRefusedException(
                    io.fedemu.protocol.reason.Reason.REQUEST_INVALID,
                    name() + " was started without a gateway (tenant --gateway URL), so it cannot federate");
        }
        Federation created;
        try {
            created = newTrust.get();
        } catch (io.fedemu.client.http.ProblemException e) {
            // The gateway refused the registration (an application URI another organization has): its words.
            io.fedemu.protocol.reason.Reason reason =
                    io.fedemu.protocol.reason.Reason.byName(e.problem().reason());
            throw new io.fedemu.tenant.admin.AdminRefusedException(
                    reason == null ? io.fedemu.protocol.reason.Reason.REQUEST_INVALID : reason,
                    e.problem().detail());
        }
        io.fedemu.tenant.organization.FederationTrustFile.write(
                home(), created.trust().domains());
        federated.switchOn(created);
        return created;
    }

    /**
     * Add-FederatedDomain (the first one also Set-FederatedOrganizationIdentifier -AccountNamespace): the domain must
     * be an accepted domain; the gateway checks its proof of ownership and its refusal comes back with its reason.
     */
    public synchronized Federation addFederatedDomain(String domain) {
        federatedDomains().add(domain);
        return federated.federation();
    }

    /** Remove-FederatedDomain: the gateway forgets the claim, then the trust here. */
    public synchronized Federation removeFederatedDomain(String domain) {
        federatedDomains().remove(domain);
        return federated.federation();
    }

    private io.fedemu.tenant.organization.FederatedDomains federatedDomains() {
        return new io.fedemu.tenant.organization.FederatedDomains(
                name(), federation().map(Federation::trust), settings.acceptedDomains());
    }

    /** Get-/New-/Remove-AcceptedDomain, Get-/Set-EmailAddressPolicy, Get-/Set-WebServicesVirtualDirectory (issue 17). */
    public io.fedemu.tenant.organization.OrganizationSettings organizationSettings() {
        return settings;
    }

    /** The connector cmdlets of its side of a hybrid pair, once the mail transport attached them (issue 17). */
    public java.util.Optional<io.fedemu.tenant.transport.MailAdministration> mailAdministration() {
        return mail.administration();
    }

    private Path home() {
        return settings.home();
    }

    /**
     * The hosts this organization calls for free/busy: the scenario's roles and the partners its {@code
     * allowedPartners} lists; a test may add its own.
     */
    public PartnerHosts partnerHosts() {
        return partnerHosts;
    }

    public RelationshipStore relationships() {
        return relationships;
    }

    /** Where its Exchange 2007 servers send their users' requests for other domains: Get-AvailabilityAddressSpace. */
    public AvailabilityAddressSpaces availabilityAddressSpaces() {
        return addressSpaces;
    }

    /** Every mailbox's automatic replies: what GetUserOofSettings and the MailTips read. */
    public OofSettingsStore automaticReplies() {
        return automaticReplies;
    }

    /** Hybrid mail: {@code /admin/mail} serves these connector cmdlets from now on (issue 15). */
    public void attachMail(io.fedemu.tenant.transport.MailAdministration administration) {
        mail.attach(administration);
    }

    /**
     * The resolver it asks for a partner's Autodiscover and other public names (docs/PROTOCOL.md section 22); empty
     * when started without a DNS server.
     */
    public java.util.Optional<io.fedemu.client.dns.DnsLookup> dns() {
        return java.util.Optional.ofNullable(dns).map(io.fedemu.client.dns.DnsLookup::new);
    }

    /** Its message tracking log: what its transport writes and delivery reports read (PROTOCOL.md section 19). */
    public io.fedemu.tenant.transport.tracking.MessageTrackingLog messageTracking() {
        return messageTracking;
    }

    /** What is broken on purpose here: the same as {@code /admin/faults}. */
    public TenantFaultInjection faults() {
        return faults;
    }

    @Override
    public void close() {
        faults.close();
        if (farm != null) {
            farm.close();
        } else {
            server.close();
        }
        federated.close();
    }
}
