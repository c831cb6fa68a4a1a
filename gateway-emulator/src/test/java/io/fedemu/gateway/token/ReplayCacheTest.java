package io.fedemu.gateway.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.protocol.reason.Reason;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplayCacheTest {
    private final Instant now = Instant.parse("2026-11-27T12:00:00Z");

    @Test
    void anIdIsAcceptedOnceUntilItExpires() {
        ReplayCache cache = new ReplayCache(10);
        Instant expiry = now.plus(Duration.ofMinutes(5));

        assertThat(cache.firstUse("contoso", "jti-1", expiry, now)).isTrue();
        assertThat(cache.firstUse("contoso", "jti-1", expiry, now.plusSeconds(60)))
                .isFalse();
        assertThat(cache.firstUse("fabrikam", "jti-1", expiry, now))
                .as("ids are per organization")
                .isTrue();
        assertThat(cache.firstUse("contoso", "jti-1", expiry.plusSeconds(60), expiry.plusSeconds(1)))
                .as("an expired entry no longer blocks; its assertion is refused as expired anyway")
                .isTrue();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void atCapacityExpiredIdsAreSweptAndUnexpiredOnesAreNeverEvicted() {
        ReplayCache cache = new ReplayCache(2, 2);
        cache.firstUse("contoso", "a", now.plusSeconds(10), now);
        cache.firstUse("contoso", "b", now.plusSeconds(600), now);

        assertThat(cache.firstUse("contoso", "c", now.plusSeconds(600), now.plusSeconds(20)))
                .isTrue();
        assertThat(cache.size()).isEqualTo(2);
        assertThatThrownBy(() -> cache.firstUse("contoso", "d", now.plusSeconds(600), now.plusSeconds(30)))
                .isInstanceOf(TokenRefusedException.class)
                .hasMessageContaining("2 unexpired assertion ids")
                .extracting(e -> ((TokenRefusedException) e).reason())
                .isEqualTo(Reason.REPLAY_CACHE_FULL);
        assertThat(cache.firstUse("contoso", "b", now.plusSeconds(600), now.plusSeconds(30)))
                .as("b is still remembered")
                .isFalse();
    }

    /** Issue 12: one organization filling its share is refused alone; the others are still served. */
    @Test
    void oneOrganizationCannotFillTheCacheForTheOthers() {
        ReplayCache cache = new ReplayCache(8);
        Instant expiry = now.plusSeconds(600);
        for (int i = 0; i < 2; i++) {
            assertThat(cache.firstUse("hostile", "jti-" + i, expiry, now)).isTrue();
        }

        assertThatThrownBy(() -> cache.firstUse("hostile", "jti-2", expiry, now))
                .isInstanceOfSatisfying(TokenRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.REPLAY_CACHE_FULL);
                    assertThat(e).hasMessageContaining("organization hostile has 2 unexpired assertion ids");
                });
        assertThat(cache.firstUse("contoso", "jti-0", expiry, now)).isTrue();
        assertThat(cache.firstUse("fabrikam", "jti-0", expiry, now)).isTrue();
        assertThat(cache.size()).isEqualTo(4);
    }

    /** Issue 12: an id costs the same whatever its length, so the bytes are bounded with the count. */
    @Test
    void theCacheIsBoundedInBytesWhateverTheIdsLength() {
        ReplayCache cache = new ReplayCache(4, 4);
        Instant expiry = now.plusSeconds(600);
        for (int i = 0; i < 4; i++) {
            cache.firstUse("contoso", i + "x".repeat(60_000), expiry, now);
        }

        assertThat(cache.bytes()).isEqualTo(4L * ReplayCache.ENTRY_BYTES).isEqualTo(cache.maxBytes());
        assertThatThrownBy(() -> cache.firstUse("fabrikam", "y".repeat(60_000), expiry, now))
                .isInstanceOfSatisfying(
                        TokenRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REPLAY_CACHE_FULL));
        assertThat(cache.bytes()).isLessThanOrEqualTo(cache.maxBytes());
        assertThat(cache.firstUse("contoso", 0 + "x".repeat(60_000), expiry, now))
                .as("a long id is still recognised by its digest")
                .isFalse();
    }
}
