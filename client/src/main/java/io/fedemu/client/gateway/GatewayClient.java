package io.fedemu.client.gateway;

import com.nimbusds.jose.jwk.JWKSet;
import io.fedemu.client.http.JsonHttp;
import io.fedemu.protocol.gateway.GatewayMetadata;
import io.fedemu.protocol.gateway.GatewayPaths;
import io.fedemu.protocol.gateway.OAuthError;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.gateway.TokenExchange;
import io.fedemu.protocol.gateway.TokenResponse;
import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;

/** Calls the federation gateway: its published documents and its token endpoint. */
public final class GatewayClient {
    private final URI base;
    private final JsonHttp http;

    public GatewayClient(URI gatewayUrl, SSLContext tls) {
        this(gatewayUrl, new JsonHttp(tls, Duration.ofSeconds(10)));
    }

    public GatewayClient(URI gatewayUrl, JsonHttp http) {
        String text = gatewayUrl.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.http = http;
    }

    public URI tokenEndpoint() {
        return URI.create(base + GatewayPaths.TOKEN);
    }

    public GatewayMetadata metadata() {
        return http.expect(http.get(URI.create(base + GatewayPaths.METADATA)), GatewayMetadata.class);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> discovery() {
        return http.expect(http.get(URI.create(base + GatewayPaths.DISCOVERY)), Map.class);
    }

    public JWKSet jwks() {
        JsonHttp.Reply reply = http.get(URI.create(base + GatewayPaths.JWKS));
        try {
            http.expect(reply, Void.class);
            return JWKSet.parse(reply.body());
        } catch (ParseException e) {
            throw new IllegalStateException("the gateway's JWKS is not a JWK set: " + e.getMessage(), e);
        }
    }

    /** Exchanges the organization's signed assertions for a delegation token for {@code audience}. */
    public TokenResponse requestToken(
            FederationAssertions assertions, String email, String immutableId, String audience, Offer offer) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(TokenExchange.PARAM_GRANT_TYPE, TokenExchange.GRANT_TYPE);
        form.put(TokenExchange.PARAM_CLIENT_ASSERTION_TYPE, TokenExchange.CLIENT_ASSERTION_TYPE);
        form.put(
                TokenExchange.PARAM_CLIENT_ASSERTION,
                assertions.clientAssertion(tokenEndpoint().toString()));
        form.put(TokenExchange.PARAM_SUBJECT_TOKEN, assertions.subjectToken(email, immutableId));
        form.put(TokenExchange.PARAM_SUBJECT_TOKEN_TYPE, TokenExchange.JWT_TOKEN_TYPE);
        form.put(TokenExchange.PARAM_AUDIENCE, audience);
        form.put(TokenExchange.PARAM_SCOPE, offer.wireName());
        return exchange(form);
    }

    /** Sends a token request form as given: for callers that build their own (and for hostile tests). */
    public TokenResponse exchange(Map<String, String> form) {
        JsonHttp.Reply reply = http.postForm(tokenEndpoint(), form);
        if (!reply.ok()) {
            throw new TokenRequestRefusedException(reply.status(), refusal(reply));
        }
        return http.read(reply, TokenResponse.class);
    }

    /**
     * The OAuth error of a refusal; a body that is none (a proxy's error page in front of the gateway) is a
     * refusal naming no reason, not a failure to reach the gateway.
     */
    private OAuthError refusal(JsonHttp.Reply reply) {
        try {
            OAuthError error = http.read(reply, OAuthError.class);
            if (error != null) {
                return error;
            }
        } catch (java.io.UncheckedIOException e) {
            // not JSON: described below
        }
        String body = reply.body() == null ? "" : reply.body().strip();
        return new OAuthError(
                null,
                "HTTP " + reply.status() + " without an OAuth error: "
                        + (body.length() > 200 ? body.substring(0, 200) + "..." : body),
                null);
    }
}
