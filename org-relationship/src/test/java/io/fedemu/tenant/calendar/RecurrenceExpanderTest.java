package io.fedemu.tenant.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecurrenceExpanderTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final RecurrenceExpander expander = new RecurrenceExpander();

    private static ZonedDateTime berlin(String local) {
        return java.time.LocalDateTime.parse(local).atZone(BERLIN);
    }

    @Test
    void weeklySeriesKeepsLocalTimeAcrossTheEuropeanDstChange() {
        // 2026-10-25 is the EU switch back to standard time: 09:00 local must stay 09:00 local.
        CalendarEvent weekly = CalendarEvent.single(
                        "w", berlin("2026-10-12T09:00"), berlin("2026-10-12T10:00"), BusyType.BUSY, "Weekly")
                .withRecurrence(Recurrence.of("FREQ=WEEKLY;COUNT=4"));

        List<Occurrence> all = expander.expand(
                List.of(weekly), Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));

        assertThat(all)
                .extracting(o -> o.start().toLocalDateTime().toString())
                .containsExactly("2026-10-12T09:00", "2026-10-19T09:00", "2026-10-26T09:00", "2026-11-02T09:00");
        assertThat(all)
                .extracting(o -> o.start().toInstant().toString())
                .containsExactly(
                        "2026-10-12T07:00:00Z", "2026-10-19T07:00:00Z", "2026-10-26T08:00:00Z", "2026-11-02T08:00:00Z");
        assertThat(all).allMatch(Occurrence::recurring).noneMatch(Occurrence::exception);
    }

    @Test
    void deletedAndMovedOccurrences() {
        ZonedDateTime second = berlin("2026-10-19T09:00");
        ZonedDateTime third = berlin("2026-10-26T09:00");
        CalendarEvent moved = CalendarEvent.single(
                "w", berlin("2026-10-27T14:00"), berlin("2026-10-27T15:30"), BusyType.TENTATIVE, "Weekly (moved)");
        CalendarEvent weekly = CalendarEvent.single(
                        "w", berlin("2026-10-12T09:00"), berlin("2026-10-12T10:00"), BusyType.BUSY, "Weekly")
                .withRecurrence(new Recurrence(
                        "RRULE:FREQ=WEEKLY;COUNT=4", Set.of(second.toInstant()), Map.of(third.toInstant(), moved)));

        List<Occurrence> all = expander.expand(
                List.of(weekly), Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));

        assertThat(all)
                .extracting(o -> o.start().toLocalDateTime().toString())
                .containsExactly("2026-10-12T09:00", "2026-10-27T14:00", "2026-11-02T09:00");
        Occurrence exception = all.get(1);
        assertThat(exception.exception()).isTrue();
        assertThat(exception.item().subject()).isEqualTo("Weekly (moved)");
        assertThat(exception.busyType()).isEqualTo(BusyType.TENTATIVE);
    }

    @Test
    void occurrenceRunningIntoTheWindowIsReturnedWhole() {
        CalendarEvent daily = CalendarEvent.single(
                        "d", berlin("2026-11-01T22:00"), berlin("2026-11-02T02:00"), BusyType.BUSY, "Night shift")
                .withRecurrence(Recurrence.of("FREQ=DAILY"));

        List<Occurrence> hits = expander.expand(
                List.of(daily),
                berlin("2026-11-05T00:00").toInstant(),
                berlin("2026-11-05T12:00").toInstant());

        assertThat(hits).singleElement().satisfies(o -> {
            assertThat(o.start()).isEqualTo(berlin("2026-11-04T22:00"));
            assertThat(o.end()).isEqualTo(berlin("2026-11-05T02:00"));
        });
    }

    @Test
    void untilInUtcEndsAZonedSeriesAndSingleEventsOutsideTheWindowAreDropped() {
        CalendarEvent daily = CalendarEvent.single(
                        "u", berlin("2026-10-30T09:00"), berlin("2026-10-30T09:30"), BusyType.BUSY, "Until")
                .withRecurrence(Recurrence.of("FREQ=DAILY;UNTIL=20261102T080000Z"));
        CalendarEvent before = CalendarEvent.single(
                "b", berlin("2026-10-01T09:00"), berlin("2026-10-01T10:00"), BusyType.BUSY, "Before");

        List<Occurrence> all = expander.expand(
                List.of(daily, before), Instant.parse("2026-10-15T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));

        // 2 November 09:00 Berlin is 08:00Z: UNTIL is inclusive (RFC 5545 3.3.10)
        assertThat(all)
                .extracting(o -> o.start().toLocalDate().toString())
                .containsExactly("2026-10-30", "2026-10-31", "2026-11-01", "2026-11-02");
    }
}
