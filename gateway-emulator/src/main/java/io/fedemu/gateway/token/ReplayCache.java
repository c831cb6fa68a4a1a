package io.fedemu.gateway.token;

import io.fedemu.protocol.reason.Reason;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Assertion ids seen, each kept until its assertion expires. Bounded: the gateway refuses assertions
 * that live longer than a few minutes, so entries age out; at capacity it refuses rather than evict,
 * since forgetting an unexpired id would let it be replayed.
 *
 * <p>Deliberately not a Caffeine cache (which the tenants use for their expiring caches): a bounded Caffeine
 * cache makes room by evicting, and evicting an unexpired id here is exactly the replay this class exists to
 * stop. Caffeine has no "refuse when full" mode; without its size bound it would be an expiring map plus the
 * same size check and sweep as below, so it would replace nothing. The size is bounded by the refusal
 * ({@link Reason#REPLAY_CACHE_FULL}) and by the gateway's maximum assertion lifetime.
 */
final class ReplayCache {
    private final Map<String, Instant> seen = new ConcurrentHashMap<>();
    private final int capacity;

    ReplayCache(int capacity) {
        this.capacity = capacity;
    }

    /** Records {@code id}; false if it was already there and not yet expired. */
    boolean firstUse(String id, Instant expiry, Instant now) {
        Instant known = seen.get(id);
        if (known != null && !known.isBefore(now)) {
            return false;
        }
        if (seen.size() >= capacity) {
            seen.values().removeIf(until -> until.isBefore(now));
            if (seen.size() >= capacity) {
                throw new TokenRefusedException(
                        Reason.REPLAY_CACHE_FULL,
                        "the gateway has " + capacity + " unexpired assertion ids on record; retry shortly");
            }
        }
        Instant previous = seen.putIfAbsent(id, expiry);
        if (previous == null) {
            return true;
        }
        if (previous.isBefore(now)) {
            return seen.replace(id, previous, expiry);
        }
        return false;
    }

    int size() {
        return seen.size();
    }
}
