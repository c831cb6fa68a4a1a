package io.fedemu.tenant.federation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSADecrypter;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.fedemu.certs.CertificateSlots;
import io.fedemu.certs.Credential;
import io.fedemu.protocol.gateway.TokenExchange;
import io.fedemu.protocol.reason.Reason;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

/**
 * The receiving side's checks on a delegation token, in the order of PROTOCOL.md section 3: decrypt
 * with the current or previous federation key; verify the gateway's signature against the current
 * or previous key of the cached metadata; issuer; audience is our application URI; offer; lifetime
 * with clock skew; requester email. The first failed check is the one reported.
 *
 * <p>A token signed by a key missing from the cached metadata makes the validator fetch the metadata
 * once more, at most once a minute, and check again: the gateway publishes a rotated key before any
 * token can reach us, so a fresh copy knows it. With {@code refreshOnUnknownKey} off the stale copy
 * stays, which is how trainers show the classic "error verifying security" after a rotation.
 *
 * <p>A decryption costs an RSA private-key operation (about 1 ms of a core), and requesters reuse a
 * token for its lifetime, so a validation is cached by the token's exact text together with the keys
 * and metadata it was checked against; the lifetime is checked again on every use. The cache (Caffeine) is
 * bounded to {@link #CACHE_LIMIT} tokens, dropping the least useful one at a time, and forgets each token
 * once it is past its expiry and the allowed skew by this organization's clock, when it could only be
 * refused as expired anyway.
 */
public final class DelegationTokenValidator {
    static final int CACHE_LIMIT = 10_000;

    private final String applicationUri;
    private final Supplier<CertificateSlots<Credential>> federationKeys;
    private final GatewayMetadataCache metadata;
    private final Clock clock;
    private final Duration skew;
    private final Cache<String, Cached> validated;
    private final boolean refreshOnUnknownKey;
    private volatile Instant lastForcedRefresh = Instant.MIN;
    static final Duration FORCED_REFRESH_SPACING = Duration.ofMinutes(1);

    private record Cached(
            ValidatedToken token,
            Instant notBefore,
            CertificateSlots<Credential> keys,
            GatewayMetadataCache.Snapshot metadata) {}

    public DelegationTokenValidator(
            String applicationUri,
            Supplier<CertificateSlots<Credential>> federationKeys,
            GatewayMetadataCache metadata,
            Clock clock,
            Duration skew,
            boolean refreshOnUnknownKey) {
        this(applicationUri, federationKeys, metadata, clock, skew, refreshOnUnknownKey, CACHE_LIMIT);
    }

    DelegationTokenValidator(
            String applicationUri,
            Supplier<CertificateSlots<Credential>> federationKeys,
            GatewayMetadataCache metadata,
            Clock clock,
            Duration skew,
            boolean refreshOnUnknownKey,
            int cacheLimit) {
        this.validated = Caffeine.newBuilder()
                .maximumSize(cacheLimit)
                .expireAfter(Expiry.writing((String token, Cached cached) -> {
                    Duration left = Duration.between(
                            clock.instant(), cached.token().expiresAt().plus(skew));
                    return left.isNegative() ? Duration.ZERO : left;
                }))
                .ticker(new ClockTicker(clock))
                // Evict on the calling thread: no background work, and what a test sees is settled.
                .executor(Runnable::run)
                .build();
        this.refreshOnUnknownKey = refreshOnUnknownKey;
        this.applicationUri = applicationUri;
        this.federationKeys = federationKeys;
        this.metadata = metadata;
        this.clock = clock;
        this.skew = skew;
    }

    public ValidatedToken validate(String token, String expectedOffer) {
        if (token == null || token.isBlank()) {
            throw new TokenRejectedException(Reason.TOKEN_MISSING, "");
        }
        CertificateSlots<Credential> keys = federationKeys.get();
        GatewayMetadataCache.Snapshot trusted = metadata.current();
        Instant now = clock.instant();
        Cached cached = validated.getIfPresent(token);
        if (cached != null
                && cached.keys() == keys
                && cached.metadata() == trusted
                && cached.token().offer().equals(expectedOffer)) {
            checkLifetime(cached.token().expiresAt(), cached.notBefore(), now);
            return cached.token();
        }
        Cached fresh;
        try {
            fresh = check(token, expectedOffer, keys, trusted, now);
        } catch (TokenRejectedException e) {
            if (e.check() != Reason.GATEWAY_KEY_UNKNOWN
                    || !refreshOnUnknownKey
                    || now.isBefore(lastForcedRefresh.plus(FORCED_REFRESH_SPACING))) {
                throw e;
            }
            lastForcedRefresh = now;
            fresh = check(token, expectedOffer, keys, metadata.refresh(), now);
        }
        validated.put(token, fresh);
        return fresh.token();
    }

    /** Validations held now that are still usable. */
    long cachedValidations() {
        validated.cleanUp();
        return validated.estimatedSize();
    }

