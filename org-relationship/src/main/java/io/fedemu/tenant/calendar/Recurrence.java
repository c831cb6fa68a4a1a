package io.fedemu.tenant.calendar;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The recurrence of a series, in iCalendar terms (RFC 5545): an RRULE, the deleted occurrences (EXDATE) and the
 * modified ones (a VEVENT with RECURRENCE-ID), keyed by the instant the occurrence would originally have started.
 *
 * @param rrule          the RRULE value without the "RRULE:" prefix, e.g. {@code FREQ=WEEKLY;BYDAY=MO;COUNT=10}
 * @param exceptionDates original start instants of deleted occurrences
 * @param overrides      modified occurrences by original start; each is a single (non-recurring) event with its
 *                       own times and details
 */
public record Recurrence(String rrule, Set<Instant> exceptionDates, Map<Instant, CalendarEvent> overrides) {
    public Recurrence {
        Objects.requireNonNull(rrule, "rrule");
        if (rrule.regionMatches(true, 0, "RRULE:", 0, 6)) {
            rrule = rrule.substring(6);
        }
        exceptionDates = Set.copyOf(exceptionDates);
        overrides = Map.copyOf(overrides);
        if (overrides.values().stream().anyMatch(CalendarEvent::isRecurring)) {
            throw new IllegalArgumentException("a modified occurrence cannot itself recur");
        }
    }

    public static Recurrence of(String rrule) {
        return new Recurrence(rrule, Set.of(), Map.of());
    }
}
