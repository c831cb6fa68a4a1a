package io.fedemu.gateway;

import static io.fedemu.gateway.GatewayFixture.CLOUD_URI;
import static io.fedemu.gateway.GatewayFixture.ON_PREMISES_URI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSADecrypter;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.Credential;
import io.fedemu.certs.Thumbprints;
import io.fedemu.client.gateway.FederationAssertions;
import io.fedemu.client.gateway.TokenRequestRefusedException;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.gateway.TokenExchange;
import io.fedemu.protocol.gateway.TokenResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story of one delegation token: contoso on-premises asks the gateway for a free/busy token to
 * contoso cloud for alice, and an outsider validates it with nothing but the published documents.
 * Then every way the request can be wrong, each refused with its named reason and no token.
 */
class DelegationTokenAcceptanceTest {
    @TempDir
    static Path state;

    static GatewayFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new GatewayFixture(state);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void aTokenForAliceOpensOnlyForTheCloudAndVerifiesThroughThePublishedJwks() throws Exception {
        TokenResponse response = fixture.client.requestToken(
                fixture.onPremises(), "alice@contoso.com", "alice-id-1", CLOUD_URI, Offer.SHARING_CALENDAR_FREE_BUSY);

        assertThat(response.issuedTokenType()).isEqualTo(TokenExchange.JWT_TOKEN_TYPE);
        assertThat(response.expiresIn()).isBetween(14 * 60L, 15 * 60L);
        Map<String, Object> discovery = fixture.client.discovery();
        JWTClaimsSet claims =
                OutsideVerifier.verify(response.accessToken(), fixture.cloudKey, CLOUD_URI, discovery, fixture.tls);
        assertThat(claims.getIssuer())
                .isEqualTo(fixture.gateway.url().toString())
                .isEqualTo(discovery.get("issuer"));
        assertThat(claims.getAudience()).containsExactly(CLOUD_URI);
        assertThat(claims.getSubject()).isEqualTo("alice-id-1");
        assertThat(claims.getStringClaim("email")).isEqualTo("alice@contoso.com");
        assertThat(claims.getStringClaim("org")).isEqualTo(ON_PREMISES_URI);
        assertThat(claims.getStringClaim("offer")).isEqualTo("MSExchange.SharingCalendarFreeBusy");

        JWEObject jwe = JWEObject.parse(response.accessToken());
        assertThat(jwe.getHeader().getAlgorithm()).isEqualTo(JWEAlgorithm.RSA_OAEP_256);
        assertThat(jwe.getHeader().getEncryptionMethod()).isEqualTo(EncryptionMethod.A256GCM);
        assertThat(jwe.getHeader().getKeyID()).isEqualTo(fixture.cloudKey.thumbprint());
        jwe.decrypt(new RSADecrypter(fixture.cloudKey.privateKey()));
        JWSHeader inner = jwe.getPayload().toSignedJWT().getHeader();
        assertThat(inner.getKeyID())
                .isEqualTo(fixture.gateway.signingKeys().current().thumbprint());
        assertThat(inner.getX509CertSHA256Thumbprint().toString())
                .isEqualTo(Thumbprints.x5tS256(
                        fixture.gateway.signingKeys().current().certificate()));
        assertThatThrownBy(() -> OutsideVerifier.verify(
                        response.accessToken(), fixture.onPremisesKey, CLOUD_URI, discovery, fixture.tls))
                .as("the requester cannot read a token meant for its partner")
                .isInstanceOf(com.nimbusds.jose.proc.BadJOSEException.class)
                .hasMessageContaining("no matching key");
    }

    @Test
    void autodiscoverTokensLiveForHoursAndTheReverseDirectionWorksToo() throws Exception {
        TokenResponse response = fixture.client.requestToken(
                fixture.cloud(), "bob@contoso.mail.onmicrosoft.com", "bob-id", ON_PREMISES_URI, Offer.AUTODISCOVER);

        assertThat(response.expiresIn()).isGreaterThan(Duration.ofHours(7).toSeconds());
        JWTClaimsSet claims = OutsideVerifier.verify(
                response.accessToken(),
                fixture.onPremisesKey,
                ON_PREMISES_URI,
                fixture.client.discovery(),
                fixture.tls);
        assertThat(claims.getStringClaim("offer")).isEqualTo("MSExchange.Autodiscover");
    }

    @Test
    void aTamperedTokenIsRejectedByTheReceiver() {
        String token = fixture.client
                .requestToken(
                        fixture.onPremises(),
                        "alice@contoso.com",
                        "alice-id-1",
                        CLOUD_URI,
                        Offer.SHARING_CALENDAR_FREE_BUSY)
                .accessToken();
        String[] parts = token.split("\\.");
        char[] ciphertext = parts[3].toCharArray();
        ciphertext[10] = ciphertext[10] == 'A' ? 'B' : 'A';
        parts[3] = new String(ciphertext);
        String tampered = String.join(".", parts);

        assertThatThrownBy(() -> OutsideVerifier.verify(
                        tampered, fixture.cloudKey, CLOUD_URI, fixture.client.discovery(), fixture.tls))
                .hasMessageContaining("AES/GCM");
    }

