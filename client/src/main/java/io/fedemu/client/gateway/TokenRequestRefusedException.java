package io.fedemu.client.gateway;

import io.fedemu.protocol.gateway.OAuthError;

/** The gateway refused to issue a token; {@link #error()} names the failed check. */
public final class TokenRequestRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient OAuthError error;

    public TokenRequestRefusedException(int status, OAuthError error) {
        super(error.error() + " (" + error.reason() + "): " + error.errorDescription());
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public OAuthError error() {
        return error;
    }
}
