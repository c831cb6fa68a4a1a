package io.fedemu.tenant.ews;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.availability.AccessLevel;

/**
 * What an external requester may see of one mailbox: a level, or a refusal with its reason (answered as
 * ErrorNoFreeBusyAccess for that mailbox, docs/PROTOCOL.md section 4).
 */
public record AccessVerdict(AccessLevel level, Reason reason, String message) {
    /** The sentence of a granted decision, as the journal and the trace show it. */
    public static final String GRANTED =
            "The organization relationship and the calendar's Default permission let the partner see it.";

    public static AccessVerdict granted(AccessLevel level, String message) {
        return new AccessVerdict(level, null, message);
    }

    public static AccessVerdict refused(Reason reason, String message) {
        return new AccessVerdict(AccessLevel.NONE, reason, message);
    }

    public boolean isGranted() {
        return level != AccessLevel.NONE;
    }
}
