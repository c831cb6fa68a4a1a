package io.fedemu.topology.scenario;

import io.fedemu.protocol.ews.types.ExternalAudience;
import io.fedemu.protocol.ews.types.OofState;
import io.fedemu.protocol.gateway.OrganizationKind;
import io.fedemu.protocol.tenant.AvailabilityAddressSpace;
import io.fedemu.protocol.tenant.FreeBusyAccessLevel;
import io.fedemu.protocol.tenant.MailTipsAccessLevel;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.tenant.TenantDefinition;
import io.fedemu.tenant.availability.WindowsTimeZones;
import io.fedemu.tenant.calendar.CalendarEvent;
import io.fedemu.tenant.calendar.CalendarImportException;
import io.fedemu.tenant.calendar.ImportedCalendars;
import io.fedemu.tenant.directory.DefaultPermission;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.DistributionGroup;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.directory.RemoteMailbox;
import io.fedemu.tenant.directory.SecurityGroup;
import io.fedemu.tenant.directory.WorkingHours;
import io.fedemu.tenant.directory.WorkingPeriod;
import io.fedemu.tenant.mailtips.MailboxMailTips;
import io.fedemu.tenant.mailtips.OofSettings;
import io.fedemu.tenant.servers.ExchangeBuild;
import io.fedemu.tenant.servers.ExchangeServer;
import io.fedemu.tenant.servers.MailboxDatabase;
import io.fedemu.tenant.servers.OrganizationServers;
import io.fedemu.tenant.servers.ServerRole;
import io.fedemu.topology.scenario.Scenario.MailboxSpec;
import io.fedemu.topology.scenario.Scenario.OrganizationSpec;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns a checked scenario's organization into what a tenant starts from: directory and calendars. */
public final class TenantDefinitions {
    private TenantDefinitions() {}

    /** Resolves a scenario endpoint such as {@code tenant:contoso-cloud/autodiscover} to a URL. */
    @FunctionalInterface
    public interface Endpoints {
        String resolve(String written);

        /** Endpoints written as URLs only. */
        Endpoints AS_WRITTEN = written -> written;
    }

    public static TenantDefinition from(Scenario scenario, OrganizationSpec org) {
        return from(scenario, org, Endpoints.AS_WRITTEN);
    }

    public static TenantDefinition from(Scenario scenario, OrganizationSpec org, Endpoints endpoints) {
        return from(scenario, org, endpoints, ImportedCalendars.none());
    }

