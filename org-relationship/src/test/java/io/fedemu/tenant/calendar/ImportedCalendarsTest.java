package io.fedemu.tenant.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .ics import cache: the same file reads back the same events; a changed file or zone is imported again. */
class ImportedCalendarsTest {
    static final String ICS = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//fedemu//test//EN
            BEGIN:VEVENT
            UID:standup
            DTSTART:20261130T090000
            DTEND:20261130T091500
            SUMMARY:%s
            END:VEVENT
            END:VCALENDAR
            """;

    @TempDir
    Path dir;

    @Test
    void aSecondReadOfTheSameFileComesFromTheCacheWithTheSameEvents() throws IOException {
        Path ics = write("Stand-up");
        Path cache = dir.resolve("cache");
        ImportedCalendars imported = new ImportedCalendars(cache);
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        List<CalendarEvent> first = imported.read(ics, berlin);
        List<CalendarEvent> second = new ImportedCalendars(cache).read(ics, berlin);

        assertThat(first)
                .singleElement()
                .satisfies(event -> assertThat(event.subject()).isEqualTo("Stand-up"));
        assertThat(second).isEqualTo(first);
        assertThat(second).isEqualTo(ImportedCalendars.none().read(ics, berlin));
        try (var files = Files.list(cache)) {
            assertThat(files.toList()).singleElement();
        }
    }

    @Test
    void aChangedFileOrAnotherZoneIsImportedAgain() throws IOException {
        Path ics = write("Stand-up");
        ImportedCalendars imported = new ImportedCalendars(dir.resolve("cache"));
        List<CalendarEvent> berlin = imported.read(ics, ZoneId.of("Europe/Berlin"));

        List<CalendarEvent> seattle = imported.read(ics, ZoneId.of("America/Los_Angeles"));
        Files.writeString(ics, ICS.formatted("Retro"));
        List<CalendarEvent> renamed = imported.read(ics, ZoneId.of("Europe/Berlin"));

        assertThat(seattle.get(0).start().toInstant())
                .isNotEqualTo(berlin.get(0).start().toInstant());
        assertThat(renamed)
                .singleElement()
                .satisfies(event -> assertThat(event.subject()).isEqualTo("Retro"));
    }

    @Test
    void anUnreadableCacheEntryIsImportedAgainAndReplaced() throws IOException {
        Path ics = write("Stand-up");
        Path cache = dir.resolve("cache");
        new ImportedCalendars(cache).read(ics, ZoneId.of("UTC"));
        Path entry;
        try (var files = Files.list(cache)) {
            entry = files.toList().get(0);
        }
        Files.writeString(entry, "not json");

        List<CalendarEvent> events = new ImportedCalendars(cache).read(ics, ZoneId.of("UTC"));

        assertThat(events)
                .singleElement()
                .satisfies(event -> assertThat(event.subject()).isEqualTo("Stand-up"));
        assertThat(Files.readString(entry)).startsWith("[");
    }

    private Path write(String subject) throws IOException {
        Path ics = dir.resolve("calendar.ics");
        Files.writeString(ics, ICS.formatted(subject));
        return ics;
    }
}
