package io.fedemu.tenant.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IcsImporterTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static List<CalendarEvent> bob() throws Exception {
        try (InputStream in = IcsImporterTest.class.getResourceAsStream("/calendars/bob.ics")) {
            return new IcsImporter(BERLIN).read(in);
        }
    }

    @Test
    void mapsBusyStatusPrivacyAllDayAndSeries() throws Exception {
        Map<String, CalendarEvent> byUid =
                bob().stream().collect(Collectors.toMap(CalendarEvent::uid, Function.identity()));

        assertThat(byUid).containsOnlyKeys("weekly-sync", "vacation", "doctor", "focus");
        CalendarEvent weekly = byUid.get("weekly-sync");
        assertThat(weekly.start().toInstant()).isEqualTo(Instant.parse("2026-10-12T07:00:00Z"));
        // The Windows TZID resolves to its IANA zone (CLDR), not to ical4j's generated per-file zone id.
        assertThat(weekly.start().getZone()).isEqualTo(BERLIN);
        assertThat(weekly.recurrence().overrides().values())
                .allMatch(o -> o.start().getZone().equals(BERLIN));
        assertThat(weekly.isMeeting()).isTrue();
        assertThat(weekly.isReminderSet()).isTrue();
        // ical4j normalises the order of RRULE parts
        assertThat(weekly.recurrence().rrule().split(";"))
                .containsExactlyInAnyOrder("FREQ=WEEKLY", "BYDAY=MO", "COUNT=5");
        assertThat(weekly.recurrence().exceptionDates()).containsExactly(Instant.parse("2026-10-19T07:00:00Z"));
        assertThat(weekly.recurrence().overrides()).containsOnlyKeys(Instant.parse("2026-10-26T08:00:00Z"));

        CalendarEvent vacation = byUid.get("vacation");
        assertThat(vacation.allDay()).isTrue();
        assertThat(vacation.busyType()).isEqualTo(BusyType.OOF);
        assertThat(vacation.start())
                .isEqualTo(java.time.LocalDate.parse("2026-10-30").atStartOfDay(BERLIN));
        assertThat(vacation.end())
                .isEqualTo(java.time.LocalDate.parse("2026-10-31").atStartOfDay(BERLIN));

        assertThat(byUid.get("doctor").isPrivate()).isTrue();
        assertThat(byUid.get("doctor").busyType()).isEqualTo(BusyType.BUSY);
        assertThat(byUid.get("focus").busyType()).isEqualTo(BusyType.FREE);
        assertThat(byUid.get("focus").duration()).hasHours(2);
    }

    @Test
    void seriesExpandsWithOneDeletedAndOneMovedOccurrence() throws Exception {
        List<Occurrence> weekly = new RecurrenceExpander()
                .expand(bob(), Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z")).stream()
                        .filter(o -> o.id().startsWith("weekly-sync"))
                        .toList();

        // Mondays 12, 19 (deleted), 26 (moved to Tuesday 27 14:00), Nov 2, Nov 9: local time stays 09:00 across
        // the EU switch on 25 October.
        assertThat(weekly)
                .extracting(o ->
                        o.start().withZoneSameInstant(BERLIN).toLocalDateTime().toString())
                .containsExactly("2026-10-12T09:00", "2026-10-27T14:00", "2026-11-02T09:00", "2026-11-09T09:00");
        assertThat(weekly).extracting(Occurrence::exception).containsExactly(false, true, false, false);
        assertThat(weekly.get(1).item().subject()).isEqualTo("Weekly sync (moved)");
        assertThat(weekly.get(1).busyType()).isEqualTo(BusyType.TENTATIVE);
        assertThat(weekly).allMatch(Occurrence::recurring);
    }

    @Test
    void unreadableFileIsANamedError() {
        InputStream garbage = new ByteArrayInputStream("BEGIN:VCALENDAR\nnonsense".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new IcsImporter(BERLIN).read(garbage))
                .isInstanceOf(CalendarImportException.class)
                .hasMessageStartingWith("not a readable iCalendar file");
    }

    /** Found by IcsImporterFuzzTest: ical4j resolved the TZID only when asked for the date, with a DateTimeException. */
    @Test
    void aTzidNamingNoZoneIsANamedError() {
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                UID:series-1
                DTSTART;TZID=W.(Europe Standard Time:20261130T090000
                DTEND;TZID=W. Europe Standard Time:20261130T093000
                END:VEVENT
                END:VCALENDAR
                """;
        assertThatThrownBy(() ->
                        new IcsImporter(BERLIN).read(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(CalendarImportException.class)
                .hasMessageStartingWith("VEVENT series-1 has a date fedemu cannot read");
    }

    /** Found by IcsImporterFuzzTest: the IllegalArgumentException of CalendarEvent escaped. */
    @Test
    void anEventEndingBeforeItStartsIsANamedError() {
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                UID:utc
                DTSTART:20261205T140000Z
                DTEND:20261204T150000Z
                END:VEVENT
                END:VCALENDAR
                """;
        assertThatThrownBy(() ->
                        new IcsImporter(BERLIN).read(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(CalendarImportException.class)
                .hasMessage("event utc ends (2026-12-04T15:00Z) before it starts (2026-12-05T14:00Z)");
    }

    /** Seen while fixing the finding above: the IllegalArgumentException of Recurrence escaped. */
    @Test
    void aModifiedOccurrenceWithItsOwnRruleIsANamedError() {
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                UID:series
                DTSTART:20261130T090000Z
                DTEND:20261130T093000Z
                RRULE:FREQ=DAILY;COUNT=3
                END:VEVENT
                BEGIN:VEVENT
                UID:series
                RECURRENCE-ID:20261201T090000Z
                DTSTART:20261201T100000Z
                DTEND:20261201T103000Z
                RRULE:FREQ=DAILY;COUNT=2
                END:VEVENT
                END:VCALENDAR
                """;
        assertThatThrownBy(() ->
                        new IcsImporter(BERLIN).read(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(CalendarImportException.class)
                .hasMessageContaining("has both a RECURRENCE-ID and an RRULE");
    }
}
