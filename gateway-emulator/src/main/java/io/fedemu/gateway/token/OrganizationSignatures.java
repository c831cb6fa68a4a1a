package io.fedemu.gateway.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.fedemu.certs.Thumbprints;
import io.fedemu.gateway.federation.FederationTrust;
import io.fedemu.protocol.reason.Reason;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies a JWT signed by an organization's federation key. Only RSA signature algorithms are
 * accepted: the key is an RSA certificate, and allowing HS256 would let anyone holding the public
 * certificate forge a "signature" with it as the HMAC secret.
 */
final class OrganizationSignatures {
    static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256);

    private OrganizationSignatures() {}

    /** Parses {@code compact} as a JWS; {@code what} names it in refusals ("client assertion"). */
    static SignedJWT parse(String compact, String what, Reason malformed, Reason unsigned, Reason algorithm) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(compact);
        } catch (ParseException e) {
            throw new TokenRefusedException(malformed, what + " is not a compact JWT: " + e.getMessage());
        }
        if (jwt instanceof PlainJWT) {
            throw new TokenRefusedException(unsigned, what + " is unsigned (alg none)");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw new TokenRefusedException(malformed, what + " must be a JWS, not a JWE");
        }
        JWSAlgorithm alg = signed.getHeader().getAlgorithm();
        if (!ALLOWED.contains(alg)) {
            throw new TokenRefusedException(algorithm, what + " alg " + alg + " is not allowed; use RS256 or PS256");
        }
        return signed;
    }

    /**
     * Checks that {@code jwt} is signed by a certificate of {@code trust} that may sign at {@code now}:
     * {@code kid} names it by thumbprint, then the signature must verify with it.
     */
    static X509Certificate verify(
            SignedJWT jwt, FederationTrust trust, Instant now, String what, Reason unknownKey, Reason badSignature) {
        String kid = jwt.getHeader().getKeyID();
        if (kid == null) {
            throw new TokenRefusedException(
                    unknownKey, what + " has no kid; it must name the federation " + "certificate's thumbprint");
        }
        Optional<X509Certificate> key = trust.signingCertificates(now).stream()
                .filter(certificate -> Thumbprints.sha1(certificate).equalsIgnoreCase(kid))
                .findFirst();
        if (key.isEmpty()) {
            X509Certificate previous = trust.certificates().previous();
            String hint = previous != null && Thumbprints.sha1(previous).equalsIgnoreCase(kid)
                    ? "; it is the previous certificate, no longer accepted since " + trust.previousAcceptedUntil()
                    : "";
            throw new TokenRefusedException(
                    unknownKey,
                    what + " kid " + kid + " is not a federation certificate " + "of organization " + trust.name()
                            + " accepted now" + hint);
        }
        try {
            if (!jwt.verify(new RSASSAVerifier((RSAPublicKey) key.get().getPublicKey()))) {
                throw new TokenRefusedException(
                        badSignature,
                        what + " signature does not verify with federation " + "certificate " + kid
                                + " of organization " + trust.name());
            }
        } catch (JOSEException e) {
            throw new TokenRefusedException(badSignature, what + " signature cannot be checked: " + e.getMessage());
        }
        return key.get();
    }
}
