package io.fedemu.gateway.token;

import io.fedemu.protocol.reason.Reason;

/** A refused token request: nothing was issued. The message names the exact check that failed. */
public final class TokenRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Reason reason;

    public TokenRefusedException(Reason reason, String description) {
        super(description);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
