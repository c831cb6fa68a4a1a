package io.fedemu.gateway.token;

/**
 * Every reason the token endpoint refuses, in the order it checks, each with its OAuth error code
 * (RFC 6749 section 5.2, RFC 8693 section 2.2.2) and HTTP status. One reason per check, so a client,
 * the journal and a trainer all name the same failed link.
 */
public enum TokenRefusal {
    REQUEST_MALFORMED("invalid_request", 400),
    GRANT_TYPE_UNSUPPORTED("unsupported_grant_type", 400),
    ASSERTION_MISSING("invalid_client", 401),
    ASSERTION_MALFORMED("invalid_client", 401),
    ASSERTION_UNSIGNED("invalid_client", 401),
    ASSERTION_ALGORITHM_NOT_ALLOWED("invalid_client", 401),
    ORGANIZATION_UNKNOWN("invalid_client", 401),
    ORGANIZATION_DISABLED("invalid_client", 401),
    ASSERTION_KEY_UNKNOWN("invalid_client", 401),
    ASSERTION_SIGNATURE_INVALID("invalid_client", 401),
    ASSERTION_EXPIRED("invalid_client", 401),
    ASSERTION_NOT_YET_VALID("invalid_client", 401),
    ASSERTION_LIFETIME_TOO_LONG("invalid_client", 401),
    ASSERTION_AUDIENCE_MISMATCH("invalid_client", 401),
    ASSERTION_JTI_MISSING("invalid_client", 401),
    ASSERTION_REPLAYED("invalid_client", 401),
    REPLAY_CACHE_FULL("temporarily_unavailable", 503),
    SUBJECT_TOKEN_INVALID("invalid_grant", 400),
    USER_DOMAIN_OF_ANOTHER_ORGANIZATION("invalid_grant", 400),
    USER_DOMAIN_NOT_FEDERATED("invalid_grant", 400),
    AUDIENCE_UNKNOWN("invalid_target", 400),
    AUDIENCE_DISABLED("invalid_target", 400),
    OFFER_UNKNOWN("invalid_scope", 400);

    private final String oauthError;
    private final int status;

    TokenRefusal(String oauthError, int status) {
        this.oauthError = oauthError;
        this.status = status;
    }

    public String oauthError() {
        return oauthError;
    }

    public int status() {
        return status;
    }
}