    /** With {@code imported} caching .ics imports in the state directory, so a warm start skips ical4j. */
    public static TenantDefinition from(
            Scenario scenario, OrganizationSpec org, Endpoints endpoints, ImportedCalendars imported) {
        List<Mailbox> mailboxes =
                org.mailboxes().stream().map(TenantDefinitions::mailbox).toList();
        List<RemoteMailbox> remotes = org.remoteMailboxes().stream()
                .map(remote -> new RemoteMailbox(
                        remote.address(),
                        remote.displayName() == null ? remote.address() : remote.displayName(),
                        remote.targetAddress(),
                        remote.password()))
                .toList();
        List<SecurityGroup> groups = org.groups().stream()
                .map(group -> new SecurityGroup(group.name(), new HashSet<>(group.members())))
                .toList();
        List<DistributionGroup> distributionGroups = org.groups().stream()
                .filter(group -> group.address() != null)
                .map(group ->
                        new DistributionGroup(group.address(), group.name(), group.displayName(), group.members()))
                .toList();
        Directory directory =
                new Directory(new HashSet<>(org.domains()), mailboxes, remotes, groups, distributionGroups);
        Map<String, List<CalendarEvent>> calendars = new HashMap<>();
        InlineEvents inline = new InlineEvents();
        for (int i = 0; i < org.mailboxes().size(); i++) {
            MailboxSpec spec = org.mailboxes().get(i);
            ZoneId zone = mailboxes.get(i).timeZone();
            List<CalendarEvent> events = new ArrayList<>();
            if (spec.calendar() != null) {
                String pointer =
                        "/organizations/" + scenario.organizations().indexOf(org) + "/mailboxes/" + i + "/calendar";
                events.addAll(calendar(imported, scenario, pointer, spec.calendar(), zone));
            }
            for (int e = 0; e < spec.events().size(); e++) {
                events.add(inline.toEvent(spec.events().get(e), spec.address(), e, zone));
            }
            if (spec.calendar() != null || !events.isEmpty()) {
                calendars.put(spec.address().toLowerCase(Locale.ROOT), List.copyOf(events));
            }
        }
        Map<String, MailboxMailTips> mailTips = new HashMap<>();
        for (int i = 0; i < org.mailboxes().size(); i++) {
            MailboxSpec spec = org.mailboxes().get(i);
            if (spec.automaticReplies() != null || spec.mailTip() != null || Boolean.TRUE.equals(spec.mailboxFull())) {
                mailTips.put(
                        spec.address().toLowerCase(Locale.ROOT),
                        new MailboxMailTips(
                                automaticReplies(
                                        spec.automaticReplies(),
                                        mailboxes.get(i).timeZone()),
                                spec.mailTip(),
                                Boolean.TRUE.equals(spec.mailboxFull())));
            }
        }
        OrganizationKind kind = "cloud".equals(org.kind()) ? OrganizationKind.CLOUD : OrganizationKind.ON_PREMISES;
        String applicationUri = org.applicationUri() != null
                ? org.applicationUri()
                : "FYDIBOHF25SPDLT." + org.domains().get(0);
        // Derived relationships need the partner's answer, so they are created once the partner is up:
        // see DerivedRelationships.
        List<OrganizationRelationship> relationships = org.relationships().stream()
                .filter(spec -> !spec.derived())
                .map(spec -> relationship(spec, endpoints))
                .toList();
        return new TenantDefinition(
                org.name(),
                kind,
                org.domains(),
                applicationUri,
                org.hostNames(),
                org.serverVersion(),
                directory,
                calendars,
                relationships,
                org.allowedPartners().stream()
                        .map(url -> URI.create(url.trim()))
                        .toList(),
                servers(org),
                org.availabilityAddressSpaces().stream()
                        .map(spec -> new AvailabilityAddressSpace(
                                spec.forestName(),
                                spec.accessMethod(),
                                spec.useServiceAccount(),
                                // tenant:NAME/ews is the namespace's URL; server:NAME/ews is looked up at each request.
                                resolve(spec.proxyUrl(), endpoints)))
                        .toList(),
                mailTips);
    }

    /** The scenario's automatic replies, their window read in the mailbox's zone; ScenarioRules checked them. */
    static OofSettings automaticReplies(Scenario.AutomaticRepliesSpec spec, ZoneId zone) {
        if (spec == null) {
            return null;
        }
        return new OofSettings(
                OofState.fromValue(spec.state() == null ? "Disabled" : spec.state()),
                ExternalAudience.fromValue(spec.externalAudience() == null ? "All" : spec.externalAudience()),
                spec.start() == null
                        ? null
                        : LocalDateTime.parse(spec.start()).atZone(zone).toInstant(),
                spec.end() == null
                        ? null
                        : LocalDateTime.parse(spec.end()).atZone(zone).toInstant(),
                spec.internalMessage(),
                spec.externalMessage());
    }

    /** The organization's servers as ScenarioRules checked them; none written is one 2013 server. */
    static OrganizationServers servers(Scenario.OrganizationSpec org) {
        if (org.servers().isEmpty()) {
            return OrganizationServers.single();
        }
        List<ExchangeServer> servers = org.servers().stream()
                .map(spec -> new ExchangeServer(
                        spec.name(),
                        spec.roles().stream()
                                .map(role -> ServerRole.parse(role).orElseThrow())
                                .collect(java.util.stream.Collectors.toCollection(
                                        () -> java.util.EnumSet.noneOf(ServerRole.class))),
                        ExchangeBuild.parse(spec.build())))
                .toList();
        List<MailboxDatabase> databases = org.databases().stream()
                .map(spec -> new MailboxDatabase(spec.name(), spec.copies()))
                .toList();
        Map<String, String> homes = new java.util.LinkedHashMap<>();
        for (Scenario.MailboxSpec mailbox : org.mailboxes()) {
            if (mailbox.database() != null) {
                homes.put(mailbox.address(), mailbox.database());
            }
        }
        return OrganizationServers.of(servers, databases, homes, org.automaticFailover());
    }

