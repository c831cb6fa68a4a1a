package io.fedemu.tenant.transport.tracking;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The EventId values of Exchange's message tracking log that fedemu's transport writes or a search may name. SUBMIT
 * (a mailbox handing a message to transport) is accepted as a filter; fedemu's users submit over SMTP, which Exchange
 * logs as RECEIVE.
 */
public enum TrackingEventId {
    RECEIVE,
    SUBMIT,
    SEND,
    DELIVER,
    FAIL;

    /** The value of this name, ignoring case, as Get-MessageTrackingLog -EventId reads it. */
    public static Optional<TrackingEventId> of(String name) {
        String wanted = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.name().equals(wanted)).findFirst();
    }
}
