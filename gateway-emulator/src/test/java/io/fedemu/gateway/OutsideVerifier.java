package io.fedemu.gateway;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWEDecryptionKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.fedemu.certs.Credential;
import java.net.URL;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLContext;

/**
 * Validates a delegation token the way a third party would: decrypt with the target organization's
 * key, verify the signature against the JWKS named by the gateway's discovery document, fetched fresh
 * over HTTPS by Nimbus itself, and check the claims with Nimbus's verifier.
 */
final class OutsideVerifier {
    private OutsideVerifier() {}

    static JWTClaimsSet verify(
            String token, Credential targetKey, String audience, Map<String, Object> discovery, SSLContext tls)
            throws Exception {
        DefaultResourceRetriever retriever =
                new DefaultResourceRetriever(5000, 5000, 64 * 1024, true, tls.getSocketFactory());
        var jwks = JWKSourceBuilder.<SecurityContext>create(new URL((String) discovery.get("jwks_uri")), retriever)
                .cache(false)
                .refreshAheadCache(false)
                .rateLimited(false)
                .build();
        RSAKey decryption = new RSAKey.Builder(
                        (RSAPublicKey) targetKey.certificate().getPublicKey())
                .privateKey(targetKey.privateKey())
                .keyID(targetKey.thumbprint())
                .build();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWEKeySelector(new JWEDecryptionKeySelector<>(
                JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM, new ImmutableJWKSet<>(new JWKSet(decryption))));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, jwks));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                audience,
                new JWTClaimsSet.Builder()
                        .issuer((String) discovery.get("issuer"))
                        .build(),
                Set.of("sub", "email", "org", "offer", "iat", "nbf", "exp", "jti")));
        return processor.process(token, null);
    }
}
