package io.fedemu.protocol.tenant;

import io.fedemu.protocol.reason.Reason;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether an organization relationship lets free/busy cross, decided once for both sides (docs/PROTOCOL.md
 * section 4). The tenant decides with it; the trust-chain verifier and Test-OrganizationRelationship explain
 * the same decision with it, so the three can never disagree.
 *
 * <p>The requesting side selects its relationship by the target's routing domain and needs it enabled, with
 * free/busy access, a TargetApplicationUri and an endpoint. The receiving side selects by the requester's
 * domain and needs it enabled, with free/busy access at a level above None; the mailbox's own rules (the
 * FreeBusyAccessScope group, the calendar's Default permission) follow in the tenant, which holds the
 * directory.
 */
public final class FreeBusyRelationshipRule {
    private FreeBusyRelationshipRule() {}

    /** The relationship listing {@code domain}, exactly and ignoring case; Exchange matches no subdomains. */
    public static Optional<OrganizationRelationship> forDomain(
            List<OrganizationRelationship> relationships, String domain) {
        if (domain == null) {
            return Optional.empty();
        }
        String wanted = domain.trim().toLowerCase(Locale.ROOT);
        return relationships.stream()
                .filter(r -> r.domainNames().stream().anyMatch(d -> d != null && d.equalsIgnoreCase(wanted)))
                .findFirst();
    }

    /** Requesting side: why the relationship for the target's domain cannot be used, or empty when it can. */
    public static Optional<Reason> requesting(Optional<OrganizationRelationship> forTargetDomain) {
        if (forTargetDomain.isEmpty()) {
            return Optional.of(Reason.NO_RELATIONSHIP_FOR_TARGET);
        }
        OrganizationRelationship r = forTargetDomain.get();
        if (!r.enabled()) {
            return Optional.of(Reason.RELATIONSHIP_FOR_TARGET_DISABLED);
        }
        if (!r.freeBusyAccessEnabled()) {
            return Optional.of(Reason.FREE_BUSY_FOR_TARGET_DISABLED);
        }
        if (r.targetApplicationUri() == null) {
            return Optional.of(Reason.NO_TARGET_APPLICATION_URI);
        }
        if (r.targetSharingEpr() == null && r.targetAutodiscoverEpr() == null) {
            return Optional.of(Reason.NO_TARGET_ENDPOINT);
        }
        return Optional.empty();
    }

    /**
     * Receiving side, the relationship-wide part: why the relationship for the requester's domain lets nothing
     * through, or empty when it grants some free/busy level.
     */
    public static Optional<Reason> receiving(Optional<OrganizationRelationship> forRequesterDomain) {
        if (forRequesterDomain.isEmpty()) {
            return Optional.of(Reason.NO_RELATIONSHIP);
        }
        OrganizationRelationship r = forRequesterDomain.get();
        if (!r.enabled()) {
            return Optional.of(Reason.RELATIONSHIP_DISABLED);
        }
        if (!r.freeBusyAccessEnabled()) {
            return Optional.of(Reason.FREE_BUSY_DISABLED);
        }
        if (r.freeBusyAccessLevel() == FreeBusyAccessLevel.NONE) {
            return Optional.of(Reason.RELATIONSHIP_LEVEL_NONE);
        }
        return Optional.empty();
    }
}
