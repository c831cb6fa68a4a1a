package io.fedemu.emulator.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A scenario file: the gateway and the organizations to run, with their directories, calendars and
 * relationships. Values as written in YAML; {@link ScenarioLoader} checks them and resolves paths.
 *
 * @param source the file it was read from; calendar paths are relative to its folder
 */
public record Scenario(String scenario, String description, GatewaySpec gateway, List<OrganizationSpec> organizations,
        Path source) {

    public Scenario {
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        gateway = gateway == null ? new GatewaySpec(null, 0, false) : gateway;
    }

    public Optional<OrganizationSpec> organization(String name) {
        return organizations.stream().filter(org -> org.name().equalsIgnoreCase(name)).findFirst();
    }

    /** A path written in the scenario (a calendar file), relative to the scenario's folder. */
    public Path resolve(String relative) {
        Path folder = source == null ? null : source.getParent();
        return folder == null ? Path.of(relative) : folder.resolve(relative).normalize();
    }

    Scenario withSource(Path file) {
        return new Scenario(scenario, description, gateway, organizations, file);
    }

    /** {@code issuer}: "default" or absent for https://localhost:PORT, else a URL. */
    /**
     * @param rotateSigningKeyAfterStart a teaching fault: the gateway rotates its signing key once every
     *                                   tenant has fetched its metadata, so their copies are stale at once
     */
    public record GatewaySpec(String issuer, long clockOffsetSeconds, boolean rotateSigningKeyAfterStart) {
    }

    /**
     * @param refreshMetadataOnUnknownKey false keeps a stale gateway metadata copy after a gateway key rotation
     *                                    (the teaching break); absent means true
     */
    public record OrganizationSpec(String name, String kind, List<String> domains, String applicationUri,
            List<String> hostNames, String serverVersion, long clockOffsetSeconds, List<MailboxSpec> mailboxes,
            List<RemoteMailboxSpec> remoteMailboxes, List<GroupSpec> groups, List<RelationshipSpec> relationships,
            Boolean refreshMetadataOnUnknownKey) {

        public OrganizationSpec {
            domains = copy(domains);
            hostNames = copy(hostNames);
            mailboxes = copy(mailboxes);
            remoteMailboxes = copy(remoteMailboxes);
            groups = copy(groups);
            relationships = copy(relationships);
        }
    }

    public record MailboxSpec(String address, List<String> proxyAddresses, String displayName, String password,
            String timeZone, WorkingHoursSpec workingHours, String defaultPermission, String calendar) {

        public MailboxSpec {
            proxyAddresses = copy(proxyAddresses);
        }
    }

    public record WorkingHoursSpec(List<String> days, String start, String end) {
        public WorkingHoursSpec {
            days = copy(days);
        }
    }

    public record RemoteMailboxSpec(String address, String displayName, String targetAddress) {
    }

    public record GroupSpec(String name, List<String> members) {
        public GroupSpec {
            members = copy(members);
        }
    }

    /**
     * New-OrganizationRelationship's parameters (PROTOCOL.md section 4). An endpoint may be written
     * {@code tenant:NAME/autodiscover} or {@code tenant:NAME/ews}: resolved to that tenant's URL at start,
     * since ports are chosen then.
     */
    public record RelationshipSpec(String name, List<String> domainNames, Boolean enabled,
            Boolean freeBusyAccessEnabled, String freeBusyAccessLevel, String freeBusyAccessScope,
            String targetApplicationUri, String targetAutodiscoverEpr, String targetSharingEpr, String targetOwaUrl,
            Boolean mailboxMoveEnabled, Boolean deliveryReportEnabled, Boolean mailTipsAccessEnabled,
            String mailTipsAccessLevel, Boolean photosEnabled, Boolean archiveAccessEnabled,
            String organizationContact) {

        public RelationshipSpec {
            domainNames = copy(domainNames);
        }
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
