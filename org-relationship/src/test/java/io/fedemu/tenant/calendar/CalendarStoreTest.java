package io.fedemu.tenant.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a restart must not change: zones, recurrences, deletions, overrides and flags survive the JSON file. */
class CalendarStoreTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String BOB = "bob@contoso.com";

    @TempDir
    Path folder;

    private static ZonedDateTime berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN);
    }

    @Test
    void aSeriesWithDeletionsAndOverridesComesBackEqualFromANewStore() {
        ZonedDateTime first = berlin("2026-10-12T09:00");
        CalendarEvent moved = new CalendarEvent(
                "weekly",
                berlin("2026-10-20T14:00"),
                berlin("2026-10-20T15:00"),
                false,
                BusyType.TENTATIVE,
                "Moved",
                "Room 2",
                false,
                true,
                true,
                null);
        CalendarEvent weekly = new CalendarEvent(
                "weekly",
                first,
                first.plusHours(1),
                false,
                BusyType.BUSY,
                "Weekly",
                "Room 1",
                true,
                true,
                false,
                new Recurrence(
                        "FREQ=WEEKLY;COUNT=6",
                        Set.of(berlin("2026-10-26T09:00").toInstant()),
                        Map.of(berlin("2026-10-19T09:00").toInstant(), moved)));
        CalendarEvent utc = CalendarEvent.single(
                "utc",
                ZonedDateTime.of(2026, 10, 13, 8, 0, 0, 0, ZoneOffset.UTC),
                ZonedDateTime.of(2026, 10, 13, 9, 0, 0, 0, ZoneOffset.UTC),
                BusyType.OOF,
                "Flight");
        CalendarEvent allDay = new CalendarEvent(
                "holiday",
                berlin("2026-10-03T00:00"),
                berlin("2026-10-04T00:00"),
                true,
                BusyType.WORKING_ELSEWHERE,
                "",
                "",
                false,
                false,
                false,
                null);

        new CalendarStore(folder, Map.of()).replace(BOB, List.of(weekly, utc, allDay));
        List<CalendarEvent> reloaded = new CalendarStore(folder, Map.of()).events(BOB);

        assertThat(reloaded).containsExactly(weekly, utc, allDay);
        assertThat(reloaded.get(0).start().getZone()).isEqualTo(BERLIN);
        assertThat(reloaded.get(1).start().getZone()).isEqualTo(ZoneOffset.UTC);
        // The expansion after a restart is the expansion before it (DST change on 2026-10-25 included).
        RecurrenceExpander expander = new RecurrenceExpander();
        Instant from = Instant.parse("2026-10-01T00:00:00Z");
        Instant to = Instant.parse("2026-12-01T00:00:00Z");
        assertThat(expander.expand(reloaded, from, to))
                .isEqualTo(expander.expand(List.of(weekly, utc, allDay), from, to));
    }

    @Test
    void anImportedCalendarIsStoredWithZonesANewJvmCanRead() throws Exception {
        List<CalendarEvent> imported = IcsImporterTest.bob();

        new CalendarStore(folder, Map.of()).replace(BOB, imported);

        assertThat(Files.readString(folder.resolve(BOB + ".json"))).doesNotContain("ical4j");
        assertThat(new CalendarStore(folder, Map.of()).events(BOB)).isEqualTo(imported);
    }

    @Test
    void putAndRemoveArePersistedAndAddressesIgnoreCase() throws Exception {
        CalendarStore store = new CalendarStore(folder, Map.of());
        CalendarEvent one = CalendarEvent.single(
                "one", berlin("2026-10-12T09:00"), berlin("2026-10-12T10:00"), BusyType.BUSY, "One");
        CalendarEvent two = CalendarEvent.single(
                "two", berlin("2026-10-12T11:00"), berlin("2026-10-12T12:00"), BusyType.FREE, "Two");
        store.put(BOB, one);
        store.put("Bob@Contoso.com", two);
        store.put(BOB, one.withPrivate(true));

        assertThat(new CalendarStore(folder, Map.of()).events(BOB)).containsExactly(two, one.withPrivate(true));
        assertThat(store.remove(BOB, "two")).isTrue();
        assertThat(store.remove(BOB, "two")).isFalse();
        assertThat(new CalendarStore(folder, Map.of()).events(BOB)).containsExactly(one.withPrivate(true));
        assertThat(Files.readString(folder.resolve(BOB + ".json")))
                .contains("Europe/Berlin")
                .doesNotContain("password");
    }

    @Test
    void aFileOnDiskWinsOverTheScenarioCalendar() {
        CalendarEvent fromScenario = CalendarEvent.single(
                "s", berlin("2026-10-12T09:00"), berlin("2026-10-12T10:00"), BusyType.BUSY, "Scenario");
        new CalendarStore(folder, Map.of()).replace(BOB, List.of());

        assertThat(new CalendarStore(folder, Map.of(BOB, List.of(fromScenario))).events(BOB))
                .isEmpty();
        assertThat(new CalendarStore(folder.resolve("other"), Map.of(BOB, List.of(fromScenario))).events(BOB))
                .containsExactly(fromScenario);
    }
}
