package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.ews.types.CalendarEvent;
import io.fedemu.protocol.ews.types.ResponseClassType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * A distribution group's MergedFreeBusy (PROTOCOL.md section 13): per interval, the member state that weighs most,
 * where no data weighs least and then free, tentative, busy, out of office, as Exchange merges a group's members. An
 * interval no member has data for stays 4. A member's string is its answer's MergedFreeBusy or, for a view without
 * one, made from its calendar events as Exchange makes it.
 */
final class GroupMergedFreeBusy {
    private static final char NO_DATA = '4';

    private GroupMergedFreeBusy() {}

    /** The number of digits of the request's merged string: a partial last interval counts (section 2). */
    static int slots(AvailabilityRequest request) {
        long seconds = request.end().getEpochSecond() - request.start().getEpochSecond();
        long interval = request.intervalMinutes() * 60L;
        return (int) ((seconds + interval - 1) / interval);
    }

    /** The member's digits over the request's window, or empty when its answer carries no data. */
    static Optional<String> of(FreeBusyResponseType answer, AvailabilityRequest request) {
        if (answer == null
                || answer.getResponseMessage() == null
                || answer.getResponseMessage().getResponseClass() != ResponseClassType.SUCCESS
                || answer.getFreeBusyView() == null) {
            return Optional.empty();
        }
        int slots = slots(request);
        String merged = answer.getFreeBusyView().getMergedFreeBusy();
        if (merged != null && merged.length() == slots) {
            return Optional.of(merged);
        }
        if (answer.getFreeBusyView().getCalendarEventArray() == null) {
            return Optional.empty();
        }
        char[] digits = new char[slots];
        Arrays.fill(digits, '0');
        long interval = request.intervalMinutes() * 60L;
        long windowStart = request.start().getEpochSecond();
        long windowSeconds = request.end().getEpochSecond() - windowStart;
        for (CalendarEvent event :
                answer.getFreeBusyView().getCalendarEventArray().getCalendarEvent()) {
            long s;
            long e;
            try {
                s = instant(event.getStartTime(), request).getEpochSecond() - windowStart;
                e = instant(event.getEndTime(), request).getEpochSecond() - windowStart;
            } catch (java.time.DateTimeException | NullPointerException unreadable) {
                // A partner's time no calendar has (24:00, a missing part): that member has no usable data.
                return Optional.empty();
            }
            if (e <= s || e <= 0 || s >= windowSeconds) {
                continue;
            }
            char digit = digit(event);
            int last = (int) Math.min(slots - 1, (e - 1) / interval);
            for (int i = (int) Math.max(0, Math.floorDiv(s, interval)); i <= last; i++) {
                if (weight(digit) > weight(digits[i])) {
                    digits[i] = digit;
                }
            }
        }
        return Optional.of(new String(digits));
    }

    /** The group's string: each interval takes the heaviest member digit; no member with data leaves 4. */
    static String merge(List<Optional<String>> members, int slots) {
        char[] merged = new char[slots];
        Arrays.fill(merged, NO_DATA);
        for (Optional<String> member : members) {
            member.ifPresent(digits -> {
                for (int i = 0; i < slots && i < digits.length(); i++) {
                    if (weight(digits.charAt(i)) > weight(merged[i])) {
                        merged[i] = digits.charAt(i);
                    }
                }
            });
        }
        return new String(merged);
    }

    /** No data below free, then tentative, busy, out of office: what a scheduler must avoid weighs most. */
    static int weight(char digit) {
        return switch (digit) {
            case '0' -> 1;
            case '1' -> 2;
            case '2' -> 3;
            case '3' -> 4;
            default -> 0;
        };
    }

    /** The digit of an event's BusyType, as the merged string of section 2 counts it (WorkingElsewhere free). */
    private static char digit(CalendarEvent event) {
        if (event.getBusyType() == null) {
            return NO_DATA;
        }
        return switch (event.getBusyType()) {
            case TENTATIVE -> '1';
            case BUSY -> '2';
            case OOF -> '3';
            case NO_DATA -> NO_DATA;
            default -> '0';
        };
    }

    /** An answer's local time is the requester's (section 2); one with an offset is taken as written. */
    private static Instant instant(XMLGregorianCalendar value, AvailabilityRequest request) {
        if (value.getTimezone() != DatatypeConstants.FIELD_UNDEFINED) {
            return value.toGregorianCalendar().toInstant();
        }
        return request.zone()
                .toInstant(LocalDateTime.of(
                        value.getYear(),
                        value.getMonth(),
                        value.getDay(),
                        value.getHour() == DatatypeConstants.FIELD_UNDEFINED ? 0 : value.getHour(),
                        value.getMinute() == DatatypeConstants.FIELD_UNDEFINED ? 0 : value.getMinute(),
                        value.getSecond() == DatatypeConstants.FIELD_UNDEFINED ? 0 : value.getSecond()));
    }
}
