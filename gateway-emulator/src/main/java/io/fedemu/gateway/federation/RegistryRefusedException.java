package io.fedemu.gateway.federation;

import io.fedemu.protocol.reason.Reason;

/** A refused registry change; nothing was changed. */
public final class RegistryRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Reason reason;

    public RegistryRefusedException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
