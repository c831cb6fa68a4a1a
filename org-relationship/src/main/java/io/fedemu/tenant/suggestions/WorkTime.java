package io.fedemu.tenant.suggestions;

import io.fedemu.tenant.availability.RequesterZone;
import io.fedemu.tenant.directory.WorkingPeriod;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * An attendee's working hours as its WorkingHours element published them: the periods, read in the zone that
 * element carries (not the requester's).
 */
public record WorkTime(RequesterZone zone, List<WorkingPeriod> periods) {
    private static final int MINUTES_PER_DAY = 24 * 60;

    public WorkTime {
        Objects.requireNonNull(zone, "zone");
        periods = List.copyOf(periods);
    }

    /** Outlook's default for a new mailbox, Monday to Friday 08:00 to 17:00, in {@code zone}. */
    public static WorkTime standard(RequesterZone zone) {
        return new WorkTime(
                zone, List.of(new WorkingPeriod(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 8 * 60, 17 * 60)));
    }

    /** Whether the whole of [start, end) lies inside one working period of one day. */
    public boolean covers(Instant start, Instant end) {
        LocalDateTime from = zone.toLocal(start).toLocalDateTime();
        LocalDateTime to = zone.toLocal(end).toLocalDateTime();
        int fromMinutes = from.getHour() * 60 + from.getMinute();
        int toMinutes;
        if (to.toLocalDate().equals(from.toLocalDate())) {
            toMinutes = to.getHour() * 60 + to.getMinute();
        } else if (to.toLocalDate().equals(from.toLocalDate().plusDays(1))
                && to.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            toMinutes = MINUTES_PER_DAY;
        } else {
            return false;
        }
        for (WorkingPeriod period : periods) {
            if (period.days().contains(from.getDayOfWeek())
                    && period.startMinutes() <= fromMinutes
                    && toMinutes <= period.endMinutes()) {
                return true;
            }
        }
        return false;
    }
}
