package io.fedemu.protocol.tenant;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The answer of {@code POST /admin/federation-trust/test-token}: the token request and validation steps of
 * Test-FederationTrust (PROTOCOL.md section 5), made by the tenant itself with its own federation key.
 *
 * @param issued     whether the gateway issued a token; if not, {@code reason} is the gateway's named refusal
 * @param validated  whether the tenant accepted the token (only tried when {@code audience} is its own
 *                   application URI, since only then can it decrypt the token); null when not tried
 * @param reason     the named failure (an OAuth refusal reason, or a token check such as GATEWAY_KEY_UNKNOWN)
 * @param signingKey the gateway key id that signed the token, when validated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenTestInfo(
        String user,
        String audience,
        String offer,
        boolean issued,
        Boolean validated,
        String reason,
        String message,
        Instant expiresAt,
        String signingKey) {}
