package io.fedemu.gateway.http;

import io.fedemu.gateway.token.IssuedToken;
import io.fedemu.gateway.token.TokenExchangeRequest;
import io.fedemu.gateway.token.TokenService;
import io.fedemu.protocol.gateway.GatewayPaths;
import io.fedemu.protocol.gateway.TokenExchange;
import io.fedemu.protocol.gateway.TokenResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;

/**
 * POST {@value GatewayPaths#TOKEN}: OAuth 2.0 token exchange for a delegation token.
 *
 * <p>The form is read parameter by parameter and judged by {@link TokenService}, not parsed with the Nimbus
 * OAuth 2.0 SDK's {@code TokenRequest.parse} (which the client uses to build the request): the SDK judges the
 * whole form at once and fails with one {@code ParseException} whose only distinction is its English message,
 * and in its own order. It reads client authentication before the grant, so a wrong {@code grant_type} with a
 * bad assertion is refused for the assertion, not as {@code GRANT_TYPE_UNSUPPORTED}; an {@code alg: none}
 * assertion and a garbage one both become "Invalid client_assertion JWT", where the gateway tells
 * {@code ASSERTION_UNSIGNED} from {@code ASSERTION_MALFORMED}; an HS256 assertion becomes a client-secret
 * JWT rather than {@code ASSERTION_ALGORITHM_NOT_ALLOWED}. Each refusal's reason, OAuth error and description
 * would have to be recovered from the SDK's prose.
 */
@Path(GatewayPaths.TOKEN)
public final class TokenEndpoint {
    private final TokenService tokens;
    private final Clock clock;

    public TokenEndpoint(TokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response exchange(
            @FormParam(TokenExchange.PARAM_GRANT_TYPE) String grantType,
            @FormParam(TokenExchange.PARAM_CLIENT_ASSERTION_TYPE) String clientAssertionType,
            @FormParam(TokenExchange.PARAM_CLIENT_ASSERTION) String clientAssertion,
            @FormParam(TokenExchange.PARAM_SUBJECT_TOKEN) String subjectToken,
            @FormParam(TokenExchange.PARAM_SUBJECT_TOKEN_TYPE) String subjectTokenType,
            @FormParam(TokenExchange.PARAM_AUDIENCE) String audience,
            @FormParam(TokenExchange.PARAM_SCOPE) String scope) {
        IssuedToken issued = tokens.exchange(new TokenExchangeRequest(
                grantType, clientAssertionType, clientAssertion, subjectToken, subjectTokenType, audience, scope));
        long expiresIn = Math.max(
                0, Duration.between(clock.instant(), issued.expiresAt()).toSeconds());
        // RFC 8693 section 2.2.1: token_type N_A for a token that is not an OAuth access token.
        return Response.ok(new TokenResponse(issued.token(), TokenExchange.JWT_TOKEN_TYPE, "N_A", expiresIn))
                .header("Cache-Control", "no-store")
                .build();
    }
}
