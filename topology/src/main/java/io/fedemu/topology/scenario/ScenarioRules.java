package io.fedemu.topology.scenario;

import io.fedemu.protocol.faults.LinkFault;
import io.fedemu.protocol.tenant.AvailabilityAddressSpace;
import io.fedemu.runtime.faults.FaultLimits;
import io.fedemu.tenant.addressspace.AddressSpaceRules;
import io.fedemu.tenant.servers.ExchangeBuild;
import io.fedemu.tenant.servers.ExchangeServer;
import io.fedemu.tenant.servers.OrganizationServers;
import io.fedemu.tenant.servers.ServerRole;
import io.fedemu.topology.scenario.Scenario.GroupSpec;
import io.fedemu.topology.scenario.Scenario.MailboxSpec;
import io.fedemu.topology.scenario.Scenario.OrganizationSpec;
import io.fedemu.topology.scenario.Scenario.RelationshipSpec;
import io.fedemu.topology.scenario.Scenario.RemoteMailboxSpec;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks a scenario must pass before anything starts; the first failure is reported with its line. */
final class ScenarioRules {
    static final Set<String> KINDS = Set.of("on-premises", "cloud");
    static final Set<String> PERMISSIONS =
            Set.of("None", "FreeBusyTimeOnly", "FreeBusyTimeAndSubjectAndLocation", "Reviewer");
    static final Set<String> FREE_BUSY_LEVELS = Set.of("None", "AvailabilityOnly", "LimitedDetails");
    static final Set<String> MAIL_TIPS_LEVELS = Set.of("None", "Limited", "All");
    static final Set<String> OOF_STATES = Set.of("Disabled", "Enabled", "Scheduled");
    static final Set<String> EXTERNAL_AUDIENCES = Set.of("None", "Known", "All");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern DOMAIN =
            Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TENANT_ENDPOINT = Pattern.compile("tenant:([^/]+)/(autodiscover|ews|owa)");

    private final Scenario scenario;
    private final Path file;
    private final YamlLocations locations;
    private final InlineEvents events = new InlineEvents();

    ScenarioRules(Scenario scenario, Path file, YamlLocations locations) {
        this.scenario = scenario;
        this.file = file;
        this.locations = locations;
    }

    void check() {
        require(scenario.scenario() != null && !scenario.scenario().isBlank(), "/scenario", "is required");
        require(
                scenario.adminAccess() == null
                        || Scenario.ADMIN_TOKEN.equals(scenario.adminAccess())
                        || Scenario.ADMIN_OPEN.equals(scenario.adminAccess()),
                "/adminAccess",
                "must be token or open, not '" + scenario.adminAccess() + "'");
        require(!scenario.organizations().isEmpty(), "/organizations", "lists no organization");
        if (scenario.gateway().issuer() != null
                && !"default".equals(scenario.gateway().issuer())) {
            require(
                    isHttpUrl(scenario.gateway().issuer()),
                    "/gateway/issuer",
                    "must be 'default' or an http(s) URL, not '"
                            + scenario.gateway().issuer() + "'");
        }
        Set<String> names = new HashSet<>();
        Map<String, String> domainOwners = new HashMap<>();
        for (int i = 0; i < scenario.organizations().size(); i++) {
            OrganizationSpec org = scenario.organizations().get(i);
            String at = "/organizations/" + i;
            require(
                    org.name() != null && NAME.matcher(org.name()).matches(),
                    at + "/name",
                    "must be 1 to 64 letters, digits, '.', '_' or '-'");
            require(
                    names.add(org.name().toLowerCase(Locale.ROOT)),
                    at + "/name",
                    "organization " + org.name() + " is defined twice");
            require(
                    org.kind() != null && KINDS.contains(org.kind()),
                    at + "/kind",
                    "must be on-premises or cloud, not '" + org.kind() + "'");
            require(!org.domains().isEmpty(), at + "/domains", "lists no domain");
            for (int d = 0; d < org.domains().size(); d++) {
                String domain = org.domains().get(d).toLowerCase(Locale.ROOT);
                require(DOMAIN.matcher(domain).matches(), at + "/domains/" + d, "'" + domain + "' is not a DNS name");
                String owner = domainOwners.putIfAbsent(domain, org.name());
                require(owner == null, at + "/domains/" + d, "domain " + domain + " is already used by " + owner);
            }
            require(
                    !"cloud".equals(org.kind()) || org.applicationUri() != null,
                    at + "/applicationUri",
                    "a cloud organization must name its application URI");
            checkServers(org, at);
            checkDirectory(org, at);
            checkAllowedPartners(org, at);
            checkAddressSpaces(org, at);
        }
        for (int i = 0; i < scenario.organizations().size(); i++) {
            checkRelationships(scenario.organizations().get(i), "/organizations/" + i);
        }
        checkFaults();
        new MailScenarioRules(scenario, file, locations).check();
        new DnsScenarioRules(scenario, file, locations).check();
    }

