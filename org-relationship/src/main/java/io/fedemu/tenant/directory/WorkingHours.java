package io.fedemu.tenant.directory;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

/**
 * A mailbox's working hours as Exchange publishes them in WorkingHours (PROTOCOL.md section 2): the zone they
 * are expressed in, then the periods.
 */
public record WorkingHours(ZoneId zone, List<WorkingPeriod> periods) {
    public WorkingHours {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("working hours need at least one period");
        }
        periods = List.copyOf(periods);
    }

    /** Outlook's default for a new mailbox: Monday to Friday, 08:00 to 17:00 local time. */
    public static WorkingHours standard(ZoneId zone) {
        return new WorkingHours(
                zone, List.of(new WorkingPeriod(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 8 * 60, 17 * 60)));
    }
}
