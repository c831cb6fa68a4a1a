package io.fedemu.client.availability;

/**
 * The server answered with a SOAP fault: its EWS ResponseCode (or fault code) and text, and, from a
 * fedemu partner, the named trust check that failed.
 */
public final class EwsFaultException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String reason;

    public EwsFaultException(String code, String message, String reason) {
        super(code + ": " + message);
        this.code = code;
        this.reason = reason;
    }

    public String code() {
        return code;
    }

    /** The fedemu reason name (e.g. TOKEN_AUDIENCE_MISMATCH), or null when the server gave none. */
    public String reason() {
        return reason;
    }
}
