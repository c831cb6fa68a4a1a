package io.fedemu.tenant.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

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
    /** The limit of {@link #expand(List, Instant, Instant)}: no window is expanded without one. */
    public static final int DEFAULT_MAX_OCCURRENCES = 100_000;
    /**
     * Starts ical4j may find in the widened search that do not overlap the window (one that ends as the window
     * starts, one at its end): asked for this many more, it never cuts a series short that fits the limit.
     */
    private static final int SEARCH_SLACK = 3;

    /** Shared by every engine of the process, so that each series is expanded once whichever role asks. */
    private static final SeriesStartsCache SHARED = new SeriesStartsCache();

    /** Null in the reference expander: every window goes to ical4j. */
    private final SeriesStartsCache cache;

    /** The expander free/busy uses: series starts come from {@link SeriesStartsCache} where they can. */
    public RecurrenceExpander() {
        this(SHARED);
    }

    private RecurrenceExpander(SeriesStartsCache cache) {
        this.cache = cache;
    }

    /**
     * The reference: every series expanded by ical4j for each window, nothing kept between calls. The trial
     * expansion of {@link RecurrenceRules} uses it (it is there to see ical4j expand the rule), and the tests pin the
     * cached expander to it.
     */
    public static RecurrenceExpander uncached() {
        return new RecurrenceExpander(null);
    }

    /**
     * Every appearance of the items overlapping [from, to), ordered by start then id; at most
     * {@value #DEFAULT_MAX_OCCURRENCES}.
     */
    public List<Occurrence> expand(List<CalendarEvent> items, Instant from, Instant to) {
        return expand(items, from, to, DEFAULT_MAX_OCCURRENCES);
    }

    /**
     * Every appearance of the items overlapping [from, to), ordered by start then id. Stops and throws
     * {@link TooManyOccurrencesException} as soon as there are more than {@code maxOccurrences}: ical4j is never
     * asked for more starts than would fit, so the work is bounded by the limit, not by the rule.
     */
    public List<Occurrence> expand(List<CalendarEvent> items, Instant from, Instant to, int maxOccurrences) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("window end " + to + " is not after its start " + from);
        }
        if (maxOccurrences < 1) {
            throw new IllegalArgumentException("maxOccurrences must be at least 1");
        }
        List<Occurrence> result = new ArrayList<>();
        for (CalendarEvent item : items) {
            if (item.isRecurring()) {
                if (cache == null || !cache.expand(item, from, to, result)) {
                    expandSeries(item, from, to, maxOccurrences, result);
                }
            } else if (Occurrence.overlaps(item.start(), item.end(), from, to)) {
                result.add(Occurrence.single(item));
            }
            if (result.size() > maxOccurrences) {
                throw new TooManyOccurrencesException(maxOccurrences);
            }
        }
        if (cache == null) {
            result.sort(BY_START_THEN_ID);
            return List.copyOf(result);
        }
        return sortedByStartThenId(result);
    }

    /**
     * The same order as comparing start instants then ids, without a comparator over zoned times (each comparison
     * would work an epoch second out from a date twice): the starts' seconds, with each occurrence's index in the low
     * bits, sort as plain longs; only runs of occurrences starting in the same second are compared in full (nanos,
     * then id). Falls back to the comparator when the seconds or the count do not fit in the key.
     */
    private static List<Occurrence> sortedByStartThenId(List<Occurrence> occurrences) {
        int n = occurrences.size();
        long[] seconds = new long[n];
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            seconds[i] = occurrences.get(i).start().toEpochSecond();
            min = Math.min(min, seconds[i]);
            max = Math.max(max, seconds[i]);
        }
        if (n >= 1 << INDEX_BITS || (n > 0 && max - min >= 1L << (62 - INDEX_BITS))) {
            List<Occurrence> sorted = new ArrayList<>(occurrences);
            sorted.sort(BY_START_THEN_ID);
            return List.copyOf(sorted);
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (seconds[i] - min) << INDEX_BITS | i;
        }
        Arrays.sort(keys);
        Occurrence[] sorted = new Occurrence[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = occurrences.get((int) (keys[i] & INDEX_MASK));
        }
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && keys[to] >>> INDEX_BITS == keys[from] >>> INDEX_BITS) {
                to++;
            }
            if (to - from > 1) {
                Arrays.sort(sorted, from, to, BY_START_THEN_ID);
            }
            from = to;
        }
        return List.of(sorted);
    }

    private static final int INDEX_BITS = 21;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    private static final Comparator<Occurrence> BY_START_THEN_ID =
            Comparator.comparing((Occurrence o) -> o.start().toInstant()).thenComparing(Occurrence::id);

    private static void expandSeries(
            CalendarEvent master, Instant from, Instant to, int maxOccurrences, List<Occurrence> into) {
        Recurrence recurrence = master.recurrence();
        Duration length = master.duration();
        Set<Instant> deleted = recurrence.exceptionDates();
        Map<Instant, CalendarEvent> overrides = recurrence.overrides();

        // Deleted and modified starts are found but not kept: ask ical4j for that many more than still fit.
        long wanted = (long) maxOccurrences - into.size() + deleted.size() + overrides.size() + SEARCH_SLACK + 1;
        int maxStarts = (int) Math.min(Integer.MAX_VALUE, wanted);
        List<ZonedDateTime> starts = occurrenceStarts(master, from.minus(length), to, maxStarts);
        if (starts.size() >= maxStarts) {
            throw new TooManyOccurrencesException(maxOccurrences);
        }
        for (ZonedDateTime start : starts) {
            Instant original = start.toInstant();
            if (deleted.contains(original) || overrides.containsKey(original)) {
                continue;
            }
            Occurrence occurrence = Occurrence.ofSeries(master, start, start.plus(length));
            if (occurrence.overlaps(from, to)) {
                into.add(occurrence);
            }
        }
        addModified(master, from, to, into);
    }

    /** A modified occurrence may have moved into the window from outside it: look at each one directly. */
    static void addModified(CalendarEvent master, Instant from, Instant to, List<Occurrence> into) {
        Set<Instant> deleted = master.recurrence().exceptionDates();
        master.recurrence().overrides().forEach((original, override) -> {
            if (!deleted.contains(original) && Occurrence.overlaps(override.start(), override.end(), from, to)) {
                into.add(Occurrence.modified(master, original, override));
            }
        });
    }

    /**
     * Original starts of the series in [from, to], at most {@code maxStarts} of them, computed by ical4j's RRULE engine in the series' own zone. The
     * rule is evaluated with {@link Recur#getDates} directly rather than through a VEVENT's
     * {@code calculateRecurrenceSet}: the VEVENT route resolves the DTSTART's TZID through ical4j's zone registry on
     * every access and builds sorted period sets, which made a 100-mailbox request cost about a second
     * (FreeBusyEngineBenchmark). Same results as that route (RecurrenceOracleTest), including for a DTSTART that does
     * not match its rule: it is not an occurrence, as when Outlook moves such a start to the first matching day.
     */
    static List<ZonedDateTime> occurrenceStarts(CalendarEvent master, Instant from, Instant to, int maxStarts) {
        ZonedDateTime seriesStart = master.start();
        ZoneId zone = seriesStart.getZone();
        // One second of slack on both sides: the caller keeps only what overlaps, whatever ical4j's bounds are.
        Recur<ZonedDateTime> rule = new Recur<>(master.recurrence().rrule());
        ZonedDateTime searchFrom = from.minusSeconds(1).atZone(zone);
        List<ZonedDateTime> found = rule.getDates(
                seedNear(seriesStart, rule, searchFrom),
                searchFrom,
                to.plusSeconds(1).atZone(zone),
                maxStarts);
        List<ZonedDateTime> starts = new ArrayList<>(found.size());
        for (Object start : found) {
            starts.add(toZoned(start, seriesStart));
        }
        return starts;
    }

    /**
     * ical4j walks a rule from its seed, so a daily stand-up that began a year ago costs a year of candidates per
     * request. For DAILY and WEEKLY rules without COUNT the seed can move forward by whole periods (INTERVAL days or
     * weeks, in local time) without changing any occurrence: the periods stay aligned, UNTIL and the BY* filters do
     * not depend on the seed, and one whole period of margin before the search keeps the occurrences the original
     * seed's period would have cut off out of the search anyway. COUNT counts from DTSTART and MONTHLY/YEARLY depend
     * on the seed's day of month, so those keep the true seed. RecurrenceOracleTest pins the results to ical4j's.
     */
    private static ZonedDateTime seedNear(ZonedDateTime seriesStart, Recur<?> rule, ZonedDateTime searchFrom) {
        boolean weekly = rule.getFrequency() == Frequency.WEEKLY;
        if (rule.getCount() > 0 || !(weekly || rule.getFrequency() == Frequency.DAILY)) {
            return seriesStart;
        }
        long periodDays = (weekly ? 7L : 1L) * Math.max(1, rule.getInterval());
        long periods = ChronoUnit.DAYS.between(seriesStart.toLocalDate(), searchFrom.toLocalDate()) / periodDays - 1;
        if (periods <= 0) {
            return seriesStart;
        }
        ZonedDateTime moved = seriesStart.plusDays(periods * periodDays);
        // A seed moved into a DST gap would change the series' local time: keep the true seed then.
        return moved.toLocalTime().equals(seriesStart.toLocalTime()) ? moved : seriesStart;
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
        throw new IllegalStateException(
                "unexpected recurrence start type " + start.getClass().getName());
    }
}