    private void checkFaults() {
        Scenario.GatewayFaultsSpec gateway = scenario.gateway().faults();
        checkDelay(gateway.delayMillis(), "/gateway/faults/delayMillis");
        checkClockOffset(scenario.gateway().clockOffsetSeconds(), "/gateway/clockOffsetSeconds");
        require(
                gateway.tokenAudience() == null || !gateway.tokenAudience().isBlank(),
                "/gateway/faults/tokenAudience",
                "must name an audience, or be left out for the right one");
        for (int i = 0; i < scenario.organizations().size(); i++) {
            OrganizationSpec org = scenario.organizations().get(i);
            String at = "/organizations/" + i;
            checkDelay(org.faults().delayMillis(), at + "/faults/delayMillis");
            checkClockOffset(org.clockOffsetSeconds(), at + "/clockOffsetSeconds");
            for (int d = 0; d < org.faults().downServers().size(); d++) {
                String name = org.faults().downServers().get(d);
                require(
                        org.servers().stream().anyMatch(server -> server.name().equalsIgnoreCase(name)),
                        at + "/faults/downServers/" + d,
                        "'" + name + "' is not a server of " + org.name());
            }
            Set<String> targets = new HashSet<>();
            for (int l = 0; l < org.faults().links().size(); l++) {
                Scenario.LinkFaultSpec link = org.faults().links().get(l);
                String here = at + "/faults/links/" + l;
                require(
                        link.to() != null
                                && ("gateway".equalsIgnoreCase(link.to())
                                        || scenario.organization(link.to()).isPresent()),
                        here + "/to",
                        "must be gateway or an organization of this scenario, not '" + link.to() + "'");
                require(
                        !link.to().equalsIgnoreCase(org.name()),
                        here + "/to",
                        "a link goes to another role, not to " + org.name() + " itself");
                require(
                        targets.add(link.to().toLowerCase(Locale.ROOT)),
                        here + "/to",
                        "the link to " + link.to() + " already has a fault; one fault per link");
                var kind = LinkFault.Kind.fromWireName(link.fault());
                require(
                        kind.isPresent(),
                        here + "/fault",
                        "must be one of " + LinkFault.Kind.wireNames() + ", not '" + link.fault() + "'");
                checkDelay(link.delayMillis(), here + "/delayMillis");
                boolean delay = kind.get() == LinkFault.Kind.DELAY;
                long millis = link.delayMillis() == null ? 0 : link.delayMillis();
                require(!delay || millis > 0, here + "/delayMillis", "a delay fault needs a delay above 0");
                require(delay || millis == 0, here + "/delayMillis", "only a delay fault takes a delay");
            }
        }
    }

