package io.fedemu.gateway.token;

import io.fedemu.gateway.federation.FederationTrust;
import io.fedemu.gateway.federation.OrganizationRegistry;
import io.fedemu.gateway.metadata.SigningKeys;
import io.fedemu.gateway.settings.GatewaySettings;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.gateway.TokenExchange;
import io.fedemu.protocol.reason.Reason;
import java.time.Clock;
import java.time.Instant;

/**
 * The token endpoint's logic: OAuth 2.0 token exchange (RFC 8693) for a delegation token. Checks run
 * in a fixed order and the first failure is the one reported; nothing is issued on any failure.
 */
public final class TokenService {
    private final OrganizationRegistry registry;
    private final SigningKeys signingKeys;
    private final GatewaySettings settings;
    private final Clock clock;
    private final ClientAssertionCheck assertions;
    private final SubjectTokenCheck subjects;
    private final DelegationTokenMinter minter;
    private final TokenFaults faults;

    public TokenService(OrganizationRegistry registry, SigningKeys signingKeys, GatewaySettings settings, Clock clock) {
        this(registry, signingKeys, settings, clock, TokenFaults.NONE);
    }

    public TokenService(
            OrganizationRegistry registry,
            SigningKeys signingKeys,
            GatewaySettings settings,
            Clock clock,
            TokenFaults faults) {
        this.faults = faults;
        this.registry = registry;
        this.signingKeys = signingKeys;
        this.settings = settings;
        this.clock = clock;
        this.assertions = new ClientAssertionCheck(registry, settings, new ReplayCache(settings.replayCacheCapacity()));
        this.subjects = new SubjectTokenCheck(registry, settings.clockSkew());
        this.minter = new DelegationTokenMinter(settings.issuer());
    }

    public IssuedToken exchange(TokenExchangeRequest request) {
        if (!TokenExchange.GRANT_TYPE.equals(request.grantType())) {
            throw new TokenRefusedException(
                    Reason.GRANT_TYPE_UNSUPPORTED,
                    "grant_type must be " + TokenExchange.GRANT_TYPE + ", got " + request.grantType());
        }
        Instant now = clock.instant();
        FederationTrust requester = assertions.authenticate(request, now);
        FederatedUser user = subjects.user(request, requester, now);
        FederationTrust target = target(request.audience());
        Offer offer = offer(request.scope());
        DelegationTokenMinter.Grant grant = new DelegationTokenMinter.Grant(
                user,
                requester.applicationUri(),
                faults.audience(target.applicationUri()),
                offer,
                now,
                settings.lifetime(offer));
        // Still encrypted to the real target under any fault: it must be able to open the token to see
        // what is wrong with it, as it would with a misbehaving real gateway.
        return minter.mint(
                grant,
                faults.signingKey(signingKeys.current()),
                target.certificates().current());
    }

    private FederationTrust target(String audience) {
        if (audience == null || audience.isBlank()) {
            throw new TokenRefusedException(
                    Reason.AUDIENCE_UNKNOWN, "audience is missing: name the target organization's application URI");
        }
        FederationTrust target = registry.byApplicationUri(audience)
                .orElseThrow(() -> new TokenRefusedException(
                        Reason.AUDIENCE_UNKNOWN,
                        "audience " + audience + " is not the application URI of a registered organization"));
        if (!target.enabled()) {
            throw new TokenRefusedException(
                    Reason.AUDIENCE_DISABLED,
                    "the federation trust of target organization " + target.name() + " is disabled");
        }
        return target;
    }

    private static Offer offer(String scope) {
        if (scope == null || scope.isBlank()) {
            throw new TokenRefusedException(
                    Reason.OFFER_UNKNOWN,
                    "scope is missing: name one offer, such as " + Offer.SHARING_CALENDAR_FREE_BUSY.wireName());
        }
        return Offer.fromWireName(scope.trim())
                .orElseThrow(() ->
                        new TokenRefusedException(Reason.OFFER_UNKNOWN, "scope " + scope + " is not a known offer"));
    }
}
