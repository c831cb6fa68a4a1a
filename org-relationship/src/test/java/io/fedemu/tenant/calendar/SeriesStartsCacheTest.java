package io.fedemu.tenant.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the cache leaves to ical4j, and its bound; that its answers are ical4j's is FreeBusyEngineReferenceTest's. */
class SeriesStartsCacheTest {
    private static final ZonedDateTime START = ZonedDateTime.of(2026, 10, 19, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));
    private static final Instant FROM = START.toInstant();
    private static final Instant TO = FROM.plusSeconds(42L * 86_400);

    @Test
    void staysWithinItsBoundHoweverManySeriesAreAsked() {
        SeriesStartsCache cache = new SeriesStartsCache(50);
        for (int i = 0; i < 300; i++) {
            assertThat(cache.expand(series("s" + i, "FREQ=WEEKLY", START.plusHours(1)), FROM, TO, new ArrayList<>()))
                    .isTrue();
            assertThat(cache.size()).isLessThanOrEqualTo(50);
        }
    }

    @Test
    void aRuleRecurringMoreThanDailyIsLeftToTheLimitBoundedSearch() {
        // RecurrenceRules refuses it on every input path; a direct caller still gets the limit, not a cached chunk.
        SeriesStartsCache cache = new SeriesStartsCache(50);
        List<Occurrence> into = new ArrayList<>();

        assertThat(cache.expand(series("m", "FREQ=MINUTELY", START.plusMinutes(1)), FROM, TO, into))
                .isFalse();
        assertThat(into).isEmpty();
    }

    @Test
    void anItemLastingMonthsIsLeftToIcal4j() {
        SeriesStartsCache cache = new SeriesStartsCache(50);

        assertThat(cache.expand(series("y", "FREQ=YEARLY", START.plusDays(300)), FROM, TO, new ArrayList<>()))
                .isFalse();
        assertThat(cache.size()).isZero();
    }

    private static CalendarEvent series(String uid, String rule, ZonedDateTime end) {
        return new CalendarEvent(
                uid, START, end, false, BusyType.BUSY, "S", "", false, false, false, Recurrence.of(rule));
    }
}
