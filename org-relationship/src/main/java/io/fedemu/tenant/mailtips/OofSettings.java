package io.fedemu.tenant.mailtips;

import io.fedemu.protocol.ews.types.ExternalAudience;
import io.fedemu.protocol.ews.types.OofState;
import java.time.Instant;
import java.util.Objects;

/**
 * A mailbox's automatic replies (Exchange's OOF settings): on, off or on for a scheduled window; which senders
 * outside the organization get the external reply; the two replies. A value: {@link OofRules} checks it.
 *
 * @param start with Scheduled, when the replies start; else kept as given (Exchange keeps the last window)
 * @param end   with Scheduled, when they stop (exclusive)
 */
public record OofSettings(
        OofState state,
        ExternalAudience externalAudience,
        Instant start,
        Instant end,
        String internalReply,
        String externalReply) {

    /** What a new Exchange mailbox has: off, the external reply to everyone, no messages. */
    public static final OofSettings DEFAULT =
            new OofSettings(OofState.DISABLED, ExternalAudience.ALL, null, null, "", "");

    public OofSettings {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(externalAudience, "externalAudience");
        internalReply = internalReply == null ? "" : internalReply;
        externalReply = externalReply == null ? "" : externalReply;
    }

    /** Whether a message arriving at {@code now} gets an automatic reply. */
    public boolean activeAt(Instant now) {
        return switch (state) {
            case ENABLED -> true;
            case SCHEDULED -> start != null && end != null && !now.isBefore(start) && now.isBefore(end);
            case DISABLED -> false;
        };
    }

    /**
     * The reply a sender outside the organization gets: the external one when the audience is All; Known means
     * senders in the mailbox's contacts, and fedemu keeps no contacts, so none (PROTOCOL.md section 15).
     */
    public String replyToExternal() {
        return externalAudience == ExternalAudience.ALL ? externalReply : "";
    }
}
