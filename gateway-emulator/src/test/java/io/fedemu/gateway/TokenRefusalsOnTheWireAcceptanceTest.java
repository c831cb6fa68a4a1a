package io.fedemu.gateway;

import static io.fedemu.gateway.GatewayFixture.CLOUD;
import static io.fedemu.gateway.GatewayFixture.ON_PREMISES;
import static io.fedemu.gateway.GatewayFixture.ON_PREMISES_URI;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.fedemu.client.gateway.TokenRequestRefusedException;
import io.fedemu.gateway.settings.GatewaySettings;
import io.fedemu.protocol.gateway.TokenExchange;
import io.fedemu.protocol.reason.Reason;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token endpoint's refusals that the story tests of DelegationTokenAcceptanceTest do not reach, each produced
 * on the wire: the OAuth error, its HTTP status and the reason all come from the one {@link Reason}.
 */
class TokenRefusalsOnTheWireAcceptanceTest {
    @TempDir
    Path state;

    private GatewayFixture fixture;

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aRequestWithoutAClientAssertionIsRefused() {
        fixture = new GatewayFixture(state);
        Map<String, String> form = form(valid());
        form.remove(TokenExchange.PARAM_CLIENT_ASSERTION);

        assertRefused(form, Reason.ASSERTION_MISSING);
    }

    @Test
    void anAssertionWithoutAnIdIsRefused() {
        fixture = new GatewayFixture(state);

        assertRefused(form(sign(claims(Instant.now()).jwtID(null).build())), Reason.ASSERTION_JTI_MISSING);
    }

    @Test
    void anAssertionFromTheFutureIsRefused() {
        fixture = new GatewayFixture(state);

        assertRefused(
                form(sign(claims(Instant.now().plus(Duration.ofHours(1))).build())), Reason.ASSERTION_NOT_YET_VALID);
    }

    @Test
    void aSubjectTokenThatIsNotAJwtIsRefused() {
        fixture = new GatewayFixture(state);
        Map<String, String> form = form(valid());
        form.put(TokenExchange.PARAM_SUBJECT_TOKEN, "not-a-token");

        assertRefused(form, Reason.SUBJECT_TOKEN_INVALID);
    }

    @Test
    void aDisabledRequestingOrganizationAndADisabledAudienceAreRefused() {
        fixture = new GatewayFixture(state);
        fixture.gateway.registry().setEnabled(ON_PREMISES, false);
        assertRefused(form(valid()), Reason.ORGANIZATION_DISABLED);

        fixture.gateway.registry().setEnabled(ON_PREMISES, true);
        fixture.gateway.registry().setEnabled(CLOUD, false);
        assertRefused(form(valid()), Reason.AUDIENCE_DISABLED);
    }

    @Test
    void aFullReplayCacheRefusesForNowInsteadOfForgetting() {
        fixture = new GatewayFixture(
                state,
                Gateway.Options.in(state)
                        .settings(s -> new GatewaySettings(
                                s.externalUrl(),
                                s.tokenLifetimes(),
                                s.clockSkew(),
                                s.assertionMaxLifetime(),
                                s.certificateOverlap(),
                                s.metadataRefreshInterval(),
                                1)));
        assertThat(fixture.client.exchange(form(valid())).accessToken()).isNotBlank();

        assertRefused(form(valid()), Reason.REPLAY_CACHE_FULL);
    }

    /** Issue 12: the anonymous token endpoint reads at most 64 KB, declared length or chunked alike. */
    @Test
    void anOversizedTokenRequestIsRefusedBeforeItIsRead() throws Exception {
        fixture = new GatewayFixture(state);
        Map<String, String> form = form(valid());
        form.put(TokenExchange.PARAM_SUBJECT_TOKEN, "x".repeat((int) Gateway.MAX_BODY_BYTES));
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "="
                        + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .sslContext(fixture.tls)
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(fixture.client.tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded");

        java.net.http.HttpResponse<String> declared = http.send(
                request.copy()
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        java.net.http.HttpResponse<String> chunked = http.send(
                request.copy()
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                                () -> new java.io.ByteArrayInputStream(bytes)))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        for (java.net.http.HttpResponse<String> reply : java.util.List.of(declared, chunked)) {
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(413);
            assertThat(reply.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(reply.body()).contains("\"reason\":\"BODY_TOO_LARGE\"");
        }
        assertThat(fixture.client.exchange(form(valid())).accessToken()).isNotBlank();
    }

    private void assertRefused(Map<String, String> form, Reason expected) {
        TokenRequestRefusedException refused = org.junit.jupiter.api.Assertions.assertThrows(
                TokenRequestRefusedException.class, () -> fixture.client.exchange(form));
        assertThat(refused.error().reason()).isEqualTo(expected.name());
        assertThat(refused.error().error()).isEqualTo(expected.oauthError());
        assertThat(refused.status()).isEqualTo(expected.httpStatus());
    }

    private String valid() {
        return fixture.onPremises()
                .clientAssertion(fixture.client.tokenEndpoint().toString());
    }

    private JWTClaimsSet.Builder claims(Instant issued) {
        return new JWTClaimsSet.Builder()
                .issuer(ON_PREMISES_URI)
                .subject(ON_PREMISES_URI)
                .audience(fixture.client.tokenEndpoint().toString())
                .issueTime(Date.from(issued))
                .notBeforeTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString());
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(fixture.onPremisesKey.thumbprint())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(fixture.onPremisesKey.privateKey()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> form(String clientAssertion) {
        return fixture.tokenForm(clientAssertion);
    }
}
