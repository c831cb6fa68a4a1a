package io.fedemu.tenant.availability;

import io.fedemu.protocol.reason.Reason;
import java.util.Objects;

/** A request or mailbox the engine refuses, for one {@link Reason}; the message adds the concrete values. */
public final class FreeBusyException extends RuntimeException {
    private final Reason reason;

    public FreeBusyException(Reason reason, String detail) {
        super(reason.sentence() + (detail == null || detail.isEmpty() ? "" : " " + detail));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