    /** The relationship as written; for a derived one, without what the partner's answer fills in. */
    static OrganizationRelationship relationship(Scenario.RelationshipSpec spec, Endpoints endpoints) {
        return OrganizationRelationship.withDefaults(
                spec.name(),
                spec.domainNames(),
                spec.enabled(),
                spec.freeBusyAccessEnabled(),
                spec.freeBusyAccessLevel() == null ? null : FreeBusyAccessLevel.fromWire(spec.freeBusyAccessLevel()),
                spec.freeBusyAccessScope(),
                spec.targetApplicationUri(),
                resolve(spec.targetAutodiscoverEpr(), endpoints),
                resolve(spec.targetSharingEpr(), endpoints),
                resolve(spec.targetOwaUrl(), endpoints),
                spec.mailboxMoveEnabled(),
                spec.deliveryReportEnabled(),
                spec.mailTipsAccessEnabled(),
                spec.mailTipsAccessLevel() == null ? null : MailTipsAccessLevel.fromWire(spec.mailTipsAccessLevel()),
                spec.photosEnabled(),
                spec.archiveAccessEnabled(),
                spec.organizationContact(),
                spec.mailTipsAccessScope());
    }

    private static String resolve(String written, Endpoints endpoints) {
        return written == null ? null : endpoints.resolve(written);
    }

    /** A Windows zone id (as Exchange and Outlook write them) or an IANA id. */
    public static Optional<ZoneId> zone(String id) {
        Optional<ZoneId> windows = WindowsTimeZones.toZoneId(id);
        if (windows.isPresent()) {
            return windows;
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Minutes after midnight of "HH:mm", or -1 if it is not one. */
    static int minutes(String hhmm) {
        try {
            LocalTime time = LocalTime.parse(hhmm == null ? "" : hhmm);
            return time.getHour() * 60 + time.getMinute();
        } catch (DateTimeParseException e) {
            return -1;
        }
    }

    private static Mailbox mailbox(MailboxSpec spec) {
        ZoneId zone = spec.timeZone() == null
                ? ZoneId.of("UTC")
                : zone(spec.timeZone()).orElseThrow();
        WorkingHours hours = WorkingHours.standard(zone);
        if (spec.workingHours() != null) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            spec.workingHours().days().forEach(day -> days.add(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT))));
            hours = new WorkingHours(
                    zone,
                    List.of(new WorkingPeriod(
                            days,
                            minutes(spec.workingHours().start()),
                            minutes(spec.workingHours().end()))));
        }
        // Exchange's default for the Default user is AvailabilityOnly (FreeBusyTimeOnly).
        DefaultPermission permission = spec.defaultPermission() == null
                ? DefaultPermission.FREE_BUSY_TIME_ONLY
                : DefaultPermission.valueOf(spec.defaultPermission()
                        .replaceAll("([a-z])([A-Z])", "$1_$2")
                        .toUpperCase(Locale.ROOT));
        return new Mailbox(
                spec.address(),
                spec.proxyAddresses(),
                spec.displayName() == null ? spec.address() : spec.displayName(),
                spec.password(),
                zone,
                hours,
                permission);
    }

    /**
     * The items of a mailbox's {@code .ics} file; they pass the same recurrence rules as the admin API's
     * ({@code IcsImporter}). A refusal is the scenario's error at the mailbox's {@code calendar} line, naming the
     * file, the VEVENT and the rule; the scenario is read again for its line only then.
     */
    private static List<CalendarEvent> calendar(
            ImportedCalendars imported, Scenario scenario, String pointer, String name, ZoneId zone) {
        Path file = scenario.resolve(name);
        try {
            return imported.read(file, zone);
        } catch (IOException | CalendarImportException e) {
            Path source = scenario.source();
            if (source == null) {
                throw new ScenarioException(file, 0, "", "cannot import calendar: " + e.getMessage());
            }
            int line;
            try {
                line = YamlLocations.of(Files.readString(source)).line(pointer);
            } catch (IOException | RuntimeException unreadable) {
                line = 0;
            }
            throw new ScenarioException(
                    source, line, YamlLocations.readable(pointer), "cannot import " + name + ": " + e.getMessage());
        }
    }
}
