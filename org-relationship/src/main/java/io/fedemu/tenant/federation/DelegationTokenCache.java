package io.fedemu.tenant.federation;

import io.fedemu.client.gateway.FederationAssertions;
import io.fedemu.client.gateway.GatewayClient;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.gateway.TokenResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Delegation tokens the requesting side holds, one per (user, audience, offer), reused until shortly
 * before they expire (ARCHITECTURE.md step 5): the gateway signs with an RSA key per token, so asking
 * once per request would cap throughput at the gateway.
 */
public final class DelegationTokenCache {
    /** Renew this long before expiry, so a token never expires in flight to the partner. */
    public static final Duration RENEW_BEFORE = Duration.ofMinutes(2);

    private final GatewayClient gateway;
    private final Supplier<FederationAssertions> assertions;
    private final Clock clock;
    private final Map<Key, Held> tokens = new ConcurrentHashMap<>();

    private record Key(String email, String audience, Offer offer) {}

    private record Held(String token, Instant renewAt) {}

    /** A token and whether it came from the cache (the journal says which). */
    public record Token(String value, boolean cached) {}

    public DelegationTokenCache(GatewayClient gateway, Supplier<FederationAssertions> assertions, Clock clock) {
        this.gateway = gateway;
        this.assertions = assertions;
        this.clock = clock;
    }

    public Token token(String email, String immutableId, String audience, Offer offer) {
        Key key = new Key(email.toLowerCase(Locale.ROOT), audience.toLowerCase(Locale.ROOT), offer);
        Instant now = clock.instant();
        Held held = tokens.get(key);
        if (held != null && now.isBefore(held.renewAt())) {
            return new Token(held.token(), true);
        }
        TokenResponse response = gateway.requestToken(assertions.get(), email, immutableId, audience, offer);
        Instant renewAt = now.plusSeconds(response.expiresIn()).minus(RENEW_BEFORE);
        tokens.put(key, new Held(response.accessToken(), renewAt));
        return new Token(response.accessToken(), false);
    }

    /**
     * Forget the token held for one (user, audience, offer): the partner refused it, so the next request
     * asks the gateway again instead of sending the same refused token until it expires.
     */
    public void forget(String email, String audience, Offer offer) {
        tokens.remove(new Key(email.toLowerCase(Locale.ROOT), audience.toLowerCase(Locale.ROOT), offer));
    }

    /** Forget every token (after a key rollover, or to force the next request to the gateway). */
    public void clear() {
        tokens.clear();
    }
}
