package io.fedemu.tenant.transport;

import java.util.List;
import java.util.Objects;

/**
 * A transport rule (New-TransportRule) in fedemu's subset (docs/PROTOCOL.md section 20): every condition set must
 * hold, then every action set is taken. A null condition is not tested; a null action is not taken.
 *
 * @param fromScope the sender inside or outside the organization; inside means an authenticated (AuthAs Internal)
 *     message from a recipient or accepted domain of the organization
 * @param sentToScope at least one recipient inside (or outside) the organization
 * @param subjectContainsWords any of these words in the subject, ignoring case
 * @param setHeaderName with {@code setHeaderValue}: SetHeaderName/SetHeaderValue
 * @param prependSubject text put before the subject
 * @param addToRecipients added to the message's To and delivered
 * @param blindCopyTo delivered without appearing in the headers
 */
public record TransportRule(
        String name,
        boolean enabled,
        MailScope fromScope,
        MailScope sentToScope,
        List<String> subjectContainsWords,
        String setHeaderName,
        String setHeaderValue,
        String prependSubject,
        List<String> addToRecipients,
        List<String> blindCopyTo) {
    public TransportRule {
        Objects.requireNonNull(name, "name");
        subjectContainsWords = subjectContainsWords == null ? List.of() : List.copyOf(subjectContainsWords);
        addToRecipients = addToRecipients == null ? List.of() : List.copyOf(addToRecipients);
        blindCopyTo = blindCopyTo == null ? List.of() : List.copyOf(blindCopyTo);
    }
}
