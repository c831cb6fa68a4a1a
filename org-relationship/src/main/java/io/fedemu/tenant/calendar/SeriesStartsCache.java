package io.fedemu.tenant.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The original starts of each series, computed by ical4j once per fixed chunk of time and kept, so that a
 * free/busy request finds a series' occurrences in a window without running the RRULE engine again.
 *
 * <p>Why this is safe: a chunk's starts depend only on the series master, which is immutable (a record of
 * immutable values), and chunks sit on fixed boundaries of epoch time, so any window, wherever it starts, is
 * answered from the chunks that cover it widened backwards by the series' duration. Entries are keyed on the
 * master's identity: the calendar store hands out the same immutable items until the calendar changes, and a
 * changed item is a new object, so a change needs no invalidation; the old entries just stop being asked for.
 *
 * <p>Why it stays bounded: at most {@value #MAX_ENTRIES} chunks are kept (then the map starts again empty), and a
 * chunk holds at most {@value #MAX_STARTS_PER_CHUNK} epoch seconds. What the cache does not take (a rule that
 * recurs more than once a day, which {@link RecurrenceRules} refuses on every input path but a direct caller may
 * still pass; a window needing more than {@value #MAX_CHUNKS_PER_WINDOW} chunks because the item is very long; times
 * with fractions of a second; a rule ical4j fails on) goes to ical4j per window as before, with its limit-bounded
 * search.
 */
final class SeriesStartsCache {
    /** 64 days: a 62-day window widened back by an item of a day or two spans two chunks, three at most. */
    static final long CHUNK_SECONDS = 64L * 86_400;
    /** A window that would need more chunks than this (an item lasting months) is cheaper asked of ical4j directly. */
    private static final int MAX_CHUNKS_PER_WINDOW = 4;
    /** One occurrence a day at most gives 65 starts a chunk (with ical4j's one second of slack either side). */
    private static final int MAX_STARTS_PER_CHUNK = 80;
    /** About 10 MB at worst (daily series, 65 starts each); a 100-mailbox, 50-series request uses about 10,000. */
    static final int MAX_ENTRIES = 20_000;
    /** A chunk the cache does not hold: the series goes to the reference path. */
    private static final long[] NOT_CACHEABLE = new long[0];

    private final Map<Key, long[]> chunks = new ConcurrentHashMap<>();
    private final int maxEntries;

    SeriesStartsCache() {
        this(MAX_ENTRIES);
    }

    /** With another bound, for tests. */
    SeriesStartsCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /**
     * Adds the series' occurrences overlapping [from, to), its deleted starts left out and its modified ones in,
     * exactly as {@link RecurrenceExpander}'s ical4j path would; false, having added nothing, if the cache cannot
     * answer for this series and window.
     */
    boolean expand(CalendarEvent master, Instant from, Instant to, List<Occurrence> into) {
        ZonedDateTime seriesStart = master.start();
        Duration length = master.duration();
        if (seriesStart.getNano() != 0 || length.getNano() != 0) {
            return false;
        }
        long lengthSeconds = length.getSeconds();
        long first = Math.floorDiv(from.getEpochSecond() - lengthSeconds - 1, CHUNK_SECONDS);
        long last = Math.floorDiv(to.getEpochSecond(), CHUNK_SECONDS);
        if (last - first >= MAX_CHUNKS_PER_WINDOW) {
            return false;
        }
        long[][] found = new long[(int) (last - first + 1)][];
        for (int i = 0; i < found.length; i++) {
            found[i] = starts(master, first + i);
            if (found[i] == NOT_CACHEABLE) {
                return false;
            }
        }
        Recurrence recurrence = master.recurrence();
        Set<Instant> deleted = recurrence.exceptionDates();
        Map<Instant, CalendarEvent> overrides = recurrence.overrides();
        ZoneId zone = seriesStart.getZone();
        // Whole seconds on the series' side: a start more than a second away from the window cannot overlap it.
        long lowest = from.getEpochSecond() - lengthSeconds - 1;
        long highest = to.getEpochSecond() + 1;
        for (long[] chunk : found) {
            for (long second : chunk) {
                if (second < lowest || second > highest) {
                    continue;
                }
                Instant original = Instant.ofEpochSecond(second);
                if (!Occurrence.overlaps(original, original.plusSeconds(lengthSeconds), from, to)
                        || deleted.contains(original)
                        || overrides.containsKey(original)) {
                    continue;
                }
                // The end from its instant: what start.plus(length) gives, without re-validating a local time.
                into.add(Occurrence.ofSeries(
                        master,
                        original.atZone(zone),
                        Instant.ofEpochSecond(second + lengthSeconds).atZone(zone)));
            }
        }
        RecurrenceExpander.addModified(master, from, to, into);
        return true;
    }

    private long[] starts(CalendarEvent master, long chunk) {
        Key key = new Key(master, chunk);
        long[] starts = chunks.get(key);
        if (starts == null) {
            starts = expandChunk(master, chunk);
            if (chunks.size() >= maxEntries) {
                chunks.clear(); // simpler than LRU and enough: a working set that fits is rebuilt in one request
            }
            chunks.put(key, starts);
        }
        return starts;
    }

    /** The chunk's starts in [chunk start, chunk end), by the same ical4j call the reference path makes. */
    private static long[] expandChunk(CalendarEvent master, long chunk) {
        long chunkStart = chunk * CHUNK_SECONDS;
        long chunkEnd = chunkStart + CHUNK_SECONDS;
        List<ZonedDateTime> found;
        try {
            found = RecurrenceExpander.occurrenceStarts(
                    master, Instant.ofEpochSecond(chunkStart), Instant.ofEpochSecond(chunkEnd), MAX_STARTS_PER_CHUNK);
        } catch (RuntimeException e) {
            return NOT_CACHEABLE; // the reference path reports it, as it always has
        }
        if (found.size() >= MAX_STARTS_PER_CHUNK) {
            return NOT_CACHEABLE;
        }
        long[] starts = new long[found.size()];
        int n = 0;
        for (ZonedDateTime start : found) {
            if (start.getNano() != 0) {
                return NOT_CACHEABLE;
            }
            long second = start.toEpochSecond();
            if (second >= chunkStart && second < chunkEnd) {
                starts[n++] = second;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /** Entries held now; for tests of the bound. */
    int size() {
        return chunks.size();
    }

    /** A series master by identity (its value equality would hash every field on every look-up) and a chunk. */
    private static final class Key {
        private final CalendarEvent master;
        private final long chunk;

        Key(CalendarEvent master, long chunk) {
            this.master = master;
            this.chunk = chunk;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.master == master && k.chunk == chunk;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(master) * 31 + Long.hashCode(chunk);
        }
    }
}
