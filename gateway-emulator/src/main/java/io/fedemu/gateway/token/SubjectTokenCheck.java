package io.fedemu.gateway.token;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.fedemu.gateway.federation.FederationTrust;
import io.fedemu.gateway.federation.OrganizationRegistry;
import io.fedemu.protocol.gateway.TokenExchange;
import io.fedemu.protocol.reason.Reason;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Reads the user the requesting organization vouches for: a JWT signed by the same organization with
 * the user's email and immutable id, whose email domain must be one the organization has proven.
 */
final class SubjectTokenCheck {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private final OrganizationRegistry registry;
    private final Duration skew;

    SubjectTokenCheck(OrganizationRegistry registry, Duration skew) {
        this.registry = registry;
        this.skew = skew;
    }

    FederatedUser user(TokenExchangeRequest request, FederationTrust requester, Instant now) {
        if (request.subjectToken() == null || request.subjectToken().isBlank()) {
            throw new TokenRefusedException(Reason.SUBJECT_TOKEN_INVALID, "subject_token is missing");
        }
        if (!TokenExchange.JWT_TOKEN_TYPE.equals(request.subjectTokenType())) {
            throw new TokenRefusedException(
                    Reason.SUBJECT_TOKEN_INVALID, "subject_token_type must be " + TokenExchange.JWT_TOKEN_TYPE);
        }
        Reason invalid = Reason.SUBJECT_TOKEN_INVALID;
        SignedJWT token =
                OrganizationSignatures.parse(request.subjectToken(), "subject token", invalid, invalid, invalid);
        OrganizationSignatures.verify(token, requester, now, "subject token", invalid, invalid);
        JWTClaimsSet claims;
        try {
            claims = token.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new TokenRefusedException(invalid, "subject token claims are not a JSON object");
        }
        if (claims.getExpirationTime() == null
                || !claims.getExpirationTime().toInstant().plus(skew).isAfter(now)) {
            throw new TokenRefusedException(invalid, "subject token has expired or has no exp");
        }
        String email = claimString(claims, TokenExchange.CLAIM_EMAIL);
        String immutableId = claims.getSubject();
        if (email == null || !EMAIL.matcher(email).matches()) {
            throw new TokenRefusedException(invalid, "subject token has no valid email claim");
        }
        if (immutableId == null || immutableId.isBlank()) {
            throw new TokenRefusedException(invalid, "subject token has no sub (the user's immutable id)");
        }
        FederatedUser user = new FederatedUser(email, immutableId);
        if (!requester.domains().contains(user.domain())) {
            registry.ownerOf(user.domain()).ifPresent(other -> {
                throw new TokenRefusedException(
                        Reason.USER_DOMAIN_OF_ANOTHER_ORGANIZATION,
                        "user " + email
                                + " belongs to domain " + user.domain() + ", federated by organization " + other.name()
                                + ", not by " + requester.name());
            });
            throw new TokenRefusedException(
                    Reason.USER_DOMAIN_NOT_FEDERATED,
                    "user domain " + user.domain() + " is not a proven federated domain of organization "
                            + requester.name());
        }
        return user;
    }

    private static String claimString(JWTClaimsSet claims, String name) {
        try {
            return claims.getStringClaim(name);
        } catch (ParseException e) {
            return null;
        }
    }
}
