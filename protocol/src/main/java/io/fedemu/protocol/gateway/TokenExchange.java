package io.fedemu.protocol.gateway;

/**
 * Names on the wire of the gateway's token endpoint: OAuth 2.0 Token Exchange (RFC 8693) with
 * client authentication by a private_key_jwt assertion (RFC 7523), and the delegation token's claims.
 */
public final class TokenExchange {
    public static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:token-exchange";
    public static final String CLIENT_ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    public static final String JWT_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:jwt";

    /** Form parameters of the token request. */
    public static final String PARAM_GRANT_TYPE = "grant_type";

    public static final String PARAM_CLIENT_ASSERTION_TYPE = "client_assertion_type";
    public static final String PARAM_CLIENT_ASSERTION = "client_assertion";
    public static final String PARAM_SUBJECT_TOKEN = "subject_token";
    public static final String PARAM_SUBJECT_TOKEN_TYPE = "subject_token_type";
    public static final String PARAM_AUDIENCE = "audience";
    public static final String PARAM_SCOPE = "scope";

    /** Claims of the subject token (the user) and of the issued delegation token. */
    public static final String CLAIM_EMAIL = "email";
    /** The requesting organization's application URI. */
    public static final String CLAIM_ORGANIZATION = "org";

    public static final String CLAIM_OFFER = "offer";

    private TokenExchange() {}
}
