package io.fedemu.gateway.token;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.fedemu.certs.Credential;
import io.fedemu.certs.Thumbprints;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.gateway.TokenExchange;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Makes a delegation token (PROTOCOL.md section 3, fedemu's JOSE choice): a JWS signed by the
 * gateway, nested in a JWE (RSA-OAEP-256, A256GCM) that only the target organization can open.
 */
public final class DelegationTokenMinter {
    private final String issuer;

    public DelegationTokenMinter(String issuer) {
        this.issuer = issuer;
    }

    /** What the token says; one value so the minter has no hidden inputs. */
    public record Grant(
            FederatedUser user,
            String requestingOrganization,
            String audience,
            Offer offer,
            Instant issuedAt,
            Duration lifetime) {}

    public IssuedToken mint(Grant grant, Credential signingKey, X509Certificate targetCertificate) {
        Instant expiry = grant.issuedAt().plus(grant.lifetime());
        String jti = UUID.randomUUID().toString();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(grant.audience())
                .subject(grant.user().immutableId())
                .claim(TokenExchange.CLAIM_EMAIL, grant.user().email())
                .claim(TokenExchange.CLAIM_ORGANIZATION, grant.requestingOrganization())
                .claim(TokenExchange.CLAIM_OFFER, grant.offer().wireName())
                .issueTime(Date.from(grant.issuedAt()))
                .notBeforeTime(Date.from(grant.issuedAt()))
                .expirationTime(Date.from(expiry))
                .jwtID(jti)
                .build();
        try {
            SignedJWT signed = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .type(JOSEObjectType.JWT)
                            .keyID(signingKey.thumbprint())
                            .x509CertSHA256Thumbprint(new Base64URL(Thumbprints.x5tS256(signingKey.certificate())))
                            .build(),
                    claims);
            signed.sign(new RSASSASigner(signingKey.privateKey()));
            JWEObject encrypted = new JWEObject(
                    new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM)
                            .contentType("JWT")
                            .keyID(Thumbprints.sha1(targetCertificate))
                            .x509CertSHA256Thumbprint(new Base64URL(Thumbprints.x5tS256(targetCertificate)))
                            .build(),
                    new Payload(signed));
            encrypted.encrypt(new RSAEncrypter((RSAPublicKey) targetCertificate.getPublicKey()));
            return new IssuedToken(encrypted.serialize(), expiry, jti);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign or encrypt a delegation token", e);
        }
    }
}
