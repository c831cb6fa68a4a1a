package io.fedemu.tenant.admin;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Reads the start and end of an admin request into the item's zone. fedemu choice: the item lives in
 * {@code timeZone} if given, else in the region zone written in {@code start} ({@code ...[Europe/Berlin]}), else in
 * the mailbox's zone, which is where Outlook puts an item created without one. A time with an offset keeps its
 * instant; a local time is read in that zone.
 */
final class EventTimes {
    private static final String EXAMPLE =
            "such as 2026-10-12T09:00:00+02:00[Europe/Berlin], 2026-10-12T07:00:00Z " + "or 2026-10-12T09:00";

    private EventTimes() {}

    /** Start and end, both in the zone chosen as described above. */
    record Span(ZonedDateTime start, ZonedDateTime end) {}

    static Span read(String start, String end, String timeZone, boolean allDay, ZoneId mailboxZone) {
        TemporalAccessor from = parse("start", start, allDay);
        TemporalAccessor to = parse("end", end, allDay);
        ZoneId zone = timeZone != null
                ? zone(timeZone)
                : from instanceof ZonedDateTime z && !(z.getZone() instanceof ZoneOffset) ? z.getZone() : mailboxZone;
        Span span = new Span(inZone(from, zone), inZone(to, zone));
        if (!span.end().isAfter(span.start())) {
            throw AdminRefusedException.field(
                    "end", "the item ends (" + span.end() + ") at or before its start (" + span.start() + ")");
        }
        if (allDay && !(atMidnight(span.start()) && atMidnight(span.end()))) {
            throw AdminRefusedException.field(
                    atMidnight(span.start()) ? "end" : "start",
                    "an all-day item runs from midnight to midnight in " + zone.getId() + ", got " + span.start()
                            + " to " + span.end());
        }
        return span;
    }

    /** An IANA zone id such as Europe/Berlin (a fixed offset such as Z is accepted too: imported UTC items have one). */
    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.trim());
        } catch (DateTimeException e) {
            throw AdminRefusedException.field(
                    "timeZone",
                    "'" + id + "' is not a time zone id (an IANA id such as " + "Europe/Berlin): " + e.getMessage());
        }
    }

    /** ISO-8601 with zone id (RFC 9557 style) or offset, e.g. {@code 2026-10-12T09:00:00+02:00[Europe/Berlin]}. */
    static String format(ZonedDateTime time) {
        return DateTimeFormatter.ISO_ZONED_DATE_TIME.format(time);
    }

    private static TemporalAccessor parse(String field, String value, boolean allDay) {
        if (value == null || value.isBlank()) {
            throw AdminRefusedException.field(field, "is missing");
        }
        try {
            if (allDay && value.trim().length() == 10) {
                return LocalDate.parse(value.trim()).atStartOfDay();
            }
            return DateTimeFormatter.ISO_DATE_TIME.parseBest(value.trim(), ZonedDateTime::from, LocalDateTime::from);
        } catch (DateTimeParseException e) {
            throw AdminRefusedException.field(field, "'" + value + "' is not an ISO-8601 date-time " + EXAMPLE);
        }
    }

    private static ZonedDateTime inZone(TemporalAccessor time, ZoneId zone) {
        return time instanceof ZonedDateTime z ? z.withZoneSameInstant(zone) : ((LocalDateTime) time).atZone(zone);
    }

    private static boolean atMidnight(ZonedDateTime time) {
        return time.toLocalTime().equals(LocalTime.MIDNIGHT);
    }
}
