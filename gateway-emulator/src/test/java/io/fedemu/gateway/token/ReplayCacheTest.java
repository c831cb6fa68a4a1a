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

        assertThat(cache.firstUse("contoso jti-1", expiry, now)).isTrue();
        assertThat(cache.firstUse("contoso jti-1", expiry, now.plusSeconds(60))).isFalse();
        assertThat(cache.firstUse("fabrikam jti-1", expiry, now))
                .as("ids are per issuer")
                .isTrue();
        assertThat(cache.firstUse("contoso jti-1", expiry.plusSeconds(60), expiry.plusSeconds(1)))
                .as("an expired entry no longer blocks; its assertion is refused as expired anyway")
                .isTrue();
    }

    @Test
    void atCapacityExpiredIdsAreSweptAndUnexpiredOnesAreNeverEvicted() {
        ReplayCache cache = new ReplayCache(2);
        cache.firstUse("a", now.plusSeconds(10), now);
        cache.firstUse("b", now.plusSeconds(600), now);

        assertThat(cache.firstUse("c", now.plusSeconds(600), now.plusSeconds(20)))
                .isTrue();
        assertThat(cache.size()).isEqualTo(2);
        assertThatThrownBy(() -> cache.firstUse("d", now.plusSeconds(600), now.plusSeconds(30)))
                .isInstanceOf(TokenRefusedException.class)
                .hasMessageContaining("2 unexpired assertion ids")
                .extracting(e -> ((TokenRefusedException) e).reason())
                .isEqualTo(Reason.REPLAY_CACHE_FULL);
        assertThat(cache.firstUse("b", now.plusSeconds(600), now.plusSeconds(30)))
                .as("b is still remembered")
                .isFalse();
    }
}