    /** A mailbox's custom MailTip and automatic replies (PROTOCOL.md section 15). */
    private void checkMailTips(MailboxSpec mailbox, String here) {
        require(
                mailbox.mailTip() == null
                        || mailbox.mailTip().length() <= io.fedemu.tenant.mailtips.MailboxMailTips.MAX_CUSTOM_MAIL_TIP,
                here + "/mailTip",
                "has more than " + io.fedemu.tenant.mailtips.MailboxMailTips.MAX_CUSTOM_MAIL_TIP
                        + " characters, Exchange's limit");
        Scenario.AutomaticRepliesSpec replies = mailbox.automaticReplies();
        if (replies == null) {
            return;
        }
        String at = here + "/automaticReplies";
        require(
                replies.state() == null || OOF_STATES.contains(replies.state()),
                at + "/state",
                "must be one of " + OOF_STATES);
        require(
                replies.externalAudience() == null || EXTERNAL_AUDIENCES.contains(replies.externalAudience()),
                at + "/externalAudience",
                "must be one of " + EXTERNAL_AUDIENCES);
        java.time.LocalDateTime start = localDateTime(replies.start(), at + "/start");
        java.time.LocalDateTime end = localDateTime(replies.end(), at + "/end");
        if ("Scheduled".equals(replies.state())) {
            require(start != null, at + "/start", "is required when the state is Scheduled");
            require(end != null, at + "/end", "is required when the state is Scheduled");
            require(end.isAfter(start), at + "/end", "must be after start");
        }
    }

    private java.time.LocalDateTime localDateTime(String value, String at) {
        if (value == null) {
            return null;
        }
        try {
            return java.time.LocalDateTime.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            require(false, at, "'" + value + "' is not a local date-time such as 2026-11-30T09:00");
            return null;
        }
    }

    private void checkDelay(Long millis, String at) {
        require(
                millis == null || (millis >= 0 && millis <= FaultLimits.MAX_DELAY_MILLIS),
                at,
                "must be between 0 and " + FaultLimits.MAX_DELAY_MILLIS + " milliseconds");
    }

    private void checkClockOffset(long seconds, String at) {
        require(
                Math.abs(seconds) <= FaultLimits.MAX_CLOCK_OFFSET_SECONDS,
                at,
                "must be within " + FaultLimits.MAX_CLOCK_OFFSET_SECONDS + " seconds either way");
    }

    private void checkDirectory(OrganizationSpec org, String at) {
        Set<String> addresses = new HashSet<>();
        for (int m = 0; m < org.mailboxes().size(); m++) {
            MailboxSpec mailbox = org.mailboxes().get(m);
            String here = at + "/mailboxes/" + m;
            checkAddress(mailbox.address(), here + "/address", addresses);
            require(
                    org.domains().stream()
                            .anyMatch(d -> domainOf(mailbox.address()).equalsIgnoreCase(d)),
                    here + "/address",
                    mailbox.address() + " is not in an accepted domain of " + org.name() + " " + org.domains());
            for (int p = 0; p < mailbox.proxyAddresses().size(); p++) {
                checkAddress(mailbox.proxyAddresses().get(p), here + "/proxyAddresses/" + p, addresses);
            }
            require(mailbox.password() != null && !mailbox.password().isEmpty(), here + "/password", "is required");
            require(
                    mailbox.defaultPermission() == null || PERMISSIONS.contains(mailbox.defaultPermission()),
                    here + "/defaultPermission",
                    "must be one of " + PERMISSIONS);
            if (mailbox.timeZone() != null) {
                require(
                        TenantDefinitions.zone(mailbox.timeZone()).isPresent(),
                        here + "/timeZone",
                        "'" + mailbox.timeZone() + "' is neither a Windows time zone id nor an IANA zone");
            }
            if (mailbox.workingHours() != null) {
                checkWorkingHours(mailbox.workingHours(), here + "/workingHours");
            }
            if (mailbox.calendar() != null) {
                Path calendar = scenario.resolve(mailbox.calendar());
                require(Files.isRegularFile(calendar), here + "/calendar", "no such file " + calendar);
            }
            checkEvents(mailbox, here);
            checkMailTips(mailbox, here);
        }
        for (int r = 0; r < org.remoteMailboxes().size(); r++) {
            RemoteMailboxSpec remote = org.remoteMailboxes().get(r);
            String here = at + "/remoteMailboxes/" + r;
            checkAddress(remote.address(), here + "/address", addresses);
            require(
                    isAddress(remote.targetAddress()),
                    here + "/targetAddress",
                    "'" + remote.targetAddress() + "' is not an email address");
        }
        // Group addresses first, so that a group may list another (nested), as Exchange's groups may.
        for (int g = 0; g < org.groups().size(); g++) {
            GroupSpec group = org.groups().get(g);
            if (group.address() != null) {
                String here = at + "/groups/" + g + "/address";
                checkAddress(group.address(), here, addresses);
                require(
                        org.domains().stream()
                                .anyMatch(d -> domainOf(group.address()).equalsIgnoreCase(d)),
                        here,
                        group.address() + " is not in an accepted domain of " + org.name() + " " + org.domains());
            }
        }
        for (int g = 0; g < org.groups().size(); g++) {
            GroupSpec group = org.groups().get(g);
            for (int m = 0; m < group.members().size(); m++) {
                String member = group.members().get(m).toLowerCase(Locale.ROOT);
                require(
                        addresses.contains(member),
                        at + "/groups/" + g + "/members/" + m,
                        member + " is not a mailbox, remote mailbox or distribution group of " + org.name());
            }
        }
    }

