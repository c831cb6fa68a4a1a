package io.fedemu.gateway.token;

import io.fedemu.protocol.reason.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Assertion ids seen, each kept until its assertion expires, per organization. Bounded three ways: in ids, in
 * bytes and per organization. At a bound it refuses ({@link Reason#REPLAY_CACHE_FULL}) rather than evict, since
 * forgetting an unexpired id would let it be replayed; entries age out because the gateway refuses assertions that
 * live longer than a few minutes.
 *
 * <p>Bytes: an id is the caller's choice (a {@code jti} may be as long as the token endpoint's body limit), so
 * the cache keeps its SHA-256, never the id: every entry costs the same {@value #ENTRY_BYTES} bytes (estimated,
 * map entry included), and the byte bound is the id bound times that. Per organization: one organization holds at
 * most its share (a quarter by default), so one busy or hostile organization cannot make the gateway refuse all
 * the others; it is refused alone, naming itself.
 *
 * <p>Deliberately not a Caffeine cache (which the tenants use for their expiring caches): a bounded Caffeine
 * cache makes room by evicting, and evicting an unexpired id here is exactly the replay this class exists to
 * stop. Caffeine has no "refuse when full" mode.
 */
final class ReplayCache {
    /** What one entry costs on the heap, estimated: a 32-byte digest, its expiry and the map's entry. */
    static final int ENTRY_BYTES = 160;
    /** The share of the whole cache one organization may hold, by default. */
    static final int DEFAULT_SHARES = 4;

    private final Map<String, Map<Digest, Instant>> byOrganization = new HashMap<>();
    private final int capacity;
    private final int perOrganization;
    private int size;

    /** {@code capacity} ids in all, a quarter of them (at least one) per organization. */
    ReplayCache(int capacity) {
        this(capacity, Math.max(1, capacity / DEFAULT_SHARES));
    }

    ReplayCache(int capacity, int perOrganization) {
        if (capacity < 1 || perOrganization < 1 || perOrganization > capacity) {
            throw new IllegalArgumentException(
                    "capacity " + capacity + " and share " + perOrganization + " must be 1 <= share <= capacity");
        }
        this.capacity = capacity;
        this.perOrganization = perOrganization;
    }

    /** Records {@code id} for {@code organization}; false if it was already there and not yet expired. */
    synchronized boolean firstUse(String organization, String id, Instant expiry, Instant now) {
        Map<Digest, Instant> seen = byOrganization.computeIfAbsent(organization, o -> new HashMap<>());
        Digest key = Digest.of(id);
        Instant known = seen.get(key);
        if (known != null) {
            if (!known.isBefore(now)) {
                return false;
            }
            seen.put(key, expiry); // an expired entry no longer blocks; reuse its place
            return true;
        }
        if (seen.size() >= perOrganization) {
            size -= sweep(seen, now);
            if (seen.size() >= perOrganization) {
                throw new TokenRefusedException(
                        Reason.REPLAY_CACHE_FULL,
                        "organization " + organization + " has " + seen.size()
                                + " unexpired assertion ids on record, its share of the gateway's " + capacity
                                + "; retry shortly");
            }
        }
        if (size >= capacity) {
            byOrganization.values().forEach(ids -> size -= sweep(ids, now));
            if (size >= capacity) {
                throw new TokenRefusedException(
                        Reason.REPLAY_CACHE_FULL,
                        "the gateway has " + capacity + " unexpired assertion ids on record; retry shortly");
            }
        }
        seen.put(key, expiry);
        size++;
        return true;
    }

    private static int sweep(Map<Digest, Instant> ids, Instant now) {
        int before = ids.size();
        ids.values().removeIf(until -> until.isBefore(now));
        return before - ids.size();
    }

    synchronized int size() {
        return size;
    }

    /** The estimated heap the ids take: {@link #size()} times {@value #ENTRY_BYTES}, whatever the ids' length. */
    synchronized long bytes() {
        return (long) size * ENTRY_BYTES;
    }

    /** The byte bound: {@code capacity} entries. */
    long maxBytes() {
        return (long) capacity * ENTRY_BYTES;
    }

    /** SHA-256 of an id, held as four longs: fixed size, whatever the caller sent. */
    private record Digest(long a, long b, long c, long d) {
        static Digest of(String id) {
            try {
                ByteBuffer hash = ByteBuffer.wrap(
                        MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
                return new Digest(hash.getLong(), hash.getLong(), hash.getLong(), hash.getLong());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK has no SHA-256", e);
            }
        }
    }
}
