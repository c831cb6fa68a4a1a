package io.fedemu.tenant.suggestions;

import io.fedemu.tenant.calendar.BusyType;
import java.time.Instant;
import java.util.Objects;

/** One item of an attendee's free/busy as the requesting side received it: when, and how busy. */
public record BusyPeriod(Instant start, Instant end, BusyType busyType) {
    public BusyPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(busyType, "busyType");
    }

    boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && end.isAfter(from);
    }
}
