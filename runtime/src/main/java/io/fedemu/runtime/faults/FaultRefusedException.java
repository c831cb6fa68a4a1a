package io.fedemu.runtime.faults;

/** A fault request that cannot be applied; the message names the field and the value. */
public final class FaultRefusedException extends RuntimeException {
    private final FaultRefusal reason;

    public FaultRefusedException(FaultRefusal reason, String message) {
        super(message);
        this.reason = reason;
    }

    public FaultRefusal reason() {
        return reason;
    }
}
