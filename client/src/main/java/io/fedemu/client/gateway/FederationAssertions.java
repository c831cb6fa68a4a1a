package io.fedemu.client.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.JWTID;
import io.fedemu.certs.Credential;
import io.fedemu.protocol.gateway.TokenExchange;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * What an organization signs with its federation key to ask the gateway for a token: the client
 * assertion (RFC 7523: who is asking) and the subject token (for which user). {@code kid} is the
 * federation certificate's thumbprint, so the gateway knows which slot signed.
 *
 * <p>The client assertion is the Nimbus OAuth 2.0 SDK's {@link PrivateKeyJWT}: its RFC 7523 claims set
 * (iss = sub = client id, aud, exp, iat, jti), timed by this organization's clock rather than the SDK's
 * default of the system's, so a tenant whose clock is off sends what such a tenant would.
 */
public final class FederationAssertions {
    /** Short: the gateway refuses assertions valid much longer, to keep its replay cache small. */
    public static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);

    private final Credential federationKey;
    private final String applicationUri;
    private final Clock clock;

    public FederationAssertions(Credential federationKey, String applicationUri, Clock clock) {
        this.federationKey = federationKey;
        this.applicationUri = applicationUri;
        this.clock = clock;
    }

    /** A fresh client assertion for {@code tokenEndpoint}: new jti every call, as the gateway requires. */
    public String clientAssertion(String tokenEndpoint) {
        return clientAuthentication(URI.create(tokenEndpoint))
                .getClientAssertion()
                .serialize();
    }

    /** The same fresh assertion as client authentication for an OAuth 2.0 token request. */
    public PrivateKeyJWT clientAuthentication(URI tokenEndpoint) {
        Instant now = clock.instant();
        JWTAuthenticationClaimsSet claims = new JWTAuthenticationClaimsSet(
                new ClientID(applicationUri),
                List.of(new Audience(tokenEndpoint)),
                Date.from(now.plus(ASSERTION_LIFETIME)),
                null,
                Date.from(now),
                new JWTID(UUID.randomUUID().toString()));
        try {
            return new PrivateKeyJWT(
                    claims, JWSAlgorithm.RS256, federationKey.privateKey(), federationKey.thumbprint(), null);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with the federation key", e);
        }
    }

    /** The user this organization vouches for. */
    public String subjectToken(String email, String immutableId) {
        Instant now = clock.instant();
        return sign(new JWTClaimsSet.Builder()
                .issuer(applicationUri)
                .subject(immutableId)
                .claim(TokenExchange.CLAIM_EMAIL, email)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ASSERTION_LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build());
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .type(JOSEObjectType.JWT)
                            .keyID(federationKey.thumbprint())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(federationKey.privateKey()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with the federation key", e);
        }
    }
}
