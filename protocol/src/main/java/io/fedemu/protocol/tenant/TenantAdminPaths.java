package io.fedemu.protocol.tenant;

/** Where a tenant serves its admin API, relative to the tenant's external URL. */
public final class TenantAdminPaths {
    public static final String ADMIN = "/admin";
    public static final String MAILBOXES = "/mailboxes";
    /** Get-ExchangeServer. */
    public static final String SERVERS = "/servers";
    /** Get-MailboxDatabase, Move-ActiveMailboxDatabase. */
    public static final String DATABASES = "/databases";
    /** Get-, Add- and Remove-AvailabilityAddressSpace; one is {@code /availability-address-spaces/{forestName}}. */
    public static final String AVAILABILITY_ADDRESS_SPACES = "/availability-address-spaces";
    /** Get-DistributionGroup; one is {@code /distribution-groups/{identity}} (issue 14). */
    public static final String DISTRIBUTION_GROUPS = "/distribution-groups";
    /**
     * The connector and transport config cmdlets of a hybrid pair's side: {@code /mail/{kind}[/{identity}]} with kind
     * {@code receive-connectors}, {@code send-connectors}, {@code inbound-connectors} or {@code outbound-connectors},
     * and {@code /mail/transport-config} (issue 15, docs/PROTOCOL.md section 18).
     */
    public static final String MAIL = "/mail";
    /** Get-MessageTrackingLog: GET with the filters as query parameters (issue 15, PROTOCOL.md section 19). */
    public static final String MESSAGE_TRACKING_LOG = "/message-tracking-log";
    /** Get-, New-FederationTrust; Add- and Remove-FederatedDomain at {@code /federation-trust/domains} (issue 17). */
    public static final String FEDERATION_TRUST = "/federation-trust";
    /** Get-, New- and Remove-AcceptedDomain; one is {@code /accepted-domains/{domainName}} (issue 17). */
    public static final String ACCEPTED_DOMAINS = "/accepted-domains";
    /** Get- and Set-EmailAddressPolicy; one is {@code /email-address-policies/{name}} (issue 17). */
    public static final String EMAIL_ADDRESS_POLICIES = "/email-address-policies";
    /** The media type of an .ics body (RFC 5545 section 8.1). */
    public static final String TEXT_CALENDAR = "text/calendar";

    private TenantAdminPaths() {}

    /** One server, relative to {@link #ADMIN}. */
    public static String server(String name) {
        return SERVERS + "/" + name;
    }

    /** Get- and Set-WebServicesVirtualDirectory of one server, relative to {@link #ADMIN} (issue 17). */
    public static String ewsVirtualDirectory(String server) {
        return server(server) + "/ews-virtual-directory";
    }

    /** One distribution group by name or address, relative to {@link #ADMIN}. */
    public static String distributionGroup(String identity) {
        return DISTRIBUTION_GROUPS + "/" + identity;
    }

    /** One mailbox database, relative to {@link #ADMIN}. */
    public static String database(String name) {
        return DATABASES + "/" + name;
    }

    /** Where to POST a {@link DatabaseActivation} for one database, relative to {@link #ADMIN}. */
    public static String activation(String database) {
        return database(database) + "/activate";
    }

    /** The calendar items of one mailbox, relative to {@link #ADMIN}. */
    public static String events(String address) {
        return MAILBOXES + "/" + address + "/calendar/events";
    }

    /** The whole calendar of one mailbox (PUT an .ics body to replace it), relative to {@link #ADMIN}. */
    public static String calendar(String address) {
        return MAILBOXES + "/" + address + "/calendar";
    }

    /** A mailbox's automatic replies (GET, PUT an {@link AutomaticReplies}), relative to {@link #ADMIN}. */
    public static String automaticReplies(String address) {
        return MAILBOXES + "/" + address + "/automatic-replies";
    }
}