    @Test
    void anUnknownOrganizationIsRefused() {
        Credential stranger = CertificateAuthority.selfSignedFederation("stranger", Clock.systemUTC());
        FederationAssertions assertions =
                new FederationAssertions(stranger, "FYDIBOHF25SPDLT.stranger.example", Clock.systemUTC());

        assertRefused(
                () -> fixture.client.requestToken(
                        assertions, "eve@stranger.example", "eve", CLOUD_URI, Offer.SHARING_CALENDAR_FREE_BUSY),
                401,
                "invalid_client",
                "ORGANIZATION_UNKNOWN",
                "client assertion issuer 'FYDIBOHF25SPDLT.stranger.example' is not the application URI of a registered "
                        + "organization");
    }

    @Test
    void anAssertionSignedByAnotherKeyUnderContososKidIsRefused() {
        Credential impostor = CertificateAuthority.selfSignedFederation("impostor", Clock.systemUTC());
        Map<String, String> form = form(sign(
                impostor,
                fixture.onPremisesKey.thumbprint(),
                assertionClaims(Instant.now(), Duration.ofMinutes(5)).build()));

        assertRefused(
                () -> fixture.client.exchange(form),
                401,
                "invalid_client",
                "ASSERTION_SIGNATURE_INVALID",
                "client assertion signature does not verify with federation certificate "
                        + fixture.onPremisesKey.thumbprint() + " of organization contoso-onprem");
    }

    @Test
    void anAssertionNamingAnUnregisteredCertificateIsRefused() {
        Credential other = CertificateAuthority.selfSignedFederation("other", Clock.systemUTC());
        Map<String, String> form = form(sign(
                other,
                other.thumbprint(),
                assertionClaims(Instant.now(), Duration.ofMinutes(5)).build()));

        assertRefused(
                () -> fixture.client.exchange(form),
                401,
                "invalid_client",
                "ASSERTION_KEY_UNKNOWN",
                "client assertion kid " + other.thumbprint() + " is not a federation certificate of organization "
                        + "contoso-onprem accepted now");
    }

