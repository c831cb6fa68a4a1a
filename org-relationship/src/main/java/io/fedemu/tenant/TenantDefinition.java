package io.fedemu.tenant;

import io.fedemu.protocol.gateway.OrganizationKind;
import io.fedemu.protocol.tenant.AvailabilityAddressSpace;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.tenant.calendar.CalendarEvent;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.mailtips.MailboxMailTips;
import io.fedemu.tenant.servers.OrganizationServers;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a tenant needs to start, as the scenario describes it. The emulator module builds it
 * from a scenario file; tests build it directly.
 *
 * @param serverVersion    the RequestServerVersion name it answers as, e.g. Exchange2013
 * @param initialCalendars calendars by primary SMTP address (lower case), used when the state
 *                         directory has none yet
 * @param initialRelationships organization relationships used when the state directory has none yet
 * @param servers          its Exchange servers and databases; null is one Exchange 2013 server
 * @param allowedPartners  partners outside the scenario it may call, by URL (only host and port count): added to
 *                         its PartnerHosts at start, beside the scenario's roles
 * @param initialAddressSpaces availability address spaces used when the state directory has none yet: where its
 *                         Exchange 2007 servers send their users' requests for other domains
 * @param mailTips         each mailbox's custom MailTip, quota state and first automatic replies, by primary SMTP
 *                         address (lower case); a mailbox not listed has none (PROTOCOL.md section 15)
 */
public record TenantDefinition(
        String name,
        OrganizationKind kind,
        List<String> domains,
        String applicationUri,
        List<String> hostNames,
        String serverVersion,
        Directory directory,
        Map<String, List<CalendarEvent>> initialCalendars,
        List<OrganizationRelationship> initialRelationships,
        List<URI> allowedPartners,
        OrganizationServers servers,
        List<AvailabilityAddressSpace> initialAddressSpaces,
        Map<String, MailboxMailTips> mailTips) {

    /** A tenant whose mailboxes have no MailTips settings of their own. */
    public TenantDefinition(
            String name,
            OrganizationKind kind,
            List<String> domains,
            String applicationUri,
            List<String> hostNames,
            String serverVersion,
            Directory directory,
            Map<String, List<CalendarEvent>> initialCalendars,
            List<OrganizationRelationship> initialRelationships,
            List<URI> allowedPartners,
            OrganizationServers servers,
            List<AvailabilityAddressSpace> initialAddressSpaces) {
        this(
                name,
                kind,
                domains,
                applicationUri,
                hostNames,
                serverVersion,
                directory,
                initialCalendars,
                initialRelationships,
                allowedPartners,
                servers,
                initialAddressSpaces,
                Map.of());
    }

    /** A tenant without availability address spaces (yet). */
    public TenantDefinition(
            String name,
            OrganizationKind kind,
            List<String> domains,
            String applicationUri,
            List<String> hostNames,
            String serverVersion,
            Directory directory,
            Map<String, List<CalendarEvent>> initialCalendars,
            List<OrganizationRelationship> initialRelationships,
            List<URI> allowedPartners,
            OrganizationServers servers) {
        this(
                name,
                kind,
                domains,
                applicationUri,
                hostNames,
                serverVersion,
                directory,
                initialCalendars,
                initialRelationships,
                allowedPartners,
                servers,
                List.of());
    }

    /** A tenant of one Exchange 2013 server. */
    public TenantDefinition(
            String name,
            OrganizationKind kind,
            List<String> domains,
            String applicationUri,
            List<String> hostNames,
            String serverVersion,
            Directory directory,
            Map<String, List<CalendarEvent>> initialCalendars,
            List<OrganizationRelationship> initialRelationships,
            List<URI> allowedPartners) {
        this(
                name,
                kind,
                domains,
                applicationUri,
                hostNames,
                serverVersion,
                directory,
                initialCalendars,
                initialRelationships,
                allowedPartners,
                null);
    }

    /** A tenant that calls only the roles of its scenario. */
    public TenantDefinition(
            String name,
            OrganizationKind kind,
            List<String> domains,
            String applicationUri,
            List<String> hostNames,
            String serverVersion,
            Directory directory,
            Map<String, List<CalendarEvent>> initialCalendars,
            List<OrganizationRelationship> initialRelationships) {
        this(
                name,
                kind,
                domains,
                applicationUri,
                hostNames,
                serverVersion,
                directory,
                initialCalendars,
                initialRelationships,
                List.of());
    }

    /** A tenant without organization relationships (yet). */
    public TenantDefinition(
            String name,
            OrganizationKind kind,
            List<String> domains,
            String applicationUri,
            List<String> hostNames,
            String serverVersion,
            Directory directory,
            Map<String, List<CalendarEvent>> initialCalendars) {
        this(name, kind, domains, applicationUri, hostNames, serverVersion, directory, initialCalendars, List.of());
    }

    public TenantDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        domains = List.copyOf(domains);
        hostNames = List.copyOf(hostNames);
        Objects.requireNonNull(directory, "directory");
        initialCalendars = Map.copyOf(initialCalendars);
        initialRelationships = List.copyOf(initialRelationships);
        allowedPartners = List.copyOf(allowedPartners);
        serverVersion = serverVersion == null ? "Exchange2013" : serverVersion;
        servers = servers == null ? OrganizationServers.single() : servers;
        initialAddressSpaces = initialAddressSpaces == null ? List.of() : List.copyOf(initialAddressSpaces);
        mailTips = mailTips == null ? Map.of() : Map.copyOf(mailTips);
    }

    /** The mailbox's MailTips settings as the scenario wrote them; none when it wrote none. */
    public MailboxMailTips mailTipsOf(String primaryAddress) {
        return mailTips.getOrDefault(primaryAddress.toLowerCase(java.util.Locale.ROOT), MailboxMailTips.NONE);
    }
}
