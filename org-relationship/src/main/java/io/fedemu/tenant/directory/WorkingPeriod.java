package io.fedemu.tenant.directory;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/**
 * One EWS WorkingPeriod (PROTOCOL.md section 2): the days it applies to and the working time as minutes after
 * local midnight in the mailbox's zone.
 */
public record WorkingPeriod(Set<DayOfWeek> days, int startMinutes, int endMinutes) {
    private static final int MINUTES_PER_DAY = 24 * 60;

    public WorkingPeriod {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a working period applies to at least one day");
        }
        if (startMinutes < 0 || endMinutes > MINUTES_PER_DAY || startMinutes >= endMinutes) {
            throw new IllegalArgumentException("working time must satisfy 0 <= start < end <= 1440 minutes, got "
                    + startMinutes + ".." + endMinutes);
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }
}
