package io.fedemu.tenant;

import io.fedemu.client.Json;
import io.fedemu.protocol.ews.types.ServerVersionInfo;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.runtime.admin.AdminAccess;
import io.fedemu.runtime.admin.AdminGuard;
import io.fedemu.runtime.faults.FaultRefusalMapper;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.runtime.transport.RoleServer;
import io.fedemu.tenant.admin.TenantAdminApi;
import io.fedemu.tenant.autodiscover.AutodiscoverEndpoint;
import io.fedemu.tenant.calendar.CalendarStore;
import io.fedemu.tenant.ews.AvailabilityEndpoint;
import io.fedemu.tenant.ews.BasicAuthentication;
import io.fedemu.tenant.ews.CrossPremisesAvailability;
import io.fedemu.tenant.ews.DelegationTokenAuthentication;
import io.fedemu.tenant.ews.EwsFault;
import io.fedemu.tenant.ews.ExternalAccessPolicy;
import io.fedemu.tenant.ews.MailboxFreeBusy;
import io.fedemu.tenant.ews.RequestSizeLimit;
import io.fedemu.tenant.ews.SchemaValidation;
import io.fedemu.tenant.ews.SchemaValidationFault;
import io.fedemu.tenant.ews.ServiceAccountAuthentication;
import io.fedemu.tenant.ews.UnknownOperation;
import io.fedemu.tenant.ews.mailbox.OrganizationMailboxes;
import io.fedemu.tenant.relationship.admin.RelationshipAdminApi;
import io.fedemu.tenant.relationship.admin.RelationshipProblems;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a Client Access front end serves, the same on every one: EWS (HTTP Basic for users, the delegation token
 * at /WSSecurity for partners), Autodiscover, the admin API and the health probe the load balancer asks. An
 * organization of one server publishes it on its namespace port; with servers, on each Client Access server's.
 */
final class FrontEnd {
    static final String HEALTH_CHECK_PATH = "/ews";

    private final TenantDefinition definition;
    /** The federated half as it is now: New-FederationTrust may create it while the tenant runs (issue 17). */
    private final java.util.function.Supplier<Tenant.Federation> federation;

    private final Journal journal;
    private final AutodiscoverEndpoint autodiscover;
    private final List<Object> adminResources;
    private final AdminAccess access;
    private final ExternalAccessPolicy externalAccess;
    private final CrossPremisesAvailability crossPremises;
    private final io.fedemu.tenant.ews.MailboxOperations mailboxOperations;
    private final io.fedemu.tenant.ews.MailTipsOperations mailTipsOperations;
    private final io.fedemu.tenant.ews.MessageTrackingOperations messageTracking;
    /** Outlook Web App (issue 16), on every Client Access server; null until the tenant sets it. */
    private io.fedemu.tenant.owa.OutlookWebApp outlookWebApp;

    private io.fedemu.tenant.owa.OutlookWebApp.Organization owaOrganization;

    FrontEnd(
            TenantDefinition definition,
            java.util.function.Supplier<Tenant.Federation> federation,
            Journal journal,
            AutodiscoverEndpoint autodiscover,
            List<Object> adminResources,
            AdminAccess access,
            ExternalAccessPolicy externalAccess,
            CrossPremisesAvailability crossPremises,
            CalendarStore calendars,
            io.fedemu.tenant.ews.MailTipsOperations mailTipsOperations,
            io.fedemu.tenant.ews.MessageTrackingOperations messageTracking) {
        this.mailTipsOperations = mailTipsOperations;
        this.messageTracking = messageTracking;
        this.definition = definition;
        this.federation = federation;
        this.journal = journal;
        this.autodiscover = autodiscover;
        this.adminResources = adminResources;
        this.access = access;
        this.externalAccess = externalAccess;
        this.crossPremises = crossPremises;
        // The operations around free/busy (PROTOCOL.md 16) are answered at the front end from the directory and the
        // calendars every server of the organization shares.
        this.mailboxOperations =
                new OrganizationMailboxes(definition.name(), definition.directory(), calendars, journal);
    }

    /** Serves {@code owa} at /owa on every front end published after this; {@code organization} for 2007 servers. */
    void serveOutlookWebApp(
            io.fedemu.tenant.owa.OutlookWebApp owa, io.fedemu.tenant.owa.OutlookWebApp.Organization organization) {
        this.outlookWebApp = owa;
        this.owaOrganization = organization;
    }

    /** An Exchange 2007 Client Access server's own /owa, where its mailboxes sign in again. */
    void publishExchange2007OutlookWebApp(RoleServer server, String serverName) {
        if (owaOrganization != null) {
            server.publishRest(
                    io.fedemu.tenant.owa.OutlookWebApp.PATH,
                    List.of(io.fedemu.tenant.owa.OutlookWebApp.exchange2007(owaOrganization, serverName)),
                    List.of());
        }
    }

    /** The GetUserAvailability endpoint of one front end: who computes its mailboxes, which build it answers as. */
    AvailabilityEndpoint ews(MailboxFreeBusy mailboxes, Supplier<ServerVersionInfo> version) {
        return ews(mailboxes, version, java.util.Optional.empty());
    }

