package io.fedemu.tenant.relationship;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.FreeBusyAccessLevel;
import io.fedemu.protocol.tenant.FreeBusyRelationshipRule;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.tenant.availability.AccessLevel;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.Mailbox;
import java.util.Objects;
import java.util.Optional;

/**
 * Receiving side (docs/PROTOCOL.md section 4): the requester's email domain (from the delegation token) selects
 * the relationship, whose own rule is {@link FreeBusyRelationshipRule#receiving}; then the target must be in the
 * FreeBusyAccessScope group, and effective access is the lower of the calendar's Default permission and the
 * relationship's FreeBusyAccessLevel. Relationship-wide reasons come before per-mailbox ones, so a trainer sees the
 * organization's mistake first.
 *
 * @param refusal why nothing may be seen; empty when granted
 * @param level   what the requester may see; {@link AccessLevel#NONE} unless granted, never above
 *                {@link AccessLevel#LIMITED_DETAILS} (no item ids across organizations)
 */
public record AccessDecision(Optional<Reason> refusal, AccessLevel level) {

    public AccessDecision {
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(level, "level");
    }

    /**
     * The whole receiving-side rule for a requester's email address (from the delegation token): its domain
     * selects the relationship, exactly and ignoring case. An address without a domain selects none.
     */
    public static AccessDecision forRequester(
            RelationshipStore relationships, String requesterAddress, Mailbox target, Directory directory) {
        int at = requesterAddress == null ? -1 : requesterAddress.lastIndexOf('@');
        Optional<OrganizationRelationship> relationship =
                at < 0 ? Optional.empty() : relationships.forDomain(requesterAddress.substring(at + 1));
        return decide(relationship, target, directory);
    }

    public static AccessDecision decide(
            Optional<OrganizationRelationship> byRequesterDomain, Mailbox target, Directory directory) {
        Optional<Reason> relationshipWide = FreeBusyRelationshipRule.receiving(byRequesterDomain);
        if (relationshipWide.isPresent()) {
            return refused(relationshipWide.get());
        }
        OrganizationRelationship r = byRequesterDomain.orElseThrow();
        if (!inScope(r.freeBusyAccessScope(), target, directory)) {
            return refused(Reason.OUTSIDE_SCOPE);
        }
        AccessLevel effective = AccessLevel.effective(target.defaultPermission(), levelOf(r.freeBusyAccessLevel()));
        if (effective == AccessLevel.NONE) {
            return refused(Reason.DEFAULT_PERMISSION_NONE);
        }
        return new AccessDecision(Optional.empty(), effective);
    }

    /** What a relationship's FreeBusyAccessLevel allows by itself; at most LIMITED_DETAILS. */
    public static AccessLevel levelOf(FreeBusyAccessLevel level) {
        return switch (level) {
            case NONE -> AccessLevel.NONE;
            case AVAILABILITY_ONLY -> AccessLevel.AVAILABILITY_ONLY;
            case LIMITED_DETAILS -> AccessLevel.LIMITED_DETAILS;
        };
    }

    public boolean granted() {
        return refusal.isEmpty();
    }

    /**
     * Empty scope is everyone; an unknown group has no members, so it hides everyone. MailTipsAccessScope reads the
     * same way (PROTOCOL.md section 15).
     */
    public static boolean inScope(String scope, Mailbox target, Directory directory) {
        if (scope == null) {
            return true;
        }
        return directory
                .group(scope)
                .map(group -> target.allAddresses().stream().anyMatch(group::contains))
                .orElse(false);
    }

    private static AccessDecision refused(Reason reason) {
        return new AccessDecision(Optional.of(reason), AccessLevel.NONE);
    }
}
