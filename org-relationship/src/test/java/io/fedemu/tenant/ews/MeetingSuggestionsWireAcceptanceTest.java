package io.fedemu.tenant.ews;

import static io.fedemu.tenant.ews.RawSoap.UTC_ZONE;
import static io.fedemu.tenant.ews.RawSoap.mailbox;
import static io.fedemu.tenant.ews.TenantFixture.ALICE;
import static io.fedemu.tenant.ews.TenantFixture.CAROL;
import static io.fedemu.tenant.ews.TenantFixture.DAVE;
import static io.fedemu.tenant.ews.TenantFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.reason.Reason;
import java.nio.file.Path;
import javax.xml.transform.dom.DOMSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Meeting suggestions on the wire (PROTOCOL.md section 12): the element order and namespaces of SuggestionsResponse,
 * conflict data in request order, the answer valid against the project's copy of Microsoft's schema, and the codes of
 * a bad option or window. Alice asks about Monday 2026-11-30 (London, UTC in winter): Carol is busy 10:00-11:00 and
 * tentative 14:00-15:30, Alice herself busy 09:00-09:30; Dave's calendar is closed to her; nobody@ has no mailbox.
 */
class MeetingSuggestionsWireAcceptanceTest {
    private static final String MONDAY =
            "<x:StartTime>2026-11-30T00:00:00</x:StartTime>" + "<x:EndTime>2026-12-01T00:00:00</x:EndTime>";

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
    void freeBusyAndSuggestionsComeInExchangesOrderWithConflictDataInRequestOrder() throws Exception {
        RawSoap.Reply reply = soap.post(
                ALICE,
                PASSWORD,
                request(
                        mailbox(CAROL) + mailbox("nobody@contoso.com") + mailbox(DAVE) + mailbox(ALICE),
                        freeBusyOptions(),
                        suggestionsOptions(2, 60, MONDAY)));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        String response = "/soap:Envelope/soap:Body/m:GetUserAvailabilityResponse";
        assertThat(children(reply, response)).isEqualTo("m:FreeBusyResponseArray m:SuggestionsResponse");
        assertThat(children(reply, response + "/m:SuggestionsResponse"))
                .isEqualTo("m:ResponseMessage m:SuggestionDayResultArray");
        assertThat(reply.xpath(response + "/m:SuggestionsResponse/m:ResponseMessage/@ResponseClass"))
                .isEqualTo("Success");
        assertThat(reply.xpath(response + "/m:SuggestionsResponse/m:ResponseMessage/m:ResponseCode"))
                .isEqualTo("NoError");
        String day = response + "/m:SuggestionsResponse/m:SuggestionDayResultArray/t:SuggestionDayResult";
        assertThat(reply.xpath("count(" + day + ")")).isEqualTo("1");
        assertThat(children(reply, day)).isEqualTo("t:Date t:DayQuality t:SuggestionArray");
        assertThat(reply.xpath(day + "/t:Date")).isEqualTo("2026-11-30T00:00:00");
        assertThat(reply.xpath(day + "/t:DayQuality")).isEqualTo("Excellent");
        String suggestion = day + "/t:SuggestionArray/t:Suggestion";
        assertThat(reply.xpath("count(" + suggestion + ")")).isEqualTo("2");
        assertThat(children(reply, suggestion + "[1]"))
                .isEqualTo("t:MeetingTime t:IsWorkTime t:SuggestionQuality t:AttendeeConflictDataArray");
        // 08:00 is free for all; 08:30 to 10:30 meet Alice's stand-up or Carol's review; 11:00 is free again.
        assertThat(reply.xpath(suggestion + "[1]/t:MeetingTime")).isEqualTo("2026-11-30T08:00:00");
        assertThat(reply.xpath(suggestion + "[2]/t:MeetingTime")).isEqualTo("2026-11-30T11:00:00");
        assertThat(reply.xpath(suggestion + "[1]/t:IsWorkTime")).isEqualTo("true");
        assertThat(reply.xpath(suggestion + "[1]/t:SuggestionQuality")).isEqualTo("Excellent");
        String conflicts = suggestion + "[1]/t:AttendeeConflictDataArray";
        assertThat(children(reply, conflicts))
                .as("Carol, nobody, Dave, Alice")
                .isEqualTo("t:IndividualAttendeeConflictData t:UnknownAttendeeConflictData "
                        + "t:IndividualAttendeeConflictData t:IndividualAttendeeConflictData");
        assertThat(reply.xpath(conflicts + "/*[1]/t:BusyType")).isEqualTo("Free");
        assertThat(reply.xpath(conflicts + "/*[3]/t:BusyType"))
                .as("no access is no data")
                .isEqualTo("NoData");
        assertValid(reply);
    }

