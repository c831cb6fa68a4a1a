package io.fedemu.tenant.federation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.fedemu.client.gateway.FederationAssertions;
import io.fedemu.client.gateway.GatewayClient;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.gateway.TokenResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Delegation tokens the requesting side holds, one per (user, audience, offer), reused until shortly
 * before they expire (ARCHITECTURE.md step 5): the gateway signs with an RSA key per token, so asking
 * once per request would cap throughput at the gateway.
 *
 * <p>A Caffeine cache with a per-entry expiry (each token's own lifetime less {@link #RENEW_BEFORE}),
 * timed by the organization's clock, and bounded: past {@link #MAX_TOKENS} the least useful are
 * dropped, which only costs a new request to the gateway.
 */
public final class DelegationTokenCache {
    /** Renew this long before expiry, so a token never expires in flight to the partner. */
    public static final Duration RENEW_BEFORE = Duration.ofMinutes(2);

    /** Tokens held at most (users times partners times offers); beyond it some are asked for again. */
    public static final int MAX_TOKENS = 10_000;

    private final GatewayClient gateway;
    private final Supplier<FederationAssertions> assertions;
    private final Cache<Key, Held> tokens;

    private record Key(String email, String audience, Offer offer) {
        static Key of(String email, String audience, Offer offer) {
            return new Key(email.toLowerCase(Locale.ROOT), audience.toLowerCase(Locale.ROOT), offer);
        }
    }

    /** A token and how long it may be reused. */
    private record Held(String token, Duration reuseFor) {}

    /** A token and whether it came from the cache (the journal says which). */
    public record Token(String value, boolean cached) {}

    public DelegationTokenCache(GatewayClient gateway, Supplier<FederationAssertions> assertions, Clock clock) {
        this(gateway, assertions, clock, MAX_TOKENS);
    }

    DelegationTokenCache(
            GatewayClient gateway, Supplier<FederationAssertions> assertions, Clock clock, int maximumSize) {
        this.gateway = gateway;
        this.assertions = assertions;
        this.tokens = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(Expiry.writing((Key key, Held held) -> held.reuseFor()))
                .ticker(new ClockTicker(clock))
                // Evict on the calling thread: no background work, and what a test sees is settled.
                .executor(Runnable::run)
                .build();
    }

    public Token token(String email, String immutableId, String audience, Offer offer) {
        Key key = Key.of(email, audience, offer);
        Held held = tokens.getIfPresent(key);
        if (held != null) {
            return new Token(held.token(), true);
        }
        TokenResponse response = gateway.requestToken(assertions.get(), email, immutableId, audience, offer);
        Duration reuseFor = Duration.ofSeconds(response.expiresIn()).minus(RENEW_BEFORE);
        tokens.put(key, new Held(response.accessToken(), reuseFor.isNegative() ? Duration.ZERO : reuseFor));
        return new Token(response.accessToken(), false);
    }

    /**
     * Forget the token held for one (user, audience, offer): the partner refused it, so the next request
     * asks the gateway again instead of sending the same refused token until it expires.
     */
    public void forget(String email, String audience, Offer offer) {
        tokens.invalidate(Key.of(email, audience, offer));
    }

    /** Forget every token (after a key rollover, or to force the next request to the gateway). */
    public void clear() {
        tokens.invalidateAll();
    }

    /** A stable immutable id per user, as Exchange's ExchangeGuid would be: the subject of its tokens. */
    public static String immutableId(String address) {
        return java.util
                .UUID
                .nameUUIDFromBytes(("fedemu:" + address.toLowerCase(Locale.ROOT))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    /** Tokens held now that are still reusable. */
    long size() {
        tokens.cleanUp();
        return tokens.estimatedSize();
    }
}
