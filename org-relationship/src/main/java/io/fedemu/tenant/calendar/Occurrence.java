package io.fedemu.tenant.calendar;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One concrete appearance of an item in a window: a single event, one occurrence of a series, or a modified
 * occurrence. Carries EWS's IsRecurring / IsException flags (PROTOCOL.md section 2).
 *
 * @param item      the item whose details apply: the series master for a plain occurrence, the override for a
 *                  modified one
 * @param id        a stable id for this appearance (uid, plus the original start for an occurrence)
 * @param recurring part of a series
 * @param exception a modified occurrence of a series
 */
public record Occurrence(
        CalendarEvent item, String id, ZonedDateTime start, ZonedDateTime end, boolean recurring, boolean exception) {
    public Occurrence {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    static Occurrence single(CalendarEvent event) {
        return new Occurrence(event, event.uid(), event.start(), event.end(), false, false);
    }

    static Occurrence ofSeries(CalendarEvent master, ZonedDateTime start, ZonedDateTime end) {
        return new Occurrence(master, occurrenceId(master, start.toInstant()), start, end, true, false);
    }

    static Occurrence modified(CalendarEvent master, Instant originalStart, CalendarEvent override) {
        return new Occurrence(
                override, occurrenceId(master, originalStart), override.start(), override.end(), true, true);
    }

    private static String occurrenceId(CalendarEvent master, Instant originalStart) {
        return master.uid() + "_" + originalStart.getEpochSecond();
    }

    /** Overlap with the half-open window [from, to); a zero-length item at the window start counts. */
    public boolean overlaps(Instant from, Instant to) {
        return overlaps(start, end, from, to);
    }

    /** {@link #overlaps(Instant, Instant)} of an item's times, before an Occurrence is made for it. */
    static boolean overlaps(ZonedDateTime start, ZonedDateTime end, Instant from, Instant to) {
        return overlaps(start.toInstant(), end.toInstant(), from, to);
    }

    static boolean overlaps(Instant s, Instant e, Instant from, Instant to) {
        return s.isBefore(to) && (e.isAfter(from) || (e.equals(s) && !s.isBefore(from)));
    }

    public BusyType busyType() {
        return item.busyType();
    }
}
