package io.fedemu.topology.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scenario file: the gateway and the organizations to run, with their directories, calendars and
 * relationships. Values as written in YAML; {@link ScenarioLoader} checks them and resolves paths.
 *
 * @param adminAccess "token" (absent: the default) or "open": a training lab's admin APIs without the admin token
 * @param source the file it was read from; calendar paths are relative to its folder
 */
public record Scenario(
        String scenario,
        String description,
        String adminAccess,
        GatewaySpec gateway,
        List<OrganizationSpec> organizations,
        DnsSpec dns,
        List<InternetOrganizationSpec> internet,
        Path source) {
    public static final String ADMIN_TOKEN = "token";
    public static final String ADMIN_OPEN = "open";

    public Scenario {
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        dns = dns == null ? new DnsSpec(null, null) : dns;
        internet = internet == null ? List.of() : List.copyOf(internet);
        gateway = gateway == null ? new GatewaySpec(null, 0, false, null) : gateway;
    }

    /** True when the scenario opened the admin APIs to every local process (no admin token asked). */
    public boolean adminOpen() {
        return ADMIN_OPEN.equals(adminAccess);
    }

    public Optional<OrganizationSpec> organization(String name) {
        return organizations.stream()
                .filter(org -> org.name().equalsIgnoreCase(name))
                .findFirst();
    }

    /** The organization whose accepted domains include {@code domain} (ignoring case). */
    public Optional<OrganizationSpec> organizationHolding(String domain) {
        return organizations.stream()
                .filter(org -> org.domains().stream().anyMatch(d -> d.equalsIgnoreCase(domain)))
                .findFirst();
    }

    /** A path written in the scenario (a calendar file), relative to the scenario's folder. */
    public Path resolve(String relative) {
        Path folder = source == null ? null : source.getParent();
        return folder == null ? Path.of(relative) : folder.resolve(relative).normalize();
    }

    Scenario withSource(Path file) {
        return new Scenario(scenario, description, adminAccess, gateway, organizations, dns, internet, file);
    }

    /**
     * This scenario with {@code url} added to the {@code allowedPartners} of {@code organization}, as if written in
     * the file: for a test whose stand-in partner (a stub server) listens on a port known only when it runs.
     *
     * @throws IllegalArgumentException when the scenario has no such organization or {@code url} is not an
     *                                  absolute http(s) URL with a host, naming which
     */
    public Scenario withAllowedPartner(String organization, String url) {
        OrganizationSpec org = organization(organization)
                .orElseThrow(() -> new IllegalArgumentException("scenario " + scenario + " has no organization named '"
                        + organization + "'; it has "
                        + organizations.stream().map(OrganizationSpec::name).toList()));
        AllowedPartners.problem(url).ifPresent(problem -> {
            throw new IllegalArgumentException("allowed partner of " + org.name() + ": " + problem);
        });
        List<OrganizationSpec> changed = organizations.stream()
                .map(each -> each == org ? each.withAllowedPartner(url.trim()) : each)
                .toList();
        return new Scenario(scenario, description, adminAccess, gateway, changed, dns, internet, source);
    }

    /**
     * The public DNS: MX records as mail sees them (docs/PROTOCOL.md section 20) and the emulated DNS server's further
     * records (section 22).
     *
     * @param mx per domain, where its MX record points: {@code on-premises} (the organization's mail host, Default
     *           Frontend), {@code eop} (Exchange Online Protection, {@code <domain-with-dashes>.mail.protection.outlook.com})
     *           or a host name; a hybrid's domains left out point at {@code eop}
     * @param records more records the emulated DNS serves (docs/PROTOCOL.md section 22), each in a zone of the
     *                scenario; they are made anew at each start
     */
    public record DnsSpec(Map<String, String> mx, List<io.fedemu.protocol.dns.DnsRecordInfo> records) {
        public static final String ON_PREMISES = "on-premises";
        public static final String EOP = "eop";

        public DnsSpec {
            mx = mx == null ? Map.of() : Map.copyOf(mx);
            records = records == null ? List.of() : List.copyOf(records);
        }
    }

    /**
     * A mail organization outside the federation (an internet domain such as fabrikam.net): one mail host that
     * receives its domains' mail and sends by MX; its users submit with their password.
     *
     * @param hostName its mail host; absent: {@code mail.<first domain>}
     * @param mailboxes address, password and display name are used
     */
    public record InternetOrganizationSpec(
            String name, List<String> domains, String hostName, List<MailboxSpec> mailboxes) {
        public InternetOrganizationSpec {
            domains = copy(domains);
            mailboxes = copy(mailboxes);
        }

        public String mailHost() {
            return hostName != null ? hostName : "mail." + (domains.isEmpty() ? "invalid" : domains.get(0));
        }
    }

    /** An accepted domain's type as Get-AcceptedDomain shows it: Authoritative or InternalRelay. */
    public record AcceptedDomainSpec(String domainName, String domainType) {}

    /**
     * New-TransportRule's parameters in fedemu's subset (docs/PROTOCOL.md section 20).
     *
     * @param fromScope   InOrganization or NotInOrganization
     * @param sentToScope InOrganization or NotInOrganization
     */
    public record TransportRuleSpec(
            String name,
            Boolean enabled,
            String fromScope,
            String sentToScope,
            List<String> subjectContainsWords,
            String setHeaderName,
            String setHeaderValue,
            String prependSubject,
            List<String> addToRecipients,
            List<String> blindCopyTo) {
        public TransportRuleSpec {
            subjectContainsWords = copy(subjectContainsWords);
            addToRecipients = copy(addToRecipients);
            blindCopyTo = copy(blindCopyTo);
        }
    }

    /**
     * New-JournalRule's parameters.
     *
     * @param scope     Internal, External or Global
     * @param recipient only messages to or from this address; absent: every message in scope
     */
    public record JournalRuleSpec(
            String name, Boolean enabled, String scope, String recipient, String journalEmailAddress) {}

    /**
     * @param issuer                     "default" or absent for https://localhost:PORT, else a URL
     * @param rotateSigningKeyAfterStart a teaching fault: the gateway rotates its signing key once every
     *                                   tenant has fetched its metadata, so their copies are stale at once
     * @param faults                     what the gateway does wrong from the start (absent: nothing)
     */
    public record GatewaySpec(
            String issuer, long clockOffsetSeconds, boolean rotateSigningKeyAfterStart, GatewayFaultsSpec faults) {
        public GatewaySpec {
            faults = faults == null ? new GatewayFaultsSpec(null, null, null, null) : faults;
        }
    }

    /** The gateway's faults as a scenario writes them; the clock offset is the gateway's own field. */
    public record GatewayFaultsSpec(
            Boolean down, Long delayMillis, Boolean signWithUnpublishedKey, String tokenAudience) {}

    /** An organization's faults as a scenario writes them; the clock offset is the organization's own field. */
    public record OrganizationFaultsSpec(
            Boolean down, Long delayMillis, List<LinkFaultSpec> links, List<String> downServers) {
        public OrganizationFaultsSpec {
            links = copy(links);
            downServers = copy(downServers);
        }
    }

    /**
     * A fault on the organization's calls to {@code to}: {@code gateway} or another organization's name.
     *
     * @param fault unreachable, connection-reset or delay (with {@code delayMillis})
     */
    public record LinkFaultSpec(String to, String fault, Long delayMillis) {}

    /**
     * @param refreshMetadataOnUnknownKey false keeps a stale gateway metadata copy after a gateway key rotation
     *                                    (the teaching break); absent means true
     * @param faults                      what the organization and its outbound links do wrong from the start
     * @param federated                   false: no federation trust with the gateway (New-FederationTrust never
     *                                    ran), so it can neither get tokens nor accept them; absent means true
     * @param allowedPartners             URLs of partners outside this scenario the organization may call (a real
     *                                    Exchange, a stub): their host and port join the scenario's roles as
     *                                    hosts a relationship or a partner's Autodiscover answer may name
     * @param servers                     its Exchange servers (on-premises only); absent: one Exchange 2013 server
     * @param databases                   its mailbox databases and their copies, in activation preference order
     * @param automaticFailover           true: when the server of a database's active copy is down, the next copy
     *                                    is activated at the next request; absent or false: an administrator
     *                                    activates it (move-active-mailbox-database)
     * @param acceptedDomains            the type of some accepted domains (section 20): a cloud organization holds
     *                                    its hybrid partner's domains InternalRelay unless one says Authoritative
     * @param transportRules              its transport rules, in priority order (section 20)
     * @param journalRules                its journal rules (section 20)
     * @param availabilityAddressSpaces  where its Exchange 2007 servers, which cannot federate, send their users'
     *                                    requests for another domain: Add-AvailabilityAddressSpace's parameters
     */
    public record OrganizationSpec(
            String name,
            String kind,
            List<String> domains,
            String applicationUri,
            List<String> hostNames,
            String serverVersion,
            long clockOffsetSeconds,
            List<MailboxSpec> mailboxes,
            List<RemoteMailboxSpec> remoteMailboxes,
            List<GroupSpec> groups,
            List<RelationshipSpec> relationships,
            Boolean refreshMetadataOnUnknownKey,
            OrganizationFaultsSpec faults,
            Boolean federated,
            List<String> allowedPartners,
            List<ServerSpec> servers,
            List<DatabaseSpec> databases,
            Boolean automaticFailover,
            List<AvailabilityAddressSpaceSpec> availabilityAddressSpaces,
            MailSpec mail,
            List<AcceptedDomainSpec> acceptedDomains,
            List<TransportRuleSpec> transportRules,
            List<JournalRuleSpec> journalRules) {

        public OrganizationSpec {
            mail = mail == null ? MailSpec.NONE : mail;
            acceptedDomains = copy(acceptedDomains);
            transportRules = copy(transportRules);
            journalRules = copy(journalRules);
            availabilityAddressSpaces = copy(availabilityAddressSpaces);
            servers = copy(servers);
            databases = copy(databases);
            automaticFailover = automaticFailover != null && automaticFailover;
            federated = federated == null || federated;
            faults = faults == null ? new OrganizationFaultsSpec(null, null, null, null) : faults;
            domains = copy(domains);
            hostNames = copy(hostNames);
            mailboxes = copy(mailboxes);
            remoteMailboxes = copy(remoteMailboxes);
            groups = copy(groups);
            relationships = copy(relationships);
            allowedPartners = copy(allowedPartners);
        }

        OrganizationSpec withAllowedPartner(String url) {
            List<String> partners = new java.util.ArrayList<>(allowedPartners);
            partners.add(url);
            return new OrganizationSpec(
                    name,
                    kind,
                    domains,
                    applicationUri,
                    hostNames,
                    serverVersion,
                    clockOffsetSeconds,
                    mailboxes,
                    remoteMailboxes,
                    groups,
                    relationships,
                    refreshMetadataOnUnknownKey,
                    faults,
                    federated,
                    partners,
                    servers,
                    databases,
                    automaticFailover,
                    availabilityAddressSpaces,
                    mail,
                    acceptedDomains,
                    transportRules,
                    journalRules);
        }
    }

    /**
     * An Exchange server as Get-ExchangeServer shows it.
     *
     * @param roles ClientAccess, Mailbox (2013 and 2007) and HubTransport (2007)
     * @param build the exact build, e.g. 15.0.620.29 (2013 CU1) or 8.3.298.3 (2007 SP3 RU10)
     */
    public record ServerSpec(String name, List<String> roles, String build) {
        public ServerSpec {
            roles = copy(roles);
        }
    }

    /**
     * Add-AvailabilityAddressSpace's parameters (PROTOCOL.md section 11).
     *
     * @param forestName        the domain it covers, e.g. contoso.mail.onmicrosoft.com
     * @param accessMethod      InternalProxy, the one fedemu emulates
     * @param useServiceAccount true, or absent
     * @param proxyUrl          {@code server:NAME/ews} (an Exchange 2013 Client Access server of the organization,
     *                          whose port is chosen at start), {@code tenant:NAME/ews} (the organization's own
     *                          namespace) or an http(s) URL
     */
    public record AvailabilityAddressSpaceSpec(
            String forestName, String accessMethod, Boolean useServiceAccount, String proxyUrl) {}

    /**
     * Hybrid mail (issue 15, docs/PROTOCOL.md section 18): settings that override what the wizard gives the
     * connectors, each block the parameters of the matching Set- cmdlet. On-premises: {@code receiveConnectors}
     * (each with an optional {@code identity}; without one, every Default Frontend), {@code sendConnector}; the
     * cloud: {@code inboundConnector}, {@code outboundConnector}; both: {@code transportConfig}.
     */
    public record MailSpec(
            List<Map<String, Object>> receiveConnectors,
            Map<String, Object> sendConnector,
            Map<String, Object> inboundConnector,
            Map<String, Object> outboundConnector,
            Map<String, Object> transportConfig) {
        public static final MailSpec NONE = new MailSpec(null, null, null, null, null);

        public MailSpec {
            receiveConnectors = copy(receiveConnectors);
            sendConnector = settings(sendConnector);
            inboundConnector = settings(inboundConnector);
            outboundConnector = settings(outboundConnector);
            transportConfig = settings(transportConfig);
        }

        /** In the order written; a value may be null ({@code $null} clears a setting). */
        private static Map<String, Object> settings(Map<String, Object> written) {
            return written == null
                    ? Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(written));
        }
    }

    /** A mailbox database and the servers holding its copies, the first mounted at start. */
    public record DatabaseSpec(String name, List<String> copies) {
        public DatabaseSpec {
            copies = copy(copies);
        }
    }

    /**
     * @param calendar an .ics file relative to the scenario; may be combined with {@code events}
     * @param events   calendar items written inline, loaded after (beside) the file's
     * @param database the mailbox database it is homed on; absent: the organization's first database
     */
    public record MailboxSpec(
            String address,
            List<String> proxyAddresses,
            String displayName,
            String password,
            String timeZone,
            WorkingHoursSpec workingHours,
            String defaultPermission,
            String calendar,
            List<EventSpec> events,
            String database,
            AutomaticRepliesSpec automaticReplies,
            String mailTip,
            Boolean mailboxFull) {

        public MailboxSpec {
            proxyAddresses = copy(proxyAddresses);
            events = copy(events);
        }
    }

    /**
     * A calendar item written inline. Times are local to the mailbox's time zone, as Outlook shows them.
     *
     * @param start      ISO local date-time such as 2026-12-01T09:00; with {@code end}, or else {@code date}
     * @param date       an all-day item on this day (2026-12-01), instead of start and end
     * @param busyStatus Free, Tentative, Busy, OOF or WorkingElsewhere; Busy when absent
     * @param isPrivate  written {@code private} in YAML
     * @param recurrence an RFC 5545 RRULE value such as {@code FREQ=WEEKLY;BYDAY=MO;COUNT=10}
     */
    public record EventSpec(
            String subject,
            String location,
            String start,
            String end,
            String date,
            String busyStatus,
            @JsonProperty("private") Boolean isPrivate,
            String recurrence) {}

    /**
     * A mailbox's automatic replies at first start (Set-MailboxAutoReplyConfiguration, PROTOCOL.md section 15).
     *
     * @param state            Disabled (default), Enabled or Scheduled
     * @param externalAudience None, Known or All (default)
     * @param start            with Scheduled: a local date-time in the mailbox's zone, {@code 2026-11-30T09:00}
     * @param end              with Scheduled: after start
     */
    public record AutomaticRepliesSpec(
            String state,
            String externalAudience,
            String start,
            String end,
            String internalMessage,
            String externalMessage) {}

    public record WorkingHoursSpec(List<String> days, String start, String end) {
        public WorkingHoursSpec {
            days = copy(days);
        }
    }

    /** @param password optional: the synchronized account's password, to sign in to Outlook Web App here */
    public record RemoteMailboxSpec(String address, String displayName, String targetAddress, String password) {}

    /**
     * A group of the organization: a security group (FreeBusyAccessScope) by its name; with an {@code address}, a
     * mail-enabled distribution group whose address GetUserAvailability answers with its members' merged free/busy
     * (PROTOCOL.md section 13).
     *
     * @param members     addresses: mailboxes, remote mailboxes or groups of the organization
     * @param address     the group's primary SMTP address, in an accepted domain; absent: not mail-enabled
     * @param displayName absent: the name
     */
    public record GroupSpec(String name, List<String> members, String address, String displayName) {
        public GroupSpec {
            members = copy(members);
        }
    }

    /**
     * New-OrganizationRelationship's parameters (PROTOCOL.md section 4). An endpoint may be written
     * {@code tenant:NAME/autodiscover} or {@code tenant:NAME/ews}: resolved to that tenant's URL at start,
     * since ports are chosen then.
     *
     * @param fromFederationInformation instead of domainNames, targetApplicationUri and targetAutodiscoverEpr:
     *                                  asked from the partner at start, as
     *                                  {@code Get-FederationInformation | New-OrganizationRelationship} does
     */
    public record RelationshipSpec(
            String name,
            FederationInformationSpec fromFederationInformation,
            List<String> domainNames,
            Boolean enabled,
            Boolean freeBusyAccessEnabled,
            String freeBusyAccessLevel,
            String freeBusyAccessScope,
            String targetApplicationUri,
            String targetAutodiscoverEpr,
            String targetSharingEpr,
            String targetOwaUrl,
            Boolean mailboxMoveEnabled,
            Boolean deliveryReportEnabled,
            Boolean mailTipsAccessEnabled,
            String mailTipsAccessLevel,
            Boolean photosEnabled,
            Boolean archiveAccessEnabled,
            String organizationContact,
            String mailTipsAccessScope) {

        public RelationshipSpec {
            domainNames = copy(domainNames);
        }

        public boolean derived() {
            return fromFederationInformation != null;
        }
    }

    /**
     * {@code Get-FederationInformation -DomainName domainName}. Exchange finds the Autodiscover endpoint through
     * DNS; here it is {@code autodiscover} (tenant:NAME/autodiscover or a URL), by default the organization of
     * this scenario that holds the domain.
     */
    public record FederationInformationSpec(String domainName, String autodiscover) {}

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
