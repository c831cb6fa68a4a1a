package io.fedemu.tenant.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.fedemu.certs.AdjustableClock;
import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateSlots;
import io.fedemu.certs.Credential;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.gateway.TokenExchange;
import io.fedemu.protocol.reason.Reason;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The receiving side's cache of validated delegation tokens: a token is opened once and reused while it
 * is valid, forgotten by this organization's clock once it could only be refused as expired, and the cache
 * stays within its bound without forgetting everything at once.
 */
class DelegationTokenValidatorCacheTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final String FABRIKAM = "FYDIBOHF25SPDLT.fabrikam.com";
    private static final String OFFER = Offer.SHARING_CALENDAR_FREE_BUSY.wireName();
    private static final Duration SKEW = Duration.ofMinutes(5);

    private static Credential gatewayKey;
    private static Credential fabrikamKey;

    private final AdjustableClock clock = new AdjustableClock(Clock.fixed(T0, ZoneOffset.UTC));
    private final GatewayStub gateway = new GatewayStub();

    @BeforeAll
    static void keys() {
        gatewayKey = CertificateAuthority.selfSignedFederation("gateway", Clock.systemUTC());
        fabrikamKey = CertificateAuthority.selfSignedFederation("fabrikam", Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    private DelegationTokenValidator validator(int cacheLimit) {
        gateway.publishes(gatewayKey);
        return new DelegationTokenValidator(
                FABRIKAM,
                () -> CertificateSlots.of(fabrikamKey),
                new GatewayMetadataCache(gateway.client(), clock),
                clock,
                SKEW,
                false,
                cacheLimit);
    }

    @Test
    void aValidatedTokenIsReusedWhileValidThenRefusedAsExpiredAndForgotten() {
        DelegationTokenValidator validator = validator(100);
        String token = token("alice@contoso.com", T0.plus(Duration.ofHours(1)));

        assertThat(validator.validate(token, OFFER).email()).isEqualTo("alice@contoso.com");
        assertThat(validator.cachedValidations()).isEqualTo(1);

        clock.setOffset(Duration.ofHours(1).plus(SKEW).minusSeconds(1));
        assertThat(validator.validate(token, OFFER).email()).isEqualTo("alice@contoso.com");
        assertThat(validator.cachedValidations()).isEqualTo(1);

        clock.setOffset(Duration.ofHours(1).plus(SKEW));
        assertThatThrownBy(() -> validator.validate(token, OFFER))
                .isInstanceOfSatisfying(
                        TokenRejectedException.class, e -> assertThat(e.check()).isEqualTo(Reason.TOKEN_EXPIRED));
        assertThat(validator.cachedValidations()).isZero();
    }

    @Test
    void eachValidationIsForgottenAtItsOwnTokensExpiry() {
        DelegationTokenValidator validator = validator(100);
        validator.validate(token("alice@contoso.com", T0.plus(Duration.ofMinutes(10))), OFFER);
        validator.validate(token("bob@contoso.com", T0.plus(Duration.ofHours(8))), OFFER);

        clock.setOffset(Duration.ofMinutes(30));

        assertThat(validator.cachedValidations()).isEqualTo(1);
    }

    @Test
    void theCacheStaysWithinItsBoundWithoutForgettingEverything() {
        DelegationTokenValidator validator = validator(3);
        String[] tokens = new String[6];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = token("user" + i + "@contoso.com", T0.plus(Duration.ofHours(1)));
            validator.validate(tokens[i], OFFER);
        }

        assertThat(validator.cachedValidations()).isEqualTo(3);
        for (int i = 0; i < tokens.length; i++) {
            assertThat(validator.validate(tokens[i], OFFER).email()).isEqualTo("user" + i + "@contoso.com");
        }
        assertThat(validator.cachedValidations()).isEqualTo(3);
    }

    /** A delegation token as the gateway makes one: RS256 JWS by the gateway, encrypted to Fabrikam. */
    private static String token(String email, Instant expiresAt) {
        try {
            SignedJWT signed = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .type(JOSEObjectType.JWT)
                            .keyID(gatewayKey.thumbprint())
                            .build(),
                    new JWTClaimsSet.Builder()
                            .issuer(GatewayStub.ISSUER)
                            .audience(FABRIKAM)
                            .subject(email)
                            .claim(TokenExchange.CLAIM_EMAIL, email)
                            .claim(TokenExchange.CLAIM_ORGANIZATION, "FYDIBOHF25SPDLT.contoso.com")
                            .claim(TokenExchange.CLAIM_OFFER, OFFER)
                            .issueTime(Date.from(T0))
                            .notBeforeTime(Date.from(T0))
                            .expirationTime(Date.from(expiresAt))
                            .jwtID(UUID.randomUUID().toString())
                            .build());
            signed.sign(new RSASSASigner(gatewayKey.privateKey()));
            JWEObject jwe = new JWEObject(
                    new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM)
                            .contentType("JWT")
                            .keyID(fabrikamKey.thumbprint())
                            .build(),
                    new Payload(signed));
            jwe.encrypt(
                    new RSAEncrypter((RSAPublicKey) fabrikamKey.certificate().getPublicKey()));
            return jwe.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