    /** Servers and databases (issue 13), each problem at its own field; the model re-checks nothing of this. */
    private void checkServers(OrganizationSpec org, String at) {
        require(
                org.servers().isEmpty() || !"cloud".equals(org.kind()),
                at + "/servers",
                "Exchange Online's servers are Microsoft's: only an on-premises organization lists servers");
        Map<String, ExchangeServer> servers = new HashMap<>();
        for (int i = 0; i < org.servers().size(); i++) {
            Scenario.ServerSpec spec = org.servers().get(i);
            String here = at + "/servers/" + i;
            require(
                    spec.name() != null && NAME.matcher(spec.name()).matches(),
                    here + "/name",
                    "must be 1 to 64 letters, digits, '.', '_' or '-'");
            require(
                    !servers.containsKey(spec.name().toLowerCase(Locale.ROOT)),
                    here + "/name",
                    "server " + spec.name() + " is defined twice");
            ExchangeBuild build = null;
            try {
                build = ExchangeBuild.parse(spec.build());
                build.product();
            } catch (IllegalArgumentException e) {
                require(false, here + "/build", e.getMessage());
            }
            require(!spec.roles().isEmpty(), here + "/roles", "lists no role");
            java.util.EnumSet<ServerRole> roles = java.util.EnumSet.noneOf(ServerRole.class);
            for (int r = 0; r < spec.roles().size(); r++) {
                String written = spec.roles().get(r);
                var role = ServerRole.parse(written);
                require(
                        role.isPresent(),
                        here + "/roles/" + r,
                        "'" + written + "' is not ClientAccess, Mailbox or HubTransport");
                require(
                        build.product().roles().contains(role.get()),
                        here + "/roles/" + r,
                        build.product().displayName() + " has no " + role.get().exchangeName() + " role");
                roles.add(role.get());
            }
            servers.put(spec.name().toLowerCase(Locale.ROOT), new ExchangeServer(spec.name(), roles, build));
        }
        if (!org.servers().isEmpty()) {
            require(
                    servers.values().stream().anyMatch(s -> s.has(ServerRole.CLIENT_ACCESS)),
                    at + "/servers",
                    "no server has the ClientAccess role, so nothing would serve " + org.name() + "'s namespace");
            require(
                    !org.databases().isEmpty(),
                    at + "/databases",
                    "lists no database; mailboxes need one on a Mailbox server");
        }
        require(
                org.databases().isEmpty() || !org.servers().isEmpty(),
                at + "/databases",
                "databases need the servers that hold them: list servers too");
        Set<String> databases = new HashSet<>();
        for (int d = 0; d < org.databases().size(); d++) {
            Scenario.DatabaseSpec spec = org.databases().get(d);
            String here = at + "/databases/" + d;
            require(
                    spec.name() != null && NAME.matcher(spec.name()).matches(),
                    here + "/name",
                    "must be 1 to 64 letters, digits, '.', '_' or '-'");
            require(
                    databases.add(spec.name().toLowerCase(Locale.ROOT)),
                    here + "/name",
                    "database " + spec.name() + " is defined twice");
            require(!spec.copies().isEmpty(), here + "/copies", "lists no server holding a copy");
            Set<String> holders = new HashSet<>();
            for (int c = 0; c < spec.copies().size(); c++) {
                String copy = spec.copies().get(c);
                ExchangeServer server = copy == null ? null : servers.get(copy.toLowerCase(Locale.ROOT));
                require(server != null, here + "/copies/" + c, "'" + copy + "' is not a server of " + org.name());
                require(
                        server.has(ServerRole.MAILBOX),
                        here + "/copies/" + c,
                        server.name() + " has no Mailbox role to hold a copy");
                require(
                        holders.add(server.key()),
                        here + "/copies/" + c,
                        server.name() + " already holds a copy of " + spec.name());
            }
        }
        for (int m = 0; m < org.mailboxes().size(); m++) {
            String database = org.mailboxes().get(m).database();
            require(
                    database == null || databases.contains(database.toLowerCase(Locale.ROOT)),
                    at + "/mailboxes/" + m + "/database",
                    org.databases().isEmpty()
                            ? "names a database, but " + org.name() + " lists none (list servers and databases)"
                            : "'" + database + "' is not a database of " + org.name());
        }
    }

