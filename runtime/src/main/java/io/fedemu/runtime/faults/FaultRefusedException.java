package io.fedemu.runtime.faults;

import io.fedemu.protocol.reason.Reason;

/** A fault request that cannot be applied; the message names the field and the value. */
public final class FaultRefusedException extends RuntimeException {
    private final Reason reason;

    public FaultRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
