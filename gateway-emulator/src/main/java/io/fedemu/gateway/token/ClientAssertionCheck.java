package io.fedemu.gateway.token;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.fedemu.gateway.federation.FederationTrust;
import io.fedemu.gateway.federation.OrganizationRegistry;
import io.fedemu.gateway.settings.GatewaySettings;
import io.fedemu.protocol.gateway.TokenExchange;
import io.fedemu.protocol.reason.Reason;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Authenticates the requesting organization by its RFC 7523 client assertion: issuer is the
 * organization's application URI, signed by its federation key, short-lived, for this gateway, used once.
 */
final class ClientAssertionCheck {
    private final OrganizationRegistry registry;
    private final GatewaySettings settings;
    private final ReplayCache replays;

    ClientAssertionCheck(OrganizationRegistry registry, GatewaySettings settings, ReplayCache replays) {
        this.registry = registry;
        this.settings = settings;
        this.replays = replays;
    }

    FederationTrust authenticate(TokenExchangeRequest request, Instant now) {
        if (request.clientAssertion() == null || request.clientAssertion().isBlank()) {
            throw new TokenRefusedException(Reason.ASSERTION_MISSING, "client_assertion is missing");
        }
        if (!TokenExchange.CLIENT_ASSERTION_TYPE.equals(request.clientAssertionType())) {
            throw new TokenRefusedException(
                    Reason.ASSERTION_MISSING, "client_assertion_type must be " + TokenExchange.CLIENT_ASSERTION_TYPE);
        }
        SignedJWT assertion = OrganizationSignatures.parse(
                request.clientAssertion(),
                "client assertion",
                Reason.ASSERTION_MALFORMED,
                Reason.ASSERTION_UNSIGNED,
                Reason.ASSERTION_ALGORITHM_NOT_ALLOWED);
        JWTClaimsSet claims = claims(assertion);
        String issuer = claims.getIssuer();
        FederationTrust organization = registry.byApplicationUri(issuer)
                .orElseThrow(() -> new TokenRefusedException(
                        Reason.ORGANIZATION_UNKNOWN,
                        "client assertion issuer '" + issuer
                                + "' is not the application URI of a registered organization"));
        if (!organization.enabled()) {
            throw new TokenRefusedException(
                    Reason.ORGANIZATION_DISABLED,
                    "the federation trust of organization " + organization.name() + " is disabled");
        }
        OrganizationSignatures.verify(
                assertion,
                organization,
                now,
                "client assertion",
                Reason.ASSERTION_KEY_UNKNOWN,
                Reason.ASSERTION_SIGNATURE_INVALID);
        checkLifetime(claims, now);
        checkAudience(claims);
        String jti = claims.getJWTID();
        if (jti == null || jti.isBlank()) {
            throw new TokenRefusedException(Reason.ASSERTION_JTI_MISSING, "client assertion has no jti");
        }
        if (!replays.firstUse(
                organization.name(), jti, claims.getExpirationTime().toInstant().plus(settings.clockSkew()), now)) {
            throw new TokenRefusedException(
                    Reason.ASSERTION_REPLAYED, "client assertion jti " + jti + " was already used");
        }
        return organization;
    }

    private void checkLifetime(JWTClaimsSet claims, Instant now) {
        Duration skew = settings.clockSkew();
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            throw new TokenRefusedException(Reason.ASSERTION_EXPIRED, "client assertion has no exp");
        }
        if (!exp.toInstant().plus(skew).isAfter(now)) {
            throw new TokenRefusedException(
                    Reason.ASSERTION_EXPIRED,
                    "client assertion expired at " + exp.toInstant() + "; gateway time is " + now + " (skew allowed "
                            + skew.toSeconds() + " s)");
        }
        Date notBefore = claims.getNotBeforeTime() != null ? claims.getNotBeforeTime() : claims.getIssueTime();
        if (notBefore != null && notBefore.toInstant().minus(skew).isAfter(now)) {
            throw new TokenRefusedException(
                    Reason.ASSERTION_NOT_YET_VALID,
                    "client assertion is not valid "
                            + "before " + notBefore.toInstant() + "; gateway time is " + now + " (skew allowed "
                            + skew.toSeconds() + " s)");
        }
        if (exp.toInstant().isAfter(now.plus(settings.assertionMaxLifetime()).plus(skew))) {
            throw new TokenRefusedException(
                    Reason.ASSERTION_LIFETIME_TOO_LONG,
                    "client assertion is valid "
                            + "until " + exp.toInstant() + "; at most "
                            + settings.assertionMaxLifetime().toMinutes()
                            + " minutes ahead is accepted");
        }
    }

    private void checkAudience(JWTClaimsSet claims) {
        List<String> audience = claims.getAudience();
        String endpoint = settings.tokenEndpoint().toString();
        if (audience == null || !(audience.contains(endpoint) || audience.contains(settings.issuer()))) {
            throw new TokenRefusedException(
                    Reason.ASSERTION_AUDIENCE_MISMATCH,
                    "client assertion audience " + audience + " is neither the token endpoint " + endpoint
                            + " nor the issuer " + settings.issuer());
        }
    }

    static JWTClaimsSet claims(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new TokenRefusedException(
                    Reason.ASSERTION_MALFORMED, "client assertion claims are not a JSON object: " + e.getMessage());
        }
    }
}
