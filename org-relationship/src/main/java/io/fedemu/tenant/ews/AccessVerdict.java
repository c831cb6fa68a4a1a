package io.fedemu.tenant.ews;

import io.fedemu.tenant.availability.AccessLevel;

/**
 * What an external requester may see of one mailbox: a level, or a refusal with its named reason
 * (answered as ErrorNoFreeBusyAccess for that mailbox, PROTOCOL.md section 4).
 */
public record AccessVerdict(AccessLevel level, String reason, String message) {

    public static AccessVerdict granted(AccessLevel level, String message) {
        return new AccessVerdict(level, "GRANTED", message);
    }

    public static AccessVerdict refused(String reason, String message) {
        return new AccessVerdict(AccessLevel.NONE, reason, message);
    }

    public boolean isGranted() {
        return level != AccessLevel.NONE;
    }
}
