package io.fedemu.tenant.federation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.fedemu.certs.Credential;
import io.fedemu.certs.Thumbprints;
import io.fedemu.client.Json;
import io.fedemu.client.gateway.GatewayClient;
import io.fedemu.client.http.JsonHttp;
import io.fedemu.protocol.gateway.GatewayMetadata;
import io.fedemu.protocol.gateway.GatewayPaths;
import io.fedemu.protocol.gateway.TokenExchange;
import io.fedemu.protocol.gateway.TokenResponse;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;

/** A stand-in gateway on plain HTTP: its metadata names one signing key, its token endpoint answers as told. */
final class GatewayStub implements AutoCloseable {
    static final String ISSUER = "urn:federation:fedemu-test";

    private final WireMockServer server = new WireMockServer(
            WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());

    GatewayStub() {
        server.start();
    }

    GatewayClient client() {
        try {
            return new GatewayClient(
                    URI.create(server.baseUrl()), new JsonHttp(SSLContext.getDefault(), Duration.ofSeconds(5)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes metadata whose current token-signing certificate is {@code signing}'s. */
    GatewayStub publishes(Credential signing) {
        try {
            GatewayMetadata metadata = new GatewayMetadata(
                    ISSUER,
                    server.baseUrl() + GatewayPaths.TOKEN,
                    server.baseUrl() + GatewayPaths.JWKS,
                    Duration.ofDays(365).toSeconds(),
                    new GatewayMetadata.SigningCertificate(
                            signing.thumbprint(),
                            signing.thumbprint(),
                            Thumbprints.x5tS256(signing.certificate()),
                            signing.certificate().getNotAfter().toInstant(),
                            List.of(Base64.getEncoder()
                                    .encodeToString(signing.certificate().getEncoded()))),
                    null,
                    List.of());
            server.stubFor(get(urlEqualTo(GatewayPaths.METADATA))
                    .willReturn(aResponse()
                            .withHeader("Content-Type", "application/json")
                            .withBody(Json.strict().writeValueAsString(metadata))));
            return this;
        } catch (JsonProcessingException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Token requests naming {@code audience} get {@code token}, valid for {@code lifetime}. */
    GatewayStub issues(String audience, String token, Duration lifetime) {
        try {
            server.stubFor(post(urlEqualTo(GatewayPaths.TOKEN))
                    .withRequestBody(containing(TokenExchange.PARAM_AUDIENCE + "=" + audience))
                    .willReturn(aResponse()
                            .withHeader("Content-Type", "application/json")
                            .withBody(Json.strict()
                                    .writeValueAsString(new TokenResponse(
                                            token, TokenExchange.JWT_TOKEN_TYPE, "N_A", lifetime.toSeconds())))));
            return this;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many metadata requests reached the gateway. */
    int metadataRequests() {
        return server.countRequestsMatching(
                        getRequestedFor(urlEqualTo(GatewayPaths.METADATA)).build())
                .getCount();
    }

    /** How many token requests reached the gateway. */
    int tokenRequests() {
        return server.countRequestsMatching(
                        postRequestedFor(urlEqualTo(GatewayPaths.TOKEN)).build())
                .getCount();
    }

    @Override
    public void close() {
        server.stop();
    }
}
