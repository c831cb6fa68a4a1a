package io.fedemu.tenant.crosspremises;

import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.tenant.ews.AvailabilityEndpoint;
import io.fedemu.tenant.ews.AvailabilityRequest;
import io.fedemu.tenant.ews.CrossPremisesAvailability;
import io.fedemu.tenant.ews.FreeBusyResponses;
import io.fedemu.tenant.relationship.RelationshipStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The requesting side of an organization without a federation trust (New-FederationTrust never ran).
 * A relationship may still cover the target's domain, but no delegation token can be had: that mailbox
 * fails naming NO_FEDERATION_TRUST, rather than the misleading "no address space" a domain without any
 * relationship gets.
 */
public final class UnfederatedAvailability implements CrossPremisesAvailability {
    private final String role;
    private final RelationshipStore relationships;
    private final Journal journal;

    public UnfederatedAvailability(String role, RelationshipStore relationships, Journal journal) {
        this.role = role;
        this.relationships = relationships;
        this.journal = journal;
    }

    @Override
    public Map<Integer, FreeBusyResponseType> answer(
            List<RemoteTarget> targets, AvailabilityRequest request, String requester, String requestId) {
        Map<Integer, FreeBusyResponseType> answers = new HashMap<>();
        List<RemoteTarget> unrelated = targets.stream()
                .filter(target -> relationships.forDomain(target.targetDomain()).isEmpty())
                .toList();
        answers.putAll(AvailabilityEndpoint.NO_FEDERATION.answer(unrelated, request, requester, requestId));
        targets.stream().filter(target -> !unrelated.contains(target)).forEach(target -> {
            journal.fail(
                    role,
                    requestId,
                    JournalEntry.Step.TOKEN_REQUEST,
                    Reason.NO_FEDERATION_TRUST,
                    requester,
                    target.targetDomain(),
                    role + " has no federation trust with the gateway, so it cannot request a delegation token");
            answers.put(
                    target.index(),
                    FreeBusyResponses.error(
                            Reason.NO_FEDERATION_TRUST,
                            "The organization relationship for " + target.targetDomain() + " cannot be used: this "
                                    + "organization has no federation trust with the gateway (NO_FEDERATION_TRUST)."));
        });
        return answers;
    }
}