    /**
     * Availability address spaces (PROTOCOL.md section 11), each problem at its field: the same rules as
     * Add-AvailabilityAddressSpace's (AddressSpaceRules), and tenant:NAME/ews only for the organization's own
     * namespace, since the 2007 server proxies with the organization's server credentials.
     */
    private void checkAddressSpaces(OrganizationSpec org, String at) {
        List<ExchangeServer> servers = org.servers().isEmpty()
                ? OrganizationServers.single().servers()
                : TenantDefinitions.servers(org).servers();
        Set<String> forests = new HashSet<>();
        for (int s = 0; s < org.availabilityAddressSpaces().size(); s++) {
            Scenario.AvailabilityAddressSpaceSpec spec =
                    org.availabilityAddressSpaces().get(s);
            String here = at + "/availabilityAddressSpaces/" + s;
            require(
                    !"cloud".equals(org.kind()),
                    here,
                    "InternalProxy sends requests to a Client Access server of the organization: only an on-premises"
                            + " organization lists availability address spaces");
            String proxyUrl = spec.proxyUrl();
            var tenant = proxyUrl == null ? null : TENANT_ENDPOINT.matcher(proxyUrl.trim());
            if (tenant != null && tenant.matches()) {
                require(
                        tenant.group(1).equalsIgnoreCase(org.name()) && "ews".equals(tenant.group(2)),
                        here + "/proxyUrl",
                        "tenant:NAME/ews must name " + org.name()
                                + " itself (its namespace): a 2007 server proxies only to its own organization");
                proxyUrl = "https://localhost" + io.fedemu.tenant.Tenant.EWS_PATH;
            }
            AvailabilityAddressSpace space = new AvailabilityAddressSpace(
                    spec.forestName(), spec.accessMethod(), spec.useServiceAccount(), proxyUrl);
            AddressSpaceRules.problem(space, true, org.domains(), servers)
                    .ifPresent(problem -> require(false, here + "/" + problem.field(), problem.message()));
            require(
                    forests.add(space.forestName()),
                    here + "/forestName",
                    "an address space for " + space.forestName() + " is already listed; one per forest");
        }
    }

