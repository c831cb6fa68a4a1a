package io.fedemu.protocol.admin;

/**
 * The credential every {@code /admin} API of a running emulator asks for: a random token generated into the
 * state directory ({@code admin-token}, owner-only) and listed in endpoints.json. It travels as a bearer token,
 * so curl, a script or a browser extension can send it without a library; a web page of another origin cannot,
 * since the browser would first ask the role (a CORS preflight) and the role never allows it.
 *
 * @param token the token as stored; null for a caller without one (it gets ADMIN_CREDENTIAL_MISSING)
 */
public record AdminCredential(String token) {
    public static final String HEADER = "Authorization";
    public static final String SCHEME = "Bearer";
    public static final String FILE_NAME = "admin-token";

    /** No credential: for an emulator whose scenario opened its admin APIs, or to show the refusal. */
    public static final AdminCredential NONE = new AdminCredential(null);

    public boolean present() {
        return token != null && !token.isEmpty();
    }

    /** The {@code Authorization} header value, or null when there is no token. */
    public String headerValue() {
        return present() ? SCHEME + " " + token : null;
    }

    @Override
    public String toString() {
        // Records print their fields; a token must not reach a log or an assertion message by accident.
        return present() ? "AdminCredential[token=(" + token.length() + " characters)]" : "AdminCredential[none]";
    }
}
