package io.fedemu.gateway.token;

/** A refused token request: nothing was issued. The message names the exact check that failed. */
public final class TokenRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final TokenRefusal reason;

    public TokenRefusedException(TokenRefusal reason, String description) {
        super(description);
        this.reason = reason;
    }

    public TokenRefusal reason() {
        return reason;
    }
}
