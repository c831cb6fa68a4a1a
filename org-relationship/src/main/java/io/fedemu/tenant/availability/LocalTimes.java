package io.fedemu.tenant.availability;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;

/**
 * {@link RequesterZone#toLocal} for the many nearby instants of one answer: the offset found for an instant holds
 * between the zone's transitions around it, so the zone's rules (a search of its transitions, then of the year's)
 * are asked once per stretch between transitions instead of twice per item. Not thread-safe: one per answer.
 */
final class LocalTimes {
    private final RequesterZone zone;
    private long validFrom = Long.MAX_VALUE;
    private long validTo = Long.MIN_VALUE;
    private ZoneOffset offset;

    LocalTimes(RequesterZone zone) {
        this.zone = zone;
    }

    OffsetDateTime toLocal(Instant instant) {
        long second = instant.getEpochSecond();
        if (second < validFrom || second >= validTo) {
            // The offset holds from the transition before the instant to the one after it (both on whole seconds),
            // so the ends, which are not quite in order, hit too.
            offset = zone.rules().getOffset(instant);
            ZoneOffsetTransition previous = zone.rules().previousTransition(instant);
            ZoneOffsetTransition next = zone.rules().nextTransition(instant);
            validFrom = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
            validTo = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        }
        // Not instant.atOffset(offset): on Java 17 that builds a new ZoneRules for the offset on every call.
        return OffsetDateTime.of(LocalDateTime.ofEpochSecond(second, instant.getNano(), offset), offset);
    }
}
