package io.fedemu.tenant.availability;

import java.util.Objects;

/** A request or mailbox the engine refuses, for one {@link FreeBusyError}; the message adds the concrete values. */
public final class FreeBusyException extends RuntimeException {
    private final FreeBusyError reason;

    public FreeBusyException(FreeBusyError reason, String detail) {
        super(reason.sentence() + (detail == null || detail.isEmpty() ? "" : " " + detail));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public FreeBusyError reason() {
        return reason;
    }
}