    @Test
    void aLowerQualityTimeCarriesTheConflictingAttendeesBusyType() throws Exception {
        RawSoap.Reply reply = soap.post(
                ALICE,
                PASSWORD,
                request(
                        mailbox(CAROL) + mailbox(ALICE),
                        freeBusyOptions(),
                        suggestionsOptions(48, 60, MONDAY).replace(">Fair<", ">Poor<")));

        String tenOClock = "//t:Suggestion[t:MeetingTime='2026-11-30T10:00:00']";
        assertThat(reply.xpath(tenOClock + "/t:SuggestionQuality"))
                .as("one of two attendees busy is Poor")
                .isEqualTo("Poor");
        assertThat(reply.xpath(tenOClock + "/t:AttendeeConflictDataArray/*[1]/t:BusyType"))
                .isEqualTo("Busy");
        assertThat(reply.xpath("//t:Suggestion[t:MeetingTime='2026-11-30T14:00:00']/t:AttendeeConflictDataArray/*[1]"
                        + "/t:BusyType"))
                .isEqualTo("Tentative");
        assertValid(reply);
    }

    @Test
    void suggestionsAloneAnswerNoFreeBusyArray() throws Exception {
        RawSoap.Reply reply =
                soap.post(ALICE, PASSWORD, request(mailbox(CAROL), "", suggestionsOptions(1, 30, MONDAY)));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(children(reply, "/soap:Envelope/soap:Body/m:GetUserAvailabilityResponse"))
                .isEqualTo("m:SuggestionsResponse");
        assertThat(reply.xpath("//t:Suggestion/t:MeetingTime")).isEqualTo("2026-11-30T08:00:00");
        assertValid(reply);
    }

