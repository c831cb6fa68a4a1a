package io.fedemu.tenant.ews;

import static io.fedemu.tenant.ews.RawSoap.UTC_ZONE;
import static io.fedemu.tenant.ews.RawSoap.envelope;
import static io.fedemu.tenant.ews.RawSoap.mailbox;
import static io.fedemu.tenant.ews.TenantFixture.ALICE;
import static io.fedemu.tenant.ews.TenantFixture.CAROL;
import static io.fedemu.tenant.ews.TenantFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/PROTOCOL.md section 14 on the wire: an unusable time zone is ErrorTimeZone, the window's limits keep their own
 * codes, no Java text reaches a fault, and WorkingHours describe the mailbox's zone by the rules of the year the
 * window asks about (carol's London: 1975 switched on the third Sunday of March at 02:00, 2026 on the last at 01:00).
 */
class ExactCodesAcceptanceTest {
    @TempDir
    static Path state;

    static TenantFixture fixture;
    static RawSoap soap;

    @BeforeAll
    static void start() {
        fixture = new TenantFixture(state);
        soap = new RawSoap(fixture.tls, fixture.tenant.ewsUrl());
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @ParameterizedTest
    @CsvSource({
        "1975-10-01T00:00:00, 1975-10-02T00:00:00, 3, 02:00:00, 03:00:00",
        "2026-11-30T00:00:00, 2026-12-01T00:00:00, 5, 01:00:00, 02:00:00"
    })
    void workingHoursUseTheRulesOfTheRequestedWindowsYear(
            String start, String end, String daylightDayOrder, String daylightTime, String standardTime)
            throws Exception {
        RawSoap.Reply reply =
                soap.post(ALICE, PASSWORD, envelope("", UTC_ZONE, mailbox(CAROL), start, end, 60, "FreeBusy"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        String zone = "//t:WorkingHours/t:TimeZone/";
        assertThat(reply.xpath(zone + "t:Bias")).isEqualTo("0");
        assertThat(reply.xpath(zone + "t:DaylightTime/t:Bias")).isEqualTo("-60");
        assertThat(reply.xpath(zone + "t:DaylightTime/t:Month")).isEqualTo("3");
        assertThat(reply.xpath(zone + "t:DaylightTime/t:DayOrder")).isEqualTo(daylightDayOrder);
        assertThat(reply.xpath(zone + "t:DaylightTime/t:Time")).isEqualTo(daylightTime);
        assertThat(reply.xpath(zone + "t:DaylightTime/t:DayOfWeek")).isEqualTo("Sunday");
        assertThat(reply.xpath(zone + "t:StandardTime/t:Bias")).isEqualTo("0");
        assertThat(reply.xpath(zone + "t:StandardTime/t:Month")).isEqualTo("10");
        assertThat(reply.xpath(zone + "t:StandardTime/t:DayOrder")).isEqualTo("5");
        assertThat(reply.xpath(zone + "t:StandardTime/t:Time")).isEqualTo(standardTime);
    }

    @Test
    void aTransitionTimeWithAFractionOfASecondIsErrorTimeZoneInFedemusOwnWords() throws Exception {
        RawSoap.Reply reply = soap.post(
                ALICE,
                PASSWORD,
                envelope(
                        "",
                        UTC_ZONE.replaceFirst("02:00:00", "02:00:00.5"),
                        mailbox(CAROL),
                        "2026-11-30T00:00:00",
                        "2026-12-01T00:00:00",
                        30,
                        "FreeBusy"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(500);
        assertThat(reply.xpath("//soap:Fault/detail/e:ResponseCode")).isEqualTo("ErrorTimeZone");
        assertThat(reply.xpath("//soap:Fault/detail/f:Reason")).isEqualTo("INVALID_TIME_ZONE");
        assertThat(reply.xpath("//soap:Fault/faultstring"))
                .isEqualTo(
                        "The request TimeZone is not usable: Time must be hh:mm:ss in whole seconds, got 02:00:00.500")
                .doesNotContain("nano", "java.", "Exception");
    }

    /** Each limit of section 2 keeps the code Microsoft's ResponseCodeType names for it. */
    @ParameterizedTest
    @CsvSource({
        "2026-11-01T00:00:00, 2027-01-03T00:00:00, 30, ErrorTimeIntervalTooBig, TIME_INTERVAL_TOO_BIG",
        "2026-12-01T00:00:00, 2026-11-30T00:00:00, 30, ErrorInvalidTimeInterval, INVALID_TIME_INTERVAL",
        "2026-11-30T00:00:00, 2026-12-01T00:00:00, 1441, ErrorInvalidMergedFreeBusyInterval, "
                + "INVALID_MERGED_FREE_BUSY_INTERVAL",
        "10000-01-01T00:00:00, 10000-01-02T00:00:00, 30, ErrorInvalidTimeInterval, TIME_WINDOW_OUT_OF_RANGE"
    })
    void windowAndIntervalLimitsAnswerTheirOwnCodes(String start, String end, int interval, String code, String reason)
            throws Exception {
        RawSoap.Reply reply =
                soap.post(ALICE, PASSWORD, envelope("", UTC_ZONE, mailbox(CAROL), start, end, interval, "FreeBusy"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(500);
        assertThat(reply.xpath("//soap:Fault/detail/e:ResponseCode")).isEqualTo(code);
        assertThat(reply.xpath("//soap:Fault/detail/f:Reason")).isEqualTo(reason);
        assertThat(reply.xpath("//soap:Fault/faultstring")).doesNotContain("java.", "Exception");
    }
}
