package io.fedemu.tenant.suggestions;

import io.fedemu.tenant.calendar.BusyType;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the requesting side knows of one mailbox's time: its busy items and, when its answer carried them, its
 * working hours.
 */
public record Schedule(List<BusyPeriod> busy, Optional<WorkTime> workTime) {
    public Schedule {
        busy = busy.stream().sorted(Comparator.comparing(BusyPeriod::start)).toList();
        java.util.Objects.requireNonNull(workTime, "workTime");
    }

    /**
     * The status for a meeting over [start, end): the most severe item overlapping it, Free when none (Free <
     * Tentative < Busy < OOF, the order of the merged string's digits). WorkingElsewhere is available. An item
     * starting at {@code ignoredStart} is the meeting being moved (CurrentMeetingTime) and does not count.
     */
    BusyType statusDuring(Instant start, Instant end, Optional<Instant> ignoredStart) {
        BusyType status = BusyType.FREE;
        for (BusyPeriod period : busy) {
            if (!period.start().isBefore(end)) {
                break;
            }
            if (!period.overlaps(start, end)
                    || ignoredStart.isPresent() && ignoredStart.get().equals(period.start())) {
                continue;
            }
            if (severity(period.busyType()) > severity(status)) {
                status = period.busyType();
            }
        }
        return status;
    }

    static boolean isConflict(BusyType status) {
        return severity(status) > 0;
    }

    private static int severity(BusyType type) {
        return switch (type) {
            case TENTATIVE -> 1;
            case BUSY -> 2;
            case OOF -> 3;
            default -> 0;
        };
    }
}