    private void checkAllowedPartners(OrganizationSpec org, String at) {
        Map<String, Integer> seen = new HashMap<>();
        for (int p = 0; p < org.allowedPartners().size(); p++) {
            String url = org.allowedPartners().get(p);
            String here = at + "/allowedPartners/" + p;
            var problem = AllowedPartners.problem(url);
            require(problem.isEmpty(), here, problem.orElse(""));
            Integer first = seen.putIfAbsent(AllowedPartners.authority(url), p);
            require(
                    first == null,
                    here,
                    "names the same host and port as allowedPartners[" + first + "]; one entry per partner");
        }
    }

    private void checkEvents(MailboxSpec mailbox, String at) {
        ZoneId zone = mailbox.timeZone() == null
                ? ZoneOffset.UTC
                : TenantDefinitions.zone(mailbox.timeZone()).orElseThrow();
        for (int e = 0; e < mailbox.events().size(); e++) {
            try {
                events.toEvent(mailbox.events().get(e), mailbox.address(), e, zone);
            } catch (InlineEvents.Invalid invalid) {
                require(
                        false,
                        at + "/events/" + e + (invalid.field().isEmpty() ? "" : "/" + invalid.field()),
                        invalid.getMessage());
            }
        }
    }

    private void checkRelationships(OrganizationSpec org, String at) {
        Set<String> names = new HashSet<>();
        Map<String, String> domains = new HashMap<>();
        for (int r = 0; r < org.relationships().size(); r++) {
            RelationshipSpec relationship = org.relationships().get(r);
            String here = at + "/relationships/" + r;
            require(
                    relationship.name() != null
                            && !relationship.name().isBlank()
                            && relationship.name().length() <= 64,
                    here + "/name",
                    "must be 1 to 64 characters");
            require(
                    names.add(relationship.name().toLowerCase(Locale.ROOT)),
                    here + "/name",
                    "relationship " + relationship.name() + " is defined twice");
            if (relationship.derived()) {
                checkFederationInformation(relationship, here, domains);
            } else {
                require(
                        !relationship.domainNames().isEmpty(),
                        here + "/domainNames",
                        "lists no domain (or write fromFederationInformation to ask the partner for them)");
            }
            for (int d = 0; d < relationship.domainNames().size(); d++) {
                String domain = relationship.domainNames().get(d).toLowerCase(Locale.ROOT);
                String owner = domains.putIfAbsent(domain, relationship.name());
                require(
                        owner == null,
                        here + "/domainNames/" + d,
                        "domain " + domain + " already belongs to relationship " + owner);
            }
            require(
                    relationship.freeBusyAccessLevel() == null
                            || FREE_BUSY_LEVELS.contains(relationship.freeBusyAccessLevel()),
                    here + "/freeBusyAccessLevel",
                    "must be one of " + FREE_BUSY_LEVELS);
            require(
                    relationship.mailTipsAccessLevel() == null
                            || MAIL_TIPS_LEVELS.contains(relationship.mailTipsAccessLevel()),
                    here + "/mailTipsAccessLevel",
                    "must be one of " + MAIL_TIPS_LEVELS);
            checkEndpoint(relationship.targetAutodiscoverEpr(), here + "/targetAutodiscoverEpr");
            checkEndpoint(relationship.targetSharingEpr(), here + "/targetSharingEpr");
            if (relationship.targetOwaUrl() != null) {
                checkEndpoint(relationship.targetOwaUrl(), here + "/targetOwaUrl");
            }
        }
    }