    private Cached check(
            String token,
            String expectedOffer,
            CertificateSlots<Credential> keys,
            GatewayMetadataCache.Snapshot trusted,
            Instant now) {
        JWEObject jwe;
        try {
            jwe = JWEObject.parse(token);
        } catch (ParseException e) {
            // The parser's own words never reach the wire (PROTOCOL.md section 14): say what was expected.
            throw new TokenRejectedException(
                    Reason.TOKEN_MALFORMED, "(not a compact JWE of five base64url parts with a readable header)");
        } catch (RuntimeException e) {
            // Nimbus parses some broken headers into a NullPointerException (a JWE header without "enc").
            throw new TokenRejectedException(
                    Reason.TOKEN_MALFORMED, "(unreadable JWE header: it needs alg RSA-OAEP-256 and enc A256GCM)");
        }
        if (!JWEAlgorithm.RSA_OAEP_256.equals(jwe.getHeader().getAlgorithm())
                || !EncryptionMethod.A256GCM.equals(jwe.getHeader().getEncryptionMethod())) {
            throw new TokenRejectedException(
                    Reason.TOKEN_MALFORMED,
                    "(alg " + jwe.getHeader().getAlgorithm() + ", enc "
                            + jwe.getHeader().getEncryptionMethod() + "; expected RSA-OAEP-256 and A256GCM)");
        }
        String encryptionKeyId = decrypt(jwe, keys);
        SignedJWT signed = jwe.getPayload().toSignedJWT();
        if (signed == null || !JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm())) {
            throw new TokenRejectedException(Reason.TOKEN_MALFORMED, "(the content is not an RS256 JWS)");
        }
        String kid = signed.getHeader().getKeyID();
        X509Certificate signer = trusted.byThumbprint(kid == null ? "" : kid)
                .orElseThrow(() -> new TokenRejectedException(
                        Reason.GATEWAY_KEY_UNKNOWN,
                        "Token key " + kid + "; metadata copy of "
                                + trusted.fetchedAt() + " knows "
                                + trusted.signingCertificates().stream()
                                        .map(io.fedemu.certs.Thumbprints::sha1)
                                        .toList() + "."));
        try {
            if (!signed.verify(new RSASSAVerifier((RSAPublicKey) signer.getPublicKey()))) {
                throw new TokenRejectedException(Reason.TOKEN_SIGNATURE_INVALID, "(key " + kid + ")");
            }
        } catch (JOSEException e) {
            throw new TokenRejectedException(Reason.TOKEN_SIGNATURE_INVALID, "(key " + kid + " cannot verify it)");
        }
        JWTClaimsSet claims;
        try {
            claims = signed.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new TokenRejectedException(Reason.TOKEN_MALFORMED, "(its claims are not a JSON object)");
        }
        String issuer = trusted.metadata().issuer();
        if (!issuer.equals(claims.getIssuer())) {
            throw new TokenRejectedException(
                    Reason.TOKEN_ISSUER_MISMATCH,
                    "Issued by " + claims.getIssuer() + "; trusted issuer " + issuer + ".");
        }
        List<String> audience = claims.getAudience() == null ? List.of() : claims.getAudience();
        if (audience.stream().noneMatch(applicationUri::equalsIgnoreCase)) {
            throw new TokenRejectedException(
                    Reason.TOKEN_AUDIENCE_MISMATCH,
                    "The token is for " + audience + "; this organization is " + applicationUri + ".");
        }
        String offer = claim(claims, TokenExchange.CLAIM_OFFER);
        if (!expectedOffer.equals(offer)) {
            throw new TokenRejectedException(
                    Reason.TOKEN_OFFER_MISMATCH, "Offer " + offer + "; this service " + "takes " + expectedOffer + ".");
        }
        Instant expiresAt = instant(claims.getExpirationTime());
        Instant notBefore =
                claims.getNotBeforeTime() != null ? instant(claims.getNotBeforeTime()) : instant(claims.getIssueTime());
        checkLifetime(expiresAt, notBefore, now);
        String email = claim(claims, TokenExchange.CLAIM_EMAIL);
        if (email == null || !email.contains("@")) {
            throw new TokenRejectedException(Reason.TOKEN_EMAIL_MISSING, "");
        }
        ValidatedToken valid = new ValidatedToken(
                email,
                claims.getSubject(),
                claim(claims, TokenExchange.CLAIM_ORGANIZATION),
                offer,
                expiresAt,
                kid,
                encryptionKeyId,
                claims.getJWTID());
        return new Cached(valid, notBefore, keys, trusted);
    }

    private void checkLifetime(Instant expiresAt, Instant notBefore, Instant now) {
        if (expiresAt == null || !expiresAt.plus(skew).isAfter(now)) {
            throw new TokenRejectedException(
                    Reason.TOKEN_EXPIRED,
                    "Expired at " + expiresAt + "; this " + "organization's time is " + now + ", skew allowed "
                            + skew.toSeconds() + " s.");
        }
        if (notBefore != null && notBefore.minus(skew).isAfter(now)) {
            throw new TokenRejectedException(
                    Reason.TOKEN_NOT_YET_VALID,
                    "Valid from " + notBefore + "; this "
                            + "organization's time is " + now + " ("
                            + Duration.between(now, notBefore).toSeconds()
                            + " s behind), skew allowed " + skew.toSeconds() + " s.");
        }
    }

    /** Current key first, then previous: the kid names the intended one, but a key is tried on its merit. */
    private static String decrypt(JWEObject jwe, CertificateSlots<Credential> keys) {
        String kid = jwe.getHeader().getKeyID();
        List<Credential> candidates = new ArrayList<>();
        keys.acceptable().stream()
                .filter(key -> key.thumbprint().equalsIgnoreCase(kid))
                .forEach(candidates::add);
        keys.acceptable().stream().filter(key -> !candidates.contains(key)).forEach(candidates::add);
        for (Credential key : candidates) {
            try {
                jwe.decrypt(new RSADecrypter(key.privateKey()));
                return key.thumbprint();
            } catch (JOSEException | IllegalStateException e) {
                // not this key; JWEObject stays ENCRYPTED after a failed attempt
            }
        }
        throw new TokenRejectedException(
                Reason.TOKEN_NOT_FOR_OUR_KEY,
                "Token key " + kid + "; this organization " + "holds "
                        + keys.acceptable().stream().map(Credential::thumbprint).toList() + ".");
    }

    private static String claim(JWTClaimsSet claims, String name) {
        try {
            return claims.getStringClaim(name);
        } catch (ParseException e) {
            return null;
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
