package io.fedemu.client.http;

import java.net.URI;

/** An endpoint that did not answer: refused, reset, timed out, or failed the TLS handshake. */
public final class UnreachableException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient URI uri;

    public UnreachableException(URI uri, Throwable cause) {
        super(uri + " could not be reached: " + cause, cause);
        this.uri = uri;
    }

    public URI uri() {
        return uri;
    }
}
