package io.fedemu.tenant.federation;

import io.fedemu.client.gateway.GatewayClient;
import io.fedemu.client.gateway.TokenRequestRefusedException;
import io.fedemu.client.http.UnreachableException;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.gateway.TokenResponse;
import io.fedemu.protocol.tenant.TokenTestInfo;
import java.util.Locale;

/**
 * Asks the gateway for a free/busy (or another offer's) token as this organization and, when the token is meant for this
 * organization, validates it as a partner's token would be (Test-FederationTrust's TokenRequest and
 * TokenValidation). It bypasses the token cache on purpose: the test is whether the gateway issues now.
 */
public final class TokenRoundTrip {
    private final TenantFederationTrust trust;
    private final GatewayClient gateway;
    private final DelegationTokenValidator validator;

    public TokenRoundTrip(TenantFederationTrust trust, GatewayClient gateway, DelegationTokenValidator validator) {
        this.trust = trust;
        this.gateway = gateway;
        this.validator = validator;
    }

    /** @param audience null for this organization's own application URI; @param user null for a test user */
    public TokenTestInfo run(String audience, String user) {
        return run(audience, user, Offer.SHARING_CALENDAR_FREE_BUSY);
    }

    /** The same for another offer: MSExchange.Autodiscover is the token a partner's Autodiscover takes. */
    public TokenTestInfo run(String audience, String user, Offer offer) {
        String target = audience == null || audience.isBlank() ? trust.applicationUri() : audience.trim();
        String email = user == null || user.isBlank()
                ? "federation-test@" + trust.domains().get(0)
                : user.trim();
        TokenResponse response;
        try {
            response = gateway.requestToken(
                    trust.assertions(), email, "test-" + email.toLowerCase(Locale.ROOT), target, offer);
        } catch (TokenRequestRefusedException e) {
            return new TokenTestInfo(
                    email,
                    target,
                    offer.wireName(),
                    false,
                    null,
                    e.error().reason(),
                    e.error().errorDescription(),
                    null,
                    null);
        } catch (UnreachableException e) {
            return new TokenTestInfo(
                    email, target, offer.wireName(), false, null, "GATEWAY_UNREACHABLE", e.getMessage(), null, null);
        }
        if (!target.equalsIgnoreCase(trust.applicationUri())) {
            // Encrypted to the partner's key: only the partner can open it.
            return new TokenTestInfo(
                    email,
                    target,
                    offer.wireName(),
                    true,
                    null,
                    null,
                    "The gateway issued a token for " + target + ".",
                    null,
                    null);
        }
        try {
            ValidatedToken token = validator.validate(response.accessToken(), offer.wireName());
            return new TokenTestInfo(
                    email,
                    target,
                    offer.wireName(),
                    true,
                    true,
                    null,
                    "The token for " + email + " decrypted and validated.",
                    token.expiresAt(),
                    token.signingKeyId());
        } catch (TokenRejectedException e) {
            return new TokenTestInfo(
                    email, target, offer.wireName(), true, false, e.check().name(), e.getMessage(), null, null);
        }
    }
}