    /** Get-FederationInformation fills three parameters; writing one of them too would leave two answers. */
    private void checkFederationInformation(RelationshipSpec relationship, String at, Map<String, String> domains) {
        String here = at + "/fromFederationInformation";
        require(
                relationship.domainNames().isEmpty(),
                at + "/domainNames",
                "cannot be written with fromFederationInformation: the partner's answer fills it");
        require(
                relationship.targetApplicationUri() == null,
                at + "/targetApplicationUri",
                "cannot be written with fromFederationInformation: the partner's answer fills it");
        require(
                relationship.targetAutodiscoverEpr() == null,
                at + "/targetAutodiscoverEpr",
                "cannot be written with fromFederationInformation: it is the autodiscover endpoint asked");
        String domain = relationship.fromFederationInformation().domainName();
        require(
                domain != null && !domain.isBlank(),
                here + "/domainName",
                "is required: the partner domain to ask, as Get-FederationInformation -DomainName does");
        require(
                DOMAIN.matcher(domain.toLowerCase(Locale.ROOT)).matches(),
                here + "/domainName",
                "'" + domain + "' is not a DNS name");
        String owner = domains.putIfAbsent(domain.toLowerCase(Locale.ROOT), relationship.name());
        require(owner == null, here + "/domainName", "domain " + domain + " already belongs to relationship " + owner);
        String autodiscover = relationship.fromFederationInformation().autodiscover();
        if (autodiscover == null) {
            require(
                    scenario.organizationHolding(domain).isPresent(),
                    here,
                    "no organization of this scenario holds " + domain
                            + ": write autodiscover (tenant:NAME/autodiscover or an http(s) URL)");
            return;
        }
        require(
                !autodiscover.endsWith("/ews"),
                here + "/autodiscover",
                "must be tenant:NAME/autodiscover or an http(s) URL: GetFederationInformation is an Autodiscover call");
        checkEndpoint(autodiscover, here + "/autodiscover");
    }

    private void checkEndpoint(String value, String at) {
        if (value == null) {
            return;
        }
        var tenant = TENANT_ENDPOINT.matcher(value);
        if (tenant.matches()) {
            require(
                    scenario.organization(tenant.group(1)).isPresent(),
                    at,
                    "names tenant " + tenant.group(1) + ", which this scenario does not define");
            // Outlook Web App's URL is a page for browsers: only targetOwaUrl names it, and it names nothing else.
            boolean owaField = at.endsWith("/targetOwaUrl");
            require(
                    owaField == "owa".equals(tenant.group(2)),
                    at,
                    owaField
                            ? "must be tenant:NAME/owa or an http(s) URL"
                            : "tenant:NAME/owa is Outlook Web App's address; only targetOwaUrl takes it");
            return;
        }
        require(
                isHttpUrl(value),
                at,
                "must be an http(s) URL or tenant:NAME/autodiscover or tenant:NAME/ews, not '" + value + "'");
    }

    private void checkAddress(String address, String at, Set<String> seen) {
        require(isAddress(address), at, "'" + address + "' is not an email address");
        require(seen.add(address.toLowerCase(Locale.ROOT)), at, address + " is used twice in this organization");
    }

    private void checkWorkingHours(Scenario.WorkingHoursSpec hours, String at) {
        for (int d = 0; d < hours.days().size(); d++) {
            String day = hours.days().get(d);
            require(
                    java.util.Arrays.stream(java.time.DayOfWeek.values())
                            .anyMatch(value -> value.name().equalsIgnoreCase(day)),
                    at + "/days/" + d,
                    "'" + day + "' is not a day of the week");
        }
        require(
                TenantDefinitions.minutes(hours.start()) >= 0,
                at + "/start",
                "must be HH:mm, not '" + hours.start() + "'");
        require(
                TenantDefinitions.minutes(hours.end()) > TenantDefinitions.minutes(hours.start()),
                at + "/end",
                "must be HH:mm after start, not '" + hours.end() + "'");
    }

    private void require(boolean condition, String pointer, String problem) {
        if (!condition) {
            throw new ScenarioException(file, locations.line(pointer), YamlLocations.readable(pointer), problem);
        }
    }

    private static boolean isAddress(String value) {
        return value != null && value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    private static String domainOf(String address) {
        return address.substring(address.indexOf('@') + 1);
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
