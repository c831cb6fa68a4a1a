package io.fedemu.protocol.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An OAuth error response (RFC 6749 section 5.2). fedemu adds {@code reason}, the named check that
 * failed, so tools can branch on it without parsing the description.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OAuthError(
        @JsonProperty("error") String error,
        @JsonProperty("error_description") String errorDescription,
        @JsonProperty("reason") String reason) {}
