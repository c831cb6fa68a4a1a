package io.fedemu.tenant.ews;

import static io.fedemu.tenant.ews.RawSoap.UTC_ZONE;
import static io.fedemu.tenant.ews.RawSoap.envelope;
import static io.fedemu.tenant.ews.RawSoap.mailbox;
import static io.fedemu.tenant.ews.TenantFixture.ALICE;
import static io.fedemu.tenant.ews.TenantFixture.CAROL;
import static io.fedemu.tenant.ews.TenantFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.fedemu.protocol.reason.Reason;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The wire as Exchange shapes it: request-level faults for every limit, HTTP Basic with a challenge,
 * the TimeZoneContext-only form, and hostile XML refused while the server stays up.
 */
class AvailabilityFaultsAcceptanceTest {
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

    @Test
    void aValidRequestHasTheServerVersionHeaderTextXmlAndOneAnswerPerMailboxInOrder() throws Exception {
        RawSoap.Reply reply = soap.post(
                ALICE,
                PASSWORD,
                envelope(
                        "",
                        UTC_ZONE,
                        mailbox("nobody@contoso.com") + mailbox(CAROL.toUpperCase()),
                        "2026-11-30T00:00:00",
                        "2026-12-01T00:00:00",
                        60,
                        "DetailedMerged"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/xml").containsIgnoringCase("charset=utf-8");
        assertThat(reply.xpath("/soap:Envelope/soap:Header/t:ServerVersionInfo/@MajorVersion"))
                .isEqualTo("15");
        assertThat(reply.xpath("count(//m:FreeBusyResponse)")).isEqualTo("2");
        assertThat(reply.xpath("(//m:FreeBusyResponse)[1]/m:ResponseMessage/@ResponseClass"))
                .isEqualTo("Error");
        assertThat(reply.xpath("(//m:FreeBusyResponse)[1]/m:ResponseMessage/m:ResponseCode"))
                .isEqualTo("ErrorMailRecipientNotFound");
        assertThat(reply.xpath(
                        "(//m:FreeBusyResponse)[1]/m:ResponseMessage/m:MessageXml/t:Value[@Name='fedemu.reason']"))
                .isEqualTo("RECIPIENT_NOT_FOUND");
        assertThat(reply.xpath("(//m:FreeBusyResponse)[1]/m:FreeBusyView/t:FreeBusyViewType"))
                .isEqualTo("None");
        assertThat(reply.xpath("(//m:FreeBusyResponse)[2]/m:ResponseMessage/m:ResponseCode"))
                .isEqualTo("NoError");
        assertThat(reply.xpath("(//m:FreeBusyResponse)[2]/m:FreeBusyView/t:MergedFreeBusy"))
                .isEqualTo("000000000020001100000000");
        assertThat(reply.xpath("name((//m:FreeBusyResponse)[2]/m:FreeBusyView/*[last()])"))
                .endsWith("WorkingHours");
        assertThat(reply.xpath("(//t:CalendarEvent)[1]/t:StartTime"))
                .as("local time, no offset")
                .isEqualTo("2026-11-30T10:00:00");
    }

    @Test
    void theTimeZoneContextHeaderAloneSetsTheRequestersZone() throws Exception {
        String pacific = "<x:TimeZoneContext><x:TimeZoneDefinition Id=\"Pacific Standard Time\"/></x:TimeZoneContext>";

        RawSoap.Reply pacificMorning = soap.post(
                ALICE,
                PASSWORD,
                envelope(
                        pacific,
                        "",
                        mailbox(CAROL),
                        "2026-11-30T00:00:00",
                        "2026-11-30T04:00:00",
                        60,
                        "FreeBusyMerged"));
        RawSoap.Reply utcMorning = soap.post(
                ALICE,
                PASSWORD,
                envelope(
                        "",
                        UTC_ZONE,
                        mailbox(CAROL),
                        "2026-11-30T00:00:00",
                        "2026-11-30T04:00:00",
                        60,
                        "FreeBusyMerged"));

        assertThat(pacificMorning.status()).as(pacificMorning.body()).isEqualTo(200);
        assertThat(pacificMorning.xpath("//t:MergedFreeBusy"))
                .as("10:00 UTC is 02:00 in Seattle")
                .isEqualTo("0020");
        assertThat(pacificMorning.xpath("count(//t:CalendarEvent)")).isEqualTo("1");
        assertThat(pacificMorning.xpath("(//t:CalendarEvent)[1]/t:StartTime")).isEqualTo("2026-11-30T02:00:00");
        assertThat(utcMorning.xpath("//t:MergedFreeBusy")).isEqualTo("0000");
    }

    static Stream<Arguments> limits() {
        return Stream.of(
                arguments(
                        "window of 63 days",
                        "2026-11-01T00:00:00",
                        "2027-01-03T00:00:00",
                        30,
                        "FreeBusy",
                        "ErrorTimeIntervalTooBig",
                        Reason.TIME_INTERVAL_TOO_BIG),
                arguments(
                        "end before start",
                        "2026-12-01T00:00:00",
                        "2026-11-30T00:00:00",
                        30,
                        "FreeBusy",
                        "ErrorInvalidTimeInterval",
                        Reason.INVALID_TIME_INTERVAL),
                arguments(
                        "interval 4 minutes",
                        "2026-11-30T00:00:00",
                        "2026-12-01T00:00:00",
                        4,
                        "FreeBusy",
                        "ErrorInvalidMergedFreeBusyInterval",
                        Reason.INVALID_MERGED_FREE_BUSY_INTERVAL),
                arguments(
                        "interval 1441 minutes",
                        "2026-11-30T00:00:00",
                        "2026-12-01T00:00:00",
                        1441,
                        "FreeBusy",
                        "ErrorInvalidMergedFreeBusyInterval",
                        Reason.INVALID_MERGED_FREE_BUSY_INTERVAL),
                arguments(
                        "view None",
                        "2026-11-30T00:00:00",
                        "2026-12-01T00:00:00",
                        30,
                        "None",
                        "ErrorInvalidFreeBusyViewType",
                        Reason.INVALID_FREE_BUSY_VIEW_TYPE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void eachLimitIsARequestLevelFaultInTheTypesNamespace(
            String name, String start, String end, int interval, String view, String code, Reason reason)
            throws Exception {
        RawSoap.Reply reply =
                soap.post(ALICE, PASSWORD, envelope("", UTC_ZONE, mailbox(CAROL), start, end, interval, view));

        assertFault(reply, code, reason.name());
    }

    @Test
    void aRequestWithoutMailboxesOrWithoutATimeWindowIsAMissingArgumentFault() throws Exception {
        RawSoap.Reply noMailboxes = soap.post(
                ALICE,
                PASSWORD,
                envelope("", UTC_ZONE, "", "2026-11-30T00:00:00", "2026-12-01T00:00:00", 30, "FreeBusy"));
        RawSoap.Reply noWindow = soap.post(
                ALICE,
                PASSWORD,
                envelope("", UTC_ZONE, mailbox(CAROL), "2026-11-30T00:00:00", "2026-12-01T00:00:00", 30, "FreeBusy")
                        .replaceAll("<x:TimeWindow>.*</x:TimeWindow>", ""));

        assertFault(noMailboxes, "ErrorMissingArgument", "MISSING_ARGUMENT");
        assertFault(noWindow, "ErrorMissingArgument", "MISSING_ARGUMENT");
    }

    @Test
    void aTimeZoneContextNamingNoKnownZoneIsAnInvalidTimeZoneFault() throws Exception {
        String mars = "<x:TimeZoneContext><x:TimeZoneDefinition Id=\"Mars Standard Time\"/></x:TimeZoneContext>";

        RawSoap.Reply reply = soap.post(
                ALICE,
                PASSWORD,
                envelope(mars, "", mailbox(CAROL), "2026-11-30T00:00:00", "2026-12-01T00:00:00", 30, "FreeBusy"));

        assertFault(reply, "ErrorTimeZone", "INVALID_TIME_ZONE");
    }

    /**
     * Issue 12: a time zone out of range is the EWS fault Exchange sends for an unusable zone, with a short message
     * of fedemu's own, never a Java exception's.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "100000|0",
                "2147483647|0",
                "0|-2147483648",
                "-1081|0",
            })
    void aTimeZoneOutOfRangeIsAnInvalidTimeZoneFault(String biases) throws Exception {
        String[] bias = biases.split("\\|");

        RawSoap.Reply reply = soap.post(
                ALICE,
                PASSWORD,
                envelope(
                        "",
                        zone(bias[0], bias[1]),
                        mailbox(CAROL),
                        "2026-11-30T00:00:00",
                        "2026-12-01T00:00:00",
                        30,
                        "FreeBusy"));

        assertFault(reply, "ErrorTimeZone", "INVALID_TIME_ZONE");
        assertThat(reply.xpath("//soap:Fault/faultstring"))
                .startsWith("The request TimeZone is not usable: ")
                .contains("at most 1080 either way")
                .doesNotContain("java.", "Exception", "valid range");
    }

    @Test
    void aTransitionOnNoSingleDayIsAnInvalidTimeZoneFault() throws Exception {
        RawSoap.Reply reply = soap.post(
                ALICE,
                PASSWORD,
                envelope(
                        "",
                        UTC_ZONE.replaceFirst("Sunday", "Weekday"),
                        mailbox(CAROL),
                        "2026-11-30T00:00:00",
                        "2026-12-01T00:00:00",
                        30,
                        "FreeBusy"));

        assertFault(reply, "ErrorTimeZone", "INVALID_TIME_ZONE");
        assertThat(reply.xpath("//soap:Fault/faultstring"))
                .isEqualTo("The request TimeZone is not usable: DayOfWeek must be one of Sunday to Saturday, got "
                        + "'Weekday'");
    }

    /** Issue 12: a window outside the years 1 to 9999 is refused as such, whatever the xs:dateTime allows. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "10000-01-01T00:00:00|10000-01-02T00:00:00",
                "999999999-11-30T00:00:00|999999999-12-01T00:00:00",
                "-0005-01-01T00:00:00|-0005-01-02T00:00:00",
                "9999-12-31T12:00:00-14:00|9999-12-31T13:00:00-14:00",
                "2026-11-30T00:00:00|123456789012-12-01T00:00:00",
            })
    void aWindowOutsideTheYears1To9999IsATimeWindowOutOfRangeFault(String window) throws Exception {
        String[] times = window.split("\\|");

        RawSoap.Reply reply =
                soap.post(ALICE, PASSWORD, envelope("", UTC_ZONE, mailbox(CAROL), times[0], times[1], 30, "FreeBusy"));

        assertFault(reply, "ErrorInvalidTimeInterval", "TIME_WINDOW_OUT_OF_RANGE");
        assertThat(reply.xpath("//soap:Fault/faultstring"))
                .startsWith("The time window's '")
                .endsWith("' is not a date and time between the years 1 and 9999.");
    }

    @Test
    void theLastDayOfTheYear9999AndMidnightAs2400AreStillAnswered() throws Exception {
        RawSoap.Reply last = soap.post(
                ALICE,
                PASSWORD,
                envelope("", UTC_ZONE, mailbox(CAROL), "9999-12-30T00:00:00", "9999-12-31T23:00:00", 30, "FreeBusy"));
        RawSoap.Reply midnight = soap.post(
                ALICE,
                PASSWORD,
                envelope(
                        "",
                        UTC_ZONE,
                        mailbox(CAROL),
                        "2026-11-29T24:00:00",
                        "2026-12-01T00:00:00",
                        30,
                        "FreeBusyMerged"));

        assertThat(last.status()).as(last.body()).isEqualTo(200);
        assertThat(last.xpath("//m:ResponseMessage/m:ResponseCode")).isEqualTo("NoError");
        assertThat(midnight.status()).as(midnight.body()).isEqualTo(200);
        assertThat(midnight.xpath("//t:MergedFreeBusy").length())
                .as("the window starts at midnight of the 30th: one day of 30-minute slots")
                .isEqualTo(48);
    }

    private static String zone(String bias, String standardBias) {
        return UTC_ZONE.replaceFirst("<x:Bias>0</x:Bias>", "<x:Bias>" + bias + "</x:Bias>")
                .replace("<x:StandardTime><x:Bias>0</x:Bias>", "<x:StandardTime><x:Bias>" + standardBias + "</x:Bias>");
    }

    @Test
    void anAddressThatIsNotSmtpFailsOnlyItsOwnMailbox() throws Exception {
        RawSoap.Reply reply = soap.post(
                ALICE,
                PASSWORD,
                envelope(
                        "",
                        UTC_ZONE,
                        mailbox("carol at contoso") + mailbox(CAROL),
                        "2026-11-30T00:00:00",
                        "2026-12-01T00:00:00",
                        30,
                        "FreeBusy"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.xpath("(//m:FreeBusyResponse)[1]/m:ResponseMessage/m:ResponseCode"))
                .isEqualTo("ErrorInvalidSmtpAddress");
        assertThat(reply.xpath(
                        "(//m:FreeBusyResponse)[1]/m:ResponseMessage/m:MessageXml/t:Value[@Name='fedemu.reason']"))
                .isEqualTo("INVALID_SMTP_ADDRESS");
        assertThat(reply.xpath("(//m:FreeBusyResponse)[2]/m:ResponseMessage/m:ResponseCode"))
                .isEqualTo("NoError");
    }

    @Test
    void moreThanOneHundredMailboxesIsAFault() throws Exception {
        String mailboxes = IntStream.range(0, 101)
                .mapToObj(i -> mailbox("user" + i + "@contoso.com"))
                .collect(Collectors.joining());

        assertFault(
                soap.post(
                        ALICE,
                        PASSWORD,
                        envelope(
                                "", UTC_ZONE, mailboxes, "2026-11-30T00:00:00", "2026-12-01T00:00:00", 30, "FreeBusy")),
                "ErrorIndividualMailboxLimitReached",
                "TOO_MANY_MAILBOXES");
        RawSoap.Reply hundred = soap.post(
                ALICE,
                PASSWORD,
                envelope(
                        "",
                        UTC_ZONE,
                        IntStream.range(0, 100).mapToObj(i -> mailbox(CAROL)).collect(Collectors.joining()),
                        "2026-11-30T00:00:00",
                        "2026-12-01T00:00:00",
                        30,
                        "FreeBusy"));
        assertThat(hundred.status()).isEqualTo(200);
        assertThat(hundred.xpath("count(//m:FreeBusyResponse)")).isEqualTo("100");
    }

    @Test
    void aBodyOver400KilobytesIsAFaultBeforeItIsParsed() throws Exception {
        String padding = "<!--" + "x".repeat(410 * 1024) + "-->";

        assertFault(
                soap.post(
                        ALICE,
                        PASSWORD,
                        envelope(
                                padding,
                                UTC_ZONE,
                                mailbox(CAROL),
                                "2026-11-30T00:00:00",
                                "2026-12-01T00:00:00",
                                30,
                                "FreeBusy")),
                "ErrorRequestStreamTooBig",
                "REQUEST_TOO_BIG");
    }

    @Test
    void withoutCredentialsTheServerChallengesWithBasicAndWrongOnesAreRefused() throws Exception {
        String request =
                envelope("", UTC_ZONE, mailbox(CAROL), "2026-11-30T00:00:00", "2026-12-01T00:00:00", 30, "FreeBusy");

        RawSoap.Reply anonymous = soap.post(null, null, request);
        RawSoap.Reply wrong = soap.post(ALICE, "not-the-password", request);
        RawSoap.Reply remote = soap.post("bob@contoso.com", PASSWORD, request);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.response().headers().firstValue("WWW-Authenticate"))
                .hasValue("Basic realm=\"contoso-onprem\"");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("FreeBusy");
        assertThat(remote.status()).as("a remote mailbox has no password here").isEqualTo(401);
    }

    @Test
    void entitiesAndDoctypesAreRefusedAndTheServerStaysUp() throws Exception {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE s:Envelope [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>&secret;</s:Body></s:Envelope>
                """;
        String billionLaughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>&lol2;</s:Body></s:Envelope>
                """;
        String deep = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>" + "<a>".repeat(200)
                + "</a>".repeat(200) + "</s:Body></s:Envelope>";

        for (String hostile : new String[] {xxe, billionLaughs, deep, "<not-xml"}) {
            RawSoap.Reply reply = soap.post(ALICE, PASSWORD, hostile);
            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.body()).contains("Fault").doesNotContain("root:");
        }
        RawSoap.Reply after = soap.post(
                ALICE,
                PASSWORD,
                envelope("", UTC_ZONE, mailbox(CAROL), "2026-11-30T00:00:00", "2026-12-01T00:00:00", 30, "FreeBusy"));
        assertThat(after.status()).isEqualTo(200);
    }

    private static void assertFault(RawSoap.Reply reply, String code, String reason) throws Exception {
        assertThat(reply.status()).as(reply.body()).isEqualTo(500);
        assertThat(reply.contentType()).startsWith("text/xml");
        String faultCode = reply.xpath("/soap:Envelope/soap:Body/soap:Fault/faultcode");
        String prefix = faultCode.substring(0, faultCode.indexOf(':'));
        assertThat(faultCode.substring(faultCode.indexOf(':') + 1)).isEqualTo(code);
        assertThat(reply.body()).contains("xmlns:" + prefix + "=\"" + RawSoap.NAMESPACES.get("t") + "\"");
        assertThat(reply.xpath("//soap:Fault/detail/e:ResponseCode")).isEqualTo(code);
        assertThat(reply.xpath("//soap:Fault/detail/e:Message")).isNotBlank();
        assertThat(reply.xpath("//soap:Fault/faultstring")).isNotBlank();
        assertThat(reply.xpath("//soap:Fault/detail/f:Reason"))
                .as("the reason, as data")
                .isEqualTo(reason);
    }
}
