package io.fedemu.tenant.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 12, "Bounded work for every input": the recurrence rules every path applies, and the expansion cap. */
class RecurrenceBoundsTest {
    private static final Instant FROM = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant TO = FROM.plus(Duration.ofDays(62));
    private final RecurrenceExpander expander = new RecurrenceExpander();

    private static CalendarEvent series(String start, String rrule) {
        ZonedDateTime s = Instant.parse(start).atZone(ZoneOffset.UTC);
        return CalendarEvent.single("s", s, s.plusMinutes(30), BusyType.BUSY, "Series")
                .withRecurrence(Recurrence.of(rrule));
    }

    @Test
    void rulesExchangeCannotCreateAreRefusedNamingTheRule() {
        assertThatThrownBy(() -> RecurrenceRules.check("FREQ=SECONDLY"))
                .isInstanceOf(RecurrenceRules.Refused.class)
                .hasMessage("'FREQ=SECONDLY' has FREQ=SECONDLY, not a pattern Exchange supports "
                        + "(DAILY, WEEKLY, MONTHLY or YEARLY)");
        assertThatThrownBy(() -> RecurrenceRules.check("FREQ=YEARLY;BYMINUTE=0,1,2"))
                .isInstanceOf(RecurrenceRules.Refused.class)
                .hasMessageStartingWith("'FREQ=YEARLY;BYMINUTE=0,1,2' uses BYHOUR, BYMINUTE or BYSECOND");
        assertThatThrownBy(() -> RecurrenceRules.check("FREQ=NEVER"))
                .isInstanceOf(RecurrenceRules.Refused.class)
                .hasMessageStartingWith("'FREQ=NEVER' is not an RFC 5545 RRULE");
        RecurrenceRules.check("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;INTERVAL=2");
        RecurrenceRules.checkSeries(series("2026-10-01T09:00:00Z", "FREQ=DAILY"));
    }

    @Test
    void anIcsStormIsRefusedBeforeAnythingIsExpanded() {
        String storm = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:storm\r\n"
                + "DTSTAMP:20261001T000000Z\r\nDTSTART:20261001T000000Z\r\nDTEND:20261001T000001Z\r\n"
                + "RRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        assertThatThrownBy(() -> new IcsImporter(ZoneOffset.UTC)
                        .read(new ByteArrayInputStream(storm.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(CalendarImportException.class)
                .hasMessageStartingWith("VEVENT storm: RRULE 'FREQ=SECONDLY' has FREQ=SECONDLY");
    }

    @Test
    void theExpansionStopsAtTheLimitWhateverTheRule() {
        // Stored before the rules existed (or built by hand): the cap still bounds the work.
        CalendarEvent storm = series("2026-10-01T00:00:00Z", "FREQ=SECONDLY");

        assertThatThrownBy(() -> expander.expand(List.of(storm), FROM, TO, 1000))
                .isInstanceOfSatisfying(
                        TooManyOccurrencesException.class,
                        e -> assertThat(e.limit()).isEqualTo(1000));
        assertThatThrownBy(() -> expander.expand(List.of(storm), FROM, TO))
                .isInstanceOf(TooManyOccurrencesException.class);
    }

    @Test
    void theLimitCountsTheWholeWindowAcrossItems() {
        // 62 daily occurrences each: 16 series are 992, 17 are 1054.
        List<CalendarEvent> sixteen = java.util.Collections.nCopies(16, series("2026-10-01T09:00:00Z", "FREQ=DAILY"));
        List<CalendarEvent> seventeen = java.util.Collections.nCopies(17, series("2026-10-01T09:00:00Z", "FREQ=DAILY"));

        assertThat(expander.expand(sixteen, FROM, TO, 1000)).hasSize(992);
        assertThatThrownBy(() -> expander.expand(seventeen, FROM, TO, 1000))
                .isInstanceOf(TooManyOccurrencesException.class);
    }

    @Test
    void aSeriesExactlyAtTheLimitIsNotCutShort() {
        CalendarEvent daily = series("2026-10-01T09:00:00Z", "FREQ=DAILY");
        assertThat(expander.expand(List.of(daily), FROM, TO, 62)).hasSize(62);
        assertThatThrownBy(() -> expander.expand(List.of(daily), FROM, TO, 61))
                .isInstanceOf(TooManyOccurrencesException.class);

        // Deleted occurrences are found but not counted.
        Set<Instant> deleted = Set.of(Instant.parse("2026-10-02T09:00:00Z"), Instant.parse("2026-10-03T09:00:00Z"));
        CalendarEvent withDeletions = daily.withRecurrence(new Recurrence("FREQ=DAILY", deleted, Map.of()));
        assertThat(expander.expand(List.of(withDeletions), FROM, TO, 60)).hasSize(60);
    }

    @Test
    void aLongRunningCountedSeriesIsCountedInTheWindowOnly() {
        // Started six years before the window, with COUNT: ical4j walks from the true start.
        CalendarEvent old = series("2020-10-01T09:00:00Z", "FREQ=DAILY;COUNT=5000");

        assertThat(expander.expand(List.of(old), FROM, TO, 100)).hasSize(62);
    }
}
