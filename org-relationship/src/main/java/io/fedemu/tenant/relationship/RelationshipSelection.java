package io.fedemu.tenant.relationship;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.FreeBusyRelationshipRule;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import java.util.Objects;
import java.util.Optional;

/**
 * Requesting side (docs/PROTOCOL.md section 4): the domain of the target address (for a remote mailbox, its
 * targetAddress domain) selects the relationship; {@link FreeBusyRelationshipRule#requesting} says whether it can
 * be used.
 *
 * @param refusal      why the relationship cannot be used; empty when it can
 * @param relationship the relationship found for the domain, present whenever one was found (also when it
 *                     cannot be used, so a trace can show it)
 */
public record RelationshipSelection(Optional<Reason> refusal, Optional<OrganizationRelationship> relationship) {

    public RelationshipSelection {
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(relationship, "relationship");
    }

    public static RelationshipSelection forTarget(RelationshipStore store, String targetDomain) {
        return of(store.forDomain(targetDomain));
    }

    /** The rule itself, over the relationship (if any) that lists the target's domain. */
    public static RelationshipSelection of(Optional<OrganizationRelationship> found) {
        return new RelationshipSelection(FreeBusyRelationshipRule.requesting(found), found);
    }

    public boolean selected() {
        return refusal.isEmpty();
    }
}