    @Test
    void anOptionOutOfRangeFailsTheSuggestionsOnlyWithItsCode() throws Exception {
        RawSoap.Reply reply = soap.post(
                ALICE, PASSWORD, request(mailbox(CAROL), freeBusyOptions(), suggestionsOptions(2, 15, MONDAY)));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.xpath("//m:FreeBusyResponse/m:ResponseMessage/m:ResponseCode"))
                .isEqualTo("NoError");
        String message = "//m:SuggestionsResponse/m:ResponseMessage";
        assertThat(children(reply, message))
                .isEqualTo("m:MessageText m:ResponseCode m:DescriptiveLinkKey m:MessageXml");
        assertThat(reply.xpath(message + "/@ResponseClass")).isEqualTo("Error");
        assertThat(reply.xpath(message + "/m:ResponseCode")).isEqualTo("ErrorMeetingSuggestionGenerationFailed");
        assertThat(reply.xpath(message + "/m:MessageText")).contains("MeetingDurationInMinutes is 15");
        assertThat(reply.xpath(message + "/m:MessageXml/t:Value[@Name='fedemu.reason']"))
                .isEqualTo(Reason.SUGGESTIONS_OPTION_OUT_OF_RANGE.name());
        assertThat(reply.xpath("count(//m:SuggestionDayResultArray)")).isEqualTo("0");
        assertValid(reply);
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsTheFreeBusyWindowsFault() throws Exception {
        RawSoap.Reply reply = soap.post(
                ALICE,
                PASSWORD,
                request(
                        mailbox(CAROL),
                        freeBusyOptions(),
                        suggestionsOptions(
                                2,
                                60,
                                "<x:StartTime>2026-12-01T00:00:00</x:StartTime>"
                                        + "<x:EndTime>2026-11-30T00:00:00</x:EndTime>")));

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.xpath("//soap:Fault/detail/e:ResponseCode")).isEqualTo("ErrorInvalidTimeInterval");
        assertThat(reply.xpath("//soap:Fault/detail/e:Message")).startsWith("DetailedSuggestionsWindow: ");
        assertThat(reply.xpath("//soap:Fault/detail/f:Reason")).isEqualTo(Reason.INVALID_TIME_INTERVAL.name());
    }

    @Test
    void aQualityTheSchemaDoesNotKnowFailsSchemaValidation() throws Exception {
        RawSoap.Reply reply = soap.post(
                ALICE,
                PASSWORD,
                request(
                        mailbox(CAROL),
                        freeBusyOptions(),
                        suggestionsOptions(2, 60, MONDAY).replace(">Fair<", ">Superb<")));

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.xpath("//soap:Fault/detail/e:ResponseCode")).isEqualTo("ErrorSchemaValidation");
    }

    private static String freeBusyOptions() {
        return "<x:FreeBusyViewOptions><x:TimeWindow>" + MONDAY + "</x:TimeWindow>"
                + "<x:MergedFreeBusyIntervalInMinutes>60</x:MergedFreeBusyIntervalInMinutes>"
                + "<x:RequestedView>FreeBusyMerged</x:RequestedView></x:FreeBusyViewOptions>";
    }

    /** SuggestionsViewOptions as the EWS Java API writes them (every element, GoodThreshold 25, Fair or better). */
    private static String suggestionsOptions(int maxPerDay, int duration, String window) {
        return "<x:SuggestionsViewOptions><x:GoodThreshold>25</x:GoodThreshold>"
                + "<x:MaximumResultsByDay>" + maxPerDay + "</x:MaximumResultsByDay>"
                + "<x:MaximumNonWorkHourResultsByDay>0</x:MaximumNonWorkHourResultsByDay>"
                + "<x:MeetingDurationInMinutes>" + duration + "</x:MeetingDurationInMinutes>"
                + "<x:MinimumSuggestionQuality>Fair</x:MinimumSuggestionQuality>"
                + "<x:DetailedSuggestionsWindow>" + window + "</x:DetailedSuggestionsWindow>"
                + "</x:SuggestionsViewOptions>";
    }

    private static String request(String mailboxes, String freeBusyOptions, String suggestionsOptions) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"
                            xmlns:x="http://schemas.microsoft.com/exchange/services/2006/types"
                            xmlns:y="http://schemas.microsoft.com/exchange/services/2006/messages">
                  <s:Header><x:RequestServerVersion Version="Exchange2013"/></s:Header>
                  <s:Body>
                    <y:GetUserAvailabilityRequest>
                      %s
                      <y:MailboxDataArray>%s</y:MailboxDataArray>
                      %s
                      %s
                    </y:GetUserAvailabilityRequest>
                  </s:Body>
                </s:Envelope>
                """.formatted(UTC_ZONE, mailboxes, freeBusyOptions, suggestionsOptions);
    }

    /** The element children of the node at {@code path}, as m:/t: names, space-separated. */
    private static String children(RawSoap.Reply reply, String path) throws Exception {
        Element element = reply.element(path);
        assertThat(element).as(path + " in " + reply.body()).isNotNull();
        StringBuilder names = new StringBuilder();
        for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                String prefix = e.getNamespaceURI().equals(RawSoap.NAMESPACES.get("m")) ? "m:" : "t:";
                names.append(names.length() == 0 ? "" : " ").append(prefix).append(e.getLocalName());
            }
        }
        return names.toString();
    }

    /** The body's answer against the project's copy of Microsoft's messages.xsd and types.xsd. */
    private static void assertValid(RawSoap.Reply reply) throws Exception {
        Element body = (Element) reply.xml()
                .getElementsByTagNameNS(RawSoap.NAMESPACES.get("soap"), "Body")
                .item(0);
        Element answer = null;
        for (org.w3c.dom.Node child = body.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                answer = e;
            }
        }
        SchemaValidation.ews().newValidator().validate(new DOMSource(answer));
    }
}