    /** As above, on a Client Access server that may break the hybrid version gate. */
    AvailabilityEndpoint ews(
            MailboxFreeBusy mailboxes,
            Supplier<ServerVersionInfo> version,
            java.util.Optional<io.fedemu.tenant.servers.VersionGates.Breach> hybridGate) {
        return new AvailabilityEndpoint(
                        definition.name(),
                        definition.directory(),
                        new io.fedemu.tenant.availability.FreeBusyEngine(),
                        mailboxes,
                        version,
                        hybridGate,
                        externalAccess,
                        crossPremises,
                        journal,
                        mailTipsOperations)
                .serving(mailboxOperations)
                .tracking(messageTracking);
    }

    /**
     * Publishes everything on {@code server}.
     *
     * @param names the URLs this front end is reached by (the namespace, its own address): the admin API
     *     answers only these hosts
     */
    RoleServer publish(RoleServer server, AvailabilityEndpoint ews, List<URI> names) {
        return publish(server, ews, names, null);
    }

    /**
     * The same, where the organization's servers share a back-end secret: then a server of the organization (an
     * Exchange 2007 server following an availability address space) may proxy its users' requests here too.
     */
    RoleServer publish(RoleServer server, AvailabilityEndpoint ews, List<URI> names, String serverSecret) {
        // One endpoint serves both paths: Jetty matches /EWS/Exchange.asmx as a stem, so .../WSSecurity
        // arrives here too, and the interceptors pick Basic or the delegation token by the path.
        server.publishSoap(Tenant.EWS_PATH, ews, factory -> {
            if (serverSecret != null) {
                factory.getInInterceptors().add(new ServiceAccountAuthentication(serverSecret, definition.directory()));
            }
            factory.getInInterceptors()
                    .add(new BasicAuthentication(
                            definition.directory(), definition.name(), () -> federation.get() != null));
            factory.getInInterceptors()
                    .add(DelegationTokenAuthentication.onDemand(
                            this::validator,
                            Offer.SHARING_CALENDAR_FREE_BUSY.wireName(),
                            java.util.Map.of(
                                    new javax.xml.namespace.QName(EwsFault.MESSAGES, "GetMailTips"),
                                    Offer.MAIL_TIPS.wireName(),
                                    // issue 15: delivery reports take a token of their own offer (section 19).
                                    new javax.xml.namespace.QName(EwsFault.MESSAGES, "FindMessageTrackingReport"),
                                    Offer.DELIVERY_REPORT.wireName(),
                                    new javax.xml.namespace.QName(EwsFault.MESSAGES, "GetMessageTrackingReport"),
                                    Offer.DELIVERY_REPORT.wireName()),
                            journal,
                            definition.name(),
                            io.fedemu.protocol.journal.JournalEntry.Step.TOKEN_VALIDATION));
            factory.getInInterceptors().add(new RequestSizeLimit(RequestSizeLimit.DEFAULT_MAX_BYTES));
            // An operation fedemu does not emulate is Exchange's ErrorInvalidRequest, not CXF's fault.
            factory.getInInterceptors().add(new UnknownOperation());
            // A request that does not fit the schema is ErrorSchemaValidation, as at Exchange: values JAXB would
            // take silently are checked first, and what JAXB refuses answers the same fault instead of CXF's.
            factory.getInInterceptors().add(new SchemaValidation(SchemaValidation.ews()));
            factory.getOutFaultInterceptors().add(new SchemaValidationFault());
            factory.setProperties(new HashMap<>(Tenant.XML_LIMITS));
        });
        // Autodiscover's /WSSecurity checks a partner's MSExchange.Autodiscover token as EWS checks its own.
        AutodiscoverEndpoint.publish(
                server,
                autodiscover,
                BasicAuthentication.optional(definition.directory(), definition.name()),
                DelegationTokenAuthentication.onDemand(
                        this::validator,
                        Offer.AUTODISCOVER.wireName(),
                        java.util.Map.of(),
                        journal,
                        definition.name(),
                        io.fedemu.protocol.journal.JournalEntry.Step.AUTODISCOVER_TOKEN_VALIDATION));
        List<Object> providers = new ArrayList<>();
        List<URI> served = new ArrayList<>(names);
        served.add(server.address());
        definition.hostNames().forEach(name -> served.add(URI.create("https://" + name)));
        providers.add(new AdminGuard(access, RelationshipAdminApi.MOUNT_PATH, served));
        providers.addAll(TenantAdminApi.providers(Json.strict()));
        providers.add(new RelationshipProblems.Refusals());
        providers.add(new FaultRefusalMapper());
        server.publishRest(RelationshipAdminApi.MOUNT_PATH, adminResources, providers);
        server.publishRest(HEALTH_CHECK_PATH, List.of(new HealthCheck()), List.of());
        if (outlookWebApp != null) {
            server.publishRest(io.fedemu.tenant.owa.OutlookWebApp.PATH, List.of(outlookWebApp), List.of());
        }
        return server;
    }

    /** The trust's token validator, or null while the organization has no federation trust. */
    private io.fedemu.tenant.federation.DelegationTokenValidator validator() {
        Tenant.Federation now = federation.get();
        return now == null ? null : now.validator();
    }

    /**
     * {@code GET /ews/healthcheck.htm}: 200 while this front end serves EWS, as Exchange's Managed Availability
     * answers the load balancer's probe. A front end that is down (the role's fault) drops it like any request.
     */
    @Path("/healthcheck.htm")
    public static final class HealthCheck {
        @GET
        @Produces("text/html")
        public String probe() {
            return "<html><body>200 OK<br/>fedemu</body></html>";
        }
    }
}
