package io.fedemu.client.gateway;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.token.TokenTypeURI;
import com.nimbusds.oauth2.sdk.token.TypelessAccessToken;
import com.nimbusds.oauth2.sdk.tokenexchange.TokenExchangeGrant;
import io.fedemu.client.http.JsonHttp;
import io.fedemu.protocol.gateway.GatewayMetadata;
import io.fedemu.protocol.gateway.GatewayPaths;
import io.fedemu.protocol.gateway.OAuthError;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.gateway.TokenResponse;
import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
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
        return exchange(tokenRequest(assertions, email, immutableId, audience, offer));
    }

    /**
     * The token-exchange request (RFC 8693) as the Nimbus OAuth 2.0 SDK builds it: the subject token as a
     * JWT, the target organization as {@code audience}, the offer as {@code scope}, and the organization
     * authenticated by a private-key JWT (RFC 7523).
     */
    public TokenRequest tokenRequest(
            FederationAssertions assertions, String email, String immutableId, String audience, Offer offer) {
        TokenExchangeGrant grant = new TokenExchangeGrant(
                new TypelessAccessToken(assertions.subjectToken(email, immutableId)),
                TokenTypeURI.JWT,
                null,
                null,
                null,
                List.of(new Audience(audience)));
        return new TokenRequest.Builder(tokenEndpoint(), assertions.clientAuthentication(tokenEndpoint()), grant)
                .scope(new Scope(offer.wireName()))
                .build();
    }

    /** Sends a token request built with the SDK, through this client's TLS context and link routing. */
    public TokenResponse exchange(TokenRequest request) {
        return answer(
                http.postForm(request.getEndpointURI(), request.toHTTPRequest().getBody()));
    }

    /** Sends a token request form as given: for callers that build their own (and for hostile tests). */
    public TokenResponse exchange(Map<String, String> form) {
        return answer(http.postForm(tokenEndpoint(), form));
    }

    private TokenResponse answer(JsonHttp.Reply reply) {
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
