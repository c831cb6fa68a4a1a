package io.fedemu.emulator.dashboard;

import io.fedemu.protocol.reason.Reason;

/**
 * Why the dashboard said no: the HTTP status, the reason (the same names the admin APIs answer) and what was wrong.
 * Thrown before anything changed, and rendered as a page naming it.
 */
final class Refusal extends RuntimeException {
    private final int status;
    private final Reason reason;

    Refusal(int status, Reason reason, String detail) {
        super(detail);
        this.status = status;
        this.reason = reason;
    }

    Refusal(Reason reason, String detail) {
        this(reason.httpStatus(), reason, detail);
    }

    int status() {
        return status;
    }

    Reason reason() {
        return reason;
    }
}
