package io.fedemu.tenant.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeZonesTest {
    /** What the EWS Java API sends for a JVM in America/Los_Angeles. */
    static final SerializableTimeZone PACIFIC = new SerializableTimeZone(
            480,
            new SerializableTimeZone.Transition(0, LocalTime.of(2, 0), 1, 11, DayOfWeek.SUNDAY),
            new SerializableTimeZone.Transition(-60, LocalTime.of(2, 0), 2, 3, DayOfWeek.SUNDAY));
    /** Central Europe: last Sunday of March 02:00 and last Sunday of October 03:00, local time. */
    static final SerializableTimeZone CENTRAL_EUROPE = new SerializableTimeZone(
            -60,
            new SerializableTimeZone.Transition(0, LocalTime.of(3, 0), 5, 10, DayOfWeek.SUNDAY),
            new SerializableTimeZone.Transition(-60, LocalTime.of(2, 0), 5, 3, DayOfWeek.SUNDAY));

    @Test
    void serializableTimeZonesAgreeWithTzdbHourByHourAcrossSeveralYears() {
        assertSameOffsets(PACIFIC.toZoneRules(), ZoneId.of("America/Los_Angeles"));
        assertSameOffsets(CENTRAL_EUROPE.toZoneRules(), ZoneId.of("Europe/Berlin"));
    }

    private static void assertSameOffsets(ZoneRules rules, ZoneId zone) {
        Instant end = Instant.parse("2029-01-01T00:00:00Z");
        for (Instant t = Instant.parse("2025-01-01T00:00:00Z"); t.isBefore(end); t = t.plus(Duration.ofMinutes(30))) {
            assertThat(rules.getOffset(t))
                    .as("%s at %s", zone, t)
                    .isEqualTo(zone.getRules().getOffset(t));
        }
    }

    @Test
    void noDaylightSavingIsAFixedOffset() {
        assertThat(SerializableTimeZone.fixed(-330)
                        .toZoneRules()
                        .getOffset(Instant.EPOCH)
                        .getTotalSeconds())
                .isEqualTo(330 * 60);
    }

    @ParameterizedTest
    @CsvSource({"Europe/Berlin", "America/Los_Angeles", "Australia/Sydney", "America/Sao_Paulo", "Asia/Tokyo"})
    void anIanaZoneRoundTripsThroughTheEwsForm(String id) {
        ZoneId zone = ZoneId.of(id);
        ZoneRules back = SerializableTimeZone.of(zone, 2026).toZoneRules();
        Instant end = Instant.parse("2027-01-01T00:00:00Z");
        for (Instant t = Instant.parse("2026-01-01T00:00:00Z"); t.isBefore(end); t = t.plus(Duration.ofHours(1))) {
            assertThat(back.getOffset(t))
                    .as("%s at %s", id, t)
                    .isEqualTo(zone.getRules().getOffset(t));
        }
    }

    /** The rules of the year asked about (PROTOCOL.md section 14): the US moved its switches in 2007. */
    @Test
    void aZoneIsDescribedByTheRulesOfTheYearAskedAbout() {
        SerializableTimeZone before = SerializableTimeZone.of(ZoneId.of("America/Los_Angeles"), 2006);
        SerializableTimeZone after = SerializableTimeZone.of(ZoneId.of("America/Los_Angeles"), 2026);

        assertThat(before.bias()).isEqualTo(480);
        assertThat(before.daylightTime())
                .isEqualTo(new SerializableTimeZone.Transition(
                        -60, java.time.LocalTime.of(2, 0), 1, 4, java.time.DayOfWeek.SUNDAY));
        assertThat(before.standardTime())
                .isEqualTo(new SerializableTimeZone.Transition(
                        0, java.time.LocalTime.of(2, 0), 5, 10, java.time.DayOfWeek.SUNDAY));
        assertThat(after.daylightTime())
                .isEqualTo(new SerializableTimeZone.Transition(
                        -60, java.time.LocalTime.of(2, 0), 2, 3, java.time.DayOfWeek.SUNDAY));
        assertThat(after.standardTime())
                .isEqualTo(new SerializableTimeZone.Transition(
                        0, java.time.LocalTime.of(2, 0), 1, 11, java.time.DayOfWeek.SUNDAY));
    }

    /** Brazil kept daylight saving time until 2019: 2018 has both switches, 2026 none. */
    @Test
    void aZoneThatDroppedDaylightSavingTimeHasNoneForTheYearsAfter() {
        assertThat(SerializableTimeZone.of(ZoneId.of("America/Sao_Paulo"), 2026))
                .isEqualTo(SerializableTimeZone.fixed(180));
        assertThat(SerializableTimeZone.of(ZoneId.of("America/Sao_Paulo"), 2018)
                        .daylightTime()
                        .month())
                .isEqualTo(11);
    }

    @ParameterizedTest
    @CsvSource({
        "Pacific Standard Time, America/Los_Angeles",
        "W. Europe Standard Time, Europe/Berlin",
        "GMT Standard Time, Europe/London",
        "Tokyo Standard Time, Asia/Tokyo",
        "UTC, Etc/UTC"
    })
    void windowsIdsMapToIanaThroughCldr(String windows, String iana) {
        assertThat(WindowsTimeZones.toZoneId(windows)).contains(ZoneId.of(iana));
        assertThat(WindowsTimeZones.toWindowsId(ZoneId.of(iana))).contains(windows);
    }

    @Test
    void unknownWindowsIdIsEmpty() {
        assertThat(WindowsTimeZones.toZoneId("Atlantis Standard Time")).isEmpty();
    }

    @Test
    void localTimesInGapsAndOverlapsResolveLikeZonedDateTime() {
        RequesterZone pacific = RequesterZone.of(PACIFIC);
        // 2026-03-08 02:30 does not exist in Pacific time; 2026-11-01 01:30 happens twice.
        assertThat(pacific.toInstant(LocalDateTime.parse("2026-03-08T02:30")))
                .isEqualTo(Instant.parse("2026-03-08T10:30:00Z"));
        assertThat(pacific.toInstant(LocalDateTime.parse("2026-11-01T01:30")))
                .isEqualTo(Instant.parse("2026-11-01T08:30:00Z"));
        assertThat(RequesterZone.ofWindowsId("Pacific Standard Time").toLocal(Instant.parse("2026-11-01T09:30:00Z")))
                .hasToString("2026-11-01T01:30-08:00");
    }
}
