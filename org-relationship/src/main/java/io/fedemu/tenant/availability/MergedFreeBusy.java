package io.fedemu.tenant.availability;

import io.fedemu.tenant.calendar.BusyType;
import io.fedemu.tenant.calendar.Occurrence;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The MergedFreeBusy string: one digit per interval across the window, 0 Free, 1 Tentative, 2 Busy, 3 OOF,
 * 4 NoData, the highest state in an interval winning (PROTOCOL.md section 2). Documented example: a 4-hour window
 * with 60-minute intervals, OOF for 60 minutes then Busy for 90 minutes, gives {@code 3220}.
 */
public final class MergedFreeBusy {
    private MergedFreeBusy() {}

    /**
     * The merged string for the occurrences over [start, end). A partial last interval still counts as one
     * (PROTOCOL.md leaves it open; fedemu choice: ceil), so the string has ceil(window / interval) digits.
     */
    public static String of(List<Occurrence> occurrences, Instant start, Instant end, Duration interval) {
        long intervalSeconds = interval.getSeconds();
        long windowSeconds = Duration.between(start, end).getSeconds();
        int slots = (int) ((windowSeconds + intervalSeconds - 1) / intervalSeconds);
        char[] digits = new char[slots];
        Arrays.fill(digits, '0');
        long windowStart = start.getEpochSecond();
        for (Occurrence occurrence : occurrences) {
            long s = occurrence.start().toEpochSecond() - windowStart;
            long e = occurrence.end().toEpochSecond() - windowStart;
            if (e <= s || e <= 0 || s >= windowSeconds) {
                continue; // takes no time inside the window
            }
            char digit = digit(occurrence.busyType());
            int first = (int) Math.max(0, Math.floorDiv(s, intervalSeconds));
            int last = (int) Math.min(slots - 1, (e - 1) / intervalSeconds);
            for (int i = first; i <= last; i++) {
                if (digit > digits[i]) {
                    digits[i] = digit;
                }
            }
        }
        return new String(digits);
    }

    /**
     * The digit of a busy type. WorkingElsewhere has no digit a client may receive: Exchange 2013 writes 5, which
     * PROTOCOL.md section 8 forbids (the EWS Java API accepts 0-4 only). fedemu writes it as 0, Free: the state
     * says where the owner works, not that the time is taken, and Outlook lets meetings be booked over it;
     * Tentative would make every remote-working day look half booked to a scheduler.
     */
    public static char digit(BusyType type) {
        return switch (type) {
            case FREE, WORKING_ELSEWHERE -> '0';
            case TENTATIVE -> '1';
            case BUSY -> '2';
            case OOF -> '3';
            case NO_DATA -> '4';
        };
    }
}
