package io.fedemu.tenant.hybrid;

import io.fedemu.protocol.reason.Reason;

/** Set-HybridConfiguration refused: the message starts with the parameter's name; nothing was changed. */
public final class HybridConfigurationRefused extends RuntimeException {
    private final transient Reason reason;

    public HybridConfigurationRefused(Reason reason, String parameter, String problem) {
        super(parameter + ": " + problem);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
