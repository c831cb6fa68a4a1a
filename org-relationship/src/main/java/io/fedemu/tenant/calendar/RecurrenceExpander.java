package io.fedemu.tenant.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;

/**
 * Expands items over a window with ical4j's recurrence engine (RFC 5545 RRULE semantics), then applies the
 * series' deletions (EXDATE) and modifications (RECURRENCE-ID overrides).
 *
 * <p>Exchange returns every item that overlaps the window, whole (PROTOCOL.md section 2), so the search is
 * widened backwards by the series' duration: an occurrence that starts before the window but runs into it is
 * found too. Deletions and overrides are matched on the instant of the original start, which is what
 * RECURRENCE-ID and EXDATE denote whatever zone they were written in.
 */
public final class RecurrenceExpander {

    /** Every appearance of the items overlapping [from, to), ordered by start then id. */
    public List<Occurrence> expand(List<CalendarEvent> items, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("window end " + to + " is not after its start " + from);
        }
        List<Occurrence> result = new ArrayList<>();
        for (CalendarEvent item : items) {
            if (item.isRecurring()) {
                expandSeries(item, from, to, result);
            } else {
                Occurrence single = Occurrence.single(item);
                if (single.overlaps(from, to)) {
                    result.add(single);
                }
            }
        }
        result.sort(Comparator.comparing((Occurrence o) -> o.start().toInstant()).thenComparing(Occurrence::id));
        return List.copyOf(result);
    }

    private static void expandSeries(CalendarEvent master, Instant from, Instant to, List<Occurrence> into) {
        Recurrence recurrence = master.recurrence();
        Duration length = master.duration();
        Set<Instant> deleted = recurrence.exceptionDates();
        Map<Instant, CalendarEvent> overrides = recurrence.overrides();

        for (ZonedDateTime start : occurrenceStarts(master, from.minus(length), to)) {
            Instant original = start.toInstant();
            if (deleted.contains(original) || overrides.containsKey(original)) {
                continue;
            }
            Occurrence occurrence = Occurrence.ofSeries(master, start, start.plus(length));
            if (occurrence.overlaps(from, to)) {
                into.add(occurrence);
            }
        }
        // A modified occurrence may have moved into the window from outside it: look at each one directly.
        overrides.forEach((original, override) -> {
            if (!deleted.contains(original)) {
                Occurrence modified = Occurrence.modified(master, original, override);
                if (modified.overlaps(from, to)) {
                    into.add(modified);
                }
            }
        });
    }

    /** Original starts of the series in [from, to], computed by ical4j in the series' own zone. */
    private static List<ZonedDateTime> occurrenceStarts(CalendarEvent master, Instant from, Instant to) {
        ZonedDateTime seriesStart = master.start();
        VEvent event = new VEvent(seriesStart, master.end(), master.subject());
        event.add(new RRule<ZonedDateTime>(master.recurrence().rrule()));
        Period<ZonedDateTime> search = new Period<>(from.atZone(seriesStart.getZone()), to.atZone(seriesStart.getZone()));
        Set<Period<ZonedDateTime>> periods = event.calculateRecurrenceSet(search);
        List<ZonedDateTime> starts = new ArrayList<>(periods.size());
        for (Period<ZonedDateTime> period : periods) {
            starts.add(toZoned(period.getStart(), seriesStart));
        }
        return starts;
    }

    /** ical4j hands back the temporal type it computed in; normalise to the series' zone. */
    private static ZonedDateTime toZoned(Object start, ZonedDateTime seriesStart) {
        if (start instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(seriesStart.getZone());
        }
        if (start instanceof java.time.OffsetDateTime o) {
            return o.atZoneSameInstant(seriesStart.getZone());
        }
        if (start instanceof Instant i) {
            return i.atZone(seriesStart.getZone());
        }
        if (start instanceof java.time.LocalDateTime l) {
            return l.atZone(seriesStart.getZone());
        }
        throw new IllegalStateException("unexpected recurrence start type " + start.getClass().getName());
    }
}
