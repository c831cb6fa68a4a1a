package io.fedemu.protocol.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A successful token exchange (RFC 8693 section 2.2.1). */
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("issued_token_type") String issuedTokenType,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn) {}
