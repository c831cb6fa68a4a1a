package io.fedemu.tenant.federation;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Instant;

/**
 * Caffeine's time source read from the role's {@link Clock}: entries expire by the organization's own
 * time, so a clock set ahead (a teaching scenario) or moved by a test ages them without anyone sleeping.
 */
record ClockTicker(Clock clock) implements Ticker {
    @Override
    public long read() {
        Instant now = clock.instant();
        return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
    }
}
