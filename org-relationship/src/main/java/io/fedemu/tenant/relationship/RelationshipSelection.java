package io.fedemu.tenant.relationship;

import io.fedemu.protocol.tenant.OrganizationRelationship;
import java.util.Objects;
import java.util.Optional;

/**
 * Requesting side (PROTOCOL.md section 4): the domain of the target address (for a remote mailbox, its
 * targetAddress domain) selects the relationship, which must be enabled, have free/busy access enabled, a
 * TargetApplicationUri, and a TargetSharingEpr or TargetAutodiscoverEpr.
 *
 * @param relationship the relationship found for the domain, present whenever one was found (also when it
 *                     cannot be used, so a trace can show it)
 */
public record RelationshipSelection(SelectionOutcome outcome, Optional<OrganizationRelationship> relationship) {

    public RelationshipSelection {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(relationship, "relationship");
    }

    public static RelationshipSelection forTarget(RelationshipStore store, String targetDomain) {
        return of(store.forDomain(targetDomain));
    }

    /** The rule itself, over the relationship (if any) that lists the target's domain. */
    public static RelationshipSelection of(Optional<OrganizationRelationship> found) {
        if (found.isEmpty()) {
            return new RelationshipSelection(SelectionOutcome.NO_RELATIONSHIP, found);
        }
        OrganizationRelationship r = found.get();
        SelectionOutcome outcome;
        if (!r.enabled()) {
            outcome = SelectionOutcome.RELATIONSHIP_DISABLED;
        } else if (!r.freeBusyAccessEnabled()) {
            outcome = SelectionOutcome.FREE_BUSY_DISABLED;
        } else if (r.targetApplicationUri() == null) {
            outcome = SelectionOutcome.NO_TARGET_APPLICATION_URI;
        } else if (r.targetSharingEpr() == null && r.targetAutodiscoverEpr() == null) {
            outcome = SelectionOutcome.NO_TARGET_ENDPOINT;
        } else {
            outcome = SelectionOutcome.SELECTED;
        }
        return new RelationshipSelection(outcome, found);
    }

    public boolean selected() {
        return outcome == SelectionOutcome.SELECTED;
    }
}