    @Test
    void anExpiredAssertionIsRefusedWithTheTimesInvolved() {
        Instant issued = Instant.now().minus(Duration.ofMinutes(30));
        Map<String, String> form = form(sign(
                fixture.onPremisesKey,
                fixture.onPremisesKey.thumbprint(),
                assertionClaims(issued, Duration.ofMinutes(5)).build()));

        TokenRequestRefusedException refused =
                assertRefused(() -> fixture.client.exchange(form), 401, "invalid_client", "ASSERTION_EXPIRED", null);
        assertThat(refused.error().errorDescription())
                .startsWith("client assertion expired at "
                        + issued.plus(Duration.ofMinutes(5)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                .contains("skew allowed 300 s");
    }

    @Test
    void anAssertionValidForHoursIsRefusedSoTheReplayCacheStaysBounded() {
        Map<String, String> form = form(sign(
                fixture.onPremisesKey,
                fixture.onPremisesKey.thumbprint(),
                assertionClaims(Instant.now(), Duration.ofHours(3)).build()));

        assertRefused(() -> fixture.client.exchange(form), 401, "invalid_client", "ASSERTION_LIFETIME_TOO_LONG", null);
    }

    @Test
    void anAssertionForAnotherAudienceIsRefused() {
        Map<String, String> form = form(sign(
                fixture.onPremisesKey,
                fixture.onPremisesKey.thumbprint(),
                assertionClaims(Instant.now(), Duration.ofMinutes(5))
                        .audience("https://elsewhere.example/token")
                        .build()));

        assertRefused(() -> fixture.client.exchange(form), 401, "invalid_client", "ASSERTION_AUDIENCE_MISMATCH", null);
    }

    @Test
    void aReplayedAssertionIsRefusedTheSecondTime() {
        Map<String, String> form = form(fixture.onPremises()
                .clientAssertion(fixture.client.tokenEndpoint().toString()));

        assertThat(fixture.client.exchange(form).accessToken()).isNotBlank();
        TokenRequestRefusedException refused =
                assertRefused(() -> fixture.client.exchange(form), 401, "invalid_client", "ASSERTION_REPLAYED", null);
        assertThat(refused.error().errorDescription()).endsWith("was already used");
    }

    @Test
    void aUserFromAnUnprovenDomainIsRefused() {
        assertRefused(
                () -> fixture.client.requestToken(
                        fixture.onPremises(),
                        "mallory@unproven.example",
                        "m",
                        CLOUD_URI,
                        Offer.SHARING_CALENDAR_FREE_BUSY),
                400,
                "invalid_grant",
                "USER_DOMAIN_NOT_FEDERATED",
                "user domain unproven.example is not a proven federated domain of organization contoso-onprem");
    }

    @Test
    void aUserOfAnotherOrganizationsDomainIsRefused() {
        assertRefused(
                () -> fixture.client.requestToken(
                        fixture.onPremises(),
                        "bob@contoso.mail.onmicrosoft.com",
                        "b",
                        CLOUD_URI,
                        Offer.SHARING_CALENDAR_FREE_BUSY),
                400,
                "invalid_grant",
                "USER_DOMAIN_OF_ANOTHER_ORGANIZATION",
                "user bob@contoso.mail.onmicrosoft.com belongs to domain "
                        + "contoso.mail.onmicrosoft.com, federated by organization contoso-cloud, not by contoso-onprem");
    }

    @Test
    void anUnknownAudienceIsRefused() {
        assertRefused(
                () -> fixture.client.requestToken(
                        fixture.onPremises(),
                        "alice@contoso.com",
                        "a",
                        "FYDIBOHF25SPDLT.fabrikam.com",
                        Offer.SHARING_CALENDAR_FREE_BUSY),
                400,
                "invalid_target",
                "AUDIENCE_UNKNOWN",
                "audience FYDIBOHF25SPDLT.fabrikam.com is not the application URI of a registered " + "organization");
    }

    @Test
    void anUnknownOfferIsRefused() {
        Map<String, String> form = form(fixture.onPremises()
                .clientAssertion(fixture.client.tokenEndpoint().toString()));
        form.put(TokenExchange.PARAM_SCOPE, "MSExchange.Everything");

        assertRefused(
                () -> fixture.client.exchange(form),
                400,
                "invalid_scope",
                "OFFER_UNKNOWN",
                "scope MSExchange.Everything is not a known offer");
    }

    @Test
    void anUnsignedAlgNoneAssertionIsRefused() {
        String unsigned = new PlainJWT(
                        assertionClaims(Instant.now(), Duration.ofMinutes(5)).build())
                .serialize();

        assertRefused(
                () -> fixture.client.exchange(form(unsigned)),
                401,
                "invalid_client",
                "ASSERTION_UNSIGNED",
                "client assertion is unsigned (alg none)");
    }

    @Test
    void anHs256AssertionKeyedWithThePublicCertificateIsRefused() throws Exception {
        byte[] publicKeyAsSecret =
                fixture.onPremisesKey.certificate().getPublicKey().getEncoded();
        SignedJWT forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .keyID(fixture.onPremisesKey.thumbprint())
                        .build(),
                assertionClaims(Instant.now(), Duration.ofMinutes(5)).build());
        forged.sign(new MACSigner(publicKeyAsSecret));

        assertRefused(
                () -> fixture.client.exchange(form(forged.serialize())),
                401,
                "invalid_client",
                "ASSERTION_ALGORITHM_NOT_ALLOWED",
                "client assertion alg HS256 is not allowed; use RS256 or PS256");
    }

    @Test
    void aWrongGrantTypeAndGarbageAssertionsAreRefused() {
        Map<String, String> wrongGrant = form(fixture.onPremises()
                .clientAssertion(fixture.client.tokenEndpoint().toString()));
        wrongGrant.put(TokenExchange.PARAM_GRANT_TYPE, "client_credentials");
        assertRefused(
                () -> fixture.client.exchange(wrongGrant),
                400,
                "unsupported_grant_type",
                "GRANT_TYPE_UNSUPPORTED",
                null);
        assertRefused(
                () -> fixture.client.exchange(form("not.a.jwt")), 401, "invalid_client", "ASSERTION_MALFORMED", null);
    }

    private static TokenRequestRefusedException assertRefused(
            Runnable call, int status, String error, String reason, String description) {
        TokenRequestRefusedException refused =
                org.junit.jupiter.api.Assertions.assertThrows(TokenRequestRefusedException.class, call::run);
        assertThat(refused.status()).isEqualTo(status);
        assertThat(refused.error().error()).isEqualTo(error);
        assertThat(refused.error().reason()).isEqualTo(reason);
        if (description != null) {
            assertThat(refused.error().errorDescription()).isEqualTo(description);
        }
        return refused;
    }

    private static JWTClaimsSet.Builder assertionClaims(Instant issued, Duration lifetime) {
        return new JWTClaimsSet.Builder()
                .issuer(ON_PREMISES_URI)
                .subject(ON_PREMISES_URI)
                .audience(fixture.client.tokenEndpoint().toString())
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString());
    }

    private static String sign(Credential key, String kid, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
            jwt.sign(new RSASSASigner(key.privateKey()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String clientAssertion) {
        return fixture.tokenForm(clientAssertion);
    }
}
