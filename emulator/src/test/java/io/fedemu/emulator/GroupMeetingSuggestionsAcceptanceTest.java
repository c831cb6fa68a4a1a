package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.junit.FederationExtension;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.availability.AvailabilityData;
import microsoft.exchange.webservices.data.core.enumeration.availability.SuggestionQuality;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.property.ConflictType;
import microsoft.exchange.webservices.data.core.enumeration.property.LegacyFreeBusyStatus;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.misc.availability.AttendeeInfo;
import microsoft.exchange.webservices.data.misc.availability.AvailabilityOptions;
import microsoft.exchange.webservices.data.misc.availability.GetUserAvailabilityResults;
import microsoft.exchange.webservices.data.misc.availability.TimeWindow;
import microsoft.exchange.webservices.data.property.complex.availability.Conflict;
import microsoft.exchange.webservices.data.property.complex.availability.TimeSuggestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Distribution groups in meeting suggestions (docs/PROTOCOL.md sections 12 and 13), through the unmodified EWS Java
 * API: a group the organization expands counts each member and gets GroupAttendeeConflictData, a group above 100
 * members gets TooBigGroupAttendeeConflictData and counts for nothing (scenarios/groups.yaml, Monday 2026-11-30 UTC:
 * alice Busy 09-10, carol Tentative 10-11 and OOF 13-14, dave Busy 09:30-11, bob in the cloud Busy 15-16; team is
 * alice, carol, bob and, through leads, dave).
 */
class GroupMeetingSuggestionsAcceptanceTest {
    private static final String MESSAGES = "http://schemas.microsoft.com/exchange/services/2006/messages";
    private static final String TYPES = "http://schemas.microsoft.com/exchange/services/2006/types";

    @RegisterExtension
    static FederationExtension federation =
            FederationExtension.scenario(Path.of("src/test/resources/scenarios/groups.yaml"));

    @Test
    void aGroupCountsItsMembersAndAGroupAboveTheLimitCountsForNothing() throws Exception {
        GetUserAvailabilityResults results = ask();

        List<TimeSuggestion> monday =
                new ArrayList<>(results.getSuggestions().iterator().next().getTimeSuggestions());
        TimeSuggestion eight = at(monday, "2026-11-30T08:00:00Z");
        assertThat(eight.getQuality()).isEqualTo(SuggestionQuality.Excellent);
        List<Conflict> conflicts = new ArrayList<>(eight.getConflicts());
        assertThat(conflicts)
                .as("one per attendee, in request order")
                .extracting(Conflict::getConflictType)
                .containsExactly(
                        ConflictType.IndividualAttendeeConflict,
                        ConflictType.GroupConflict,
                        ConflictType.GroupTooBigConflict);
        assertThat(conflicts.get(0).getFreeBusyStatus()).isEqualTo(LegacyFreeBusyStatus.Free);
        assertGroup(conflicts.get(1), 4, 4, 0, 0);

        // 09:00: alice Busy herself and in the group, dave Busy from 09:30: 3 of 5 counted attendees conflict.
        TimeSuggestion nine = at(monday, "2026-11-30T09:00:00Z");
        assertGroup(new ArrayList<>(nine.getConflicts()).get(1), 4, 2, 2, 0);
        assertThat(nine.getQuality()).isEqualTo(SuggestionQuality.Poor);
        // 15:00: bob's meeting, read through the federation, is the group's only conflict: 1 of 5 conflicts.
        TimeSuggestion three = at(monday, "2026-11-30T15:00:00Z");
        assertGroup(new ArrayList<>(three.getConflicts()).get(1), 4, 3, 1, 0);
        assertThat(three.getQuality()).isEqualTo(SuggestionQuality.Good);
    }

    @Test
    void onTheWireTheConflictDataFollowTheRequestAndTheSchema() throws Exception {
        String request = """
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                    xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
                    xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
                  <soap:Header><t:RequestServerVersion Version="Exchange2013"/></soap:Header>
                  <soap:Body>
                    <m:GetUserAvailabilityRequest>
                      <m:MailboxDataArray>
                        <t:MailboxData><t:Email><t:Address>everyone@contoso.com</t:Address></t:Email>
                          <t:AttendeeType>Optional</t:AttendeeType></t:MailboxData>
                        <t:MailboxData><t:Email><t:Address>team@contoso.com</t:Address></t:Email>
                          <t:AttendeeType>Required</t:AttendeeType></t:MailboxData>
                        <t:MailboxData><t:Email><t:Address>alice@contoso.com</t:Address></t:Email>
                          <t:AttendeeType>Organizer</t:AttendeeType></t:MailboxData>
                      </m:MailboxDataArray>
                      <t:SuggestionsViewOptions>
                        <t:MaximumResultsByDay>1</t:MaximumResultsByDay>
                        <t:MeetingDurationInMinutes>60</t:MeetingDurationInMinutes>
                        <t:DetailedSuggestionsWindow><t:StartTime>2026-11-30T00:00:00</t:StartTime>
                          <t:EndTime>2026-12-01T00:00:00</t:EndTime></t:DetailedSuggestionsWindow>
                      </t:SuggestionsViewOptions>
                    </m:GetUserAvailabilityRequest>
                  </soap:Body>
                </soap:Envelope>""";
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newBuilder()
                .sslContext(federation.tls())
                .build()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        federation.tenant("contoso-onprem").ewsUrl())
                                .header("Authorization", RawEws.basic("alice@contoso.com", "pw-alice"))
                                .header("Content-Type", "text/xml; charset=utf-8")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(request))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        org.w3c.dom.Document document = parse(answer.body());
        org.w3c.dom.Element suggestion = (org.w3c.dom.Element)
                document.getElementsByTagNameNS(TYPES, "Suggestion").item(0);
        assertThat(suggestion).as(answer.body()).isNotNull();
        assertThat(MailTipsSoap.child(suggestion, "MeetingTime").getTextContent())
                .isEqualTo("2026-11-30T08:00:00");
        org.w3c.dom.Element conflicts = MailTipsSoap.child(suggestion, "AttendeeConflictDataArray");
        assertThat(children(conflicts))
                .containsExactly(
                        "TooBigGroupAttendeeConflictData",
                        "GroupAttendeeConflictData",
                        "IndividualAttendeeConflictData");
        org.w3c.dom.Element tooBig = MailTipsSoap.child(conflicts, "TooBigGroupAttendeeConflictData");
        assertThat(children(tooBig)).isEmpty();
        org.w3c.dom.Element group = MailTipsSoap.child(conflicts, "GroupAttendeeConflictData");
        assertThat(children(group))
                .containsExactly(
                        "NumberOfMembers",
                        "NumberOfMembersAvailable",
                        "NumberOfMembersWithConflict",
                        "NumberOfMembersWithNoData");
        assertThat(MailTipsSoap.child(group, "NumberOfMembers").getTextContent())
                .isEqualTo("4");
        assertThat(MailTipsSoap.child(group, "NumberOfMembersAvailable").getTextContent())
                .isEqualTo("4");

        org.w3c.dom.Element body =
                (org.w3c.dom.Element) document.getElementsByTagNameNS(MESSAGES, "GetUserAvailabilityResponse")
                        .item(0);
        javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(GroupMeetingSuggestionsAcceptanceTest.class.getResource("/wsdl/messages.xsd"))
                .newValidator()
                .validate(new javax.xml.transform.dom.DOMSource(body));
    }

    /** alice asks for herself, the team and everyone on Monday, every work-time suggestion down to Poor. */
    private static GetUserAvailabilityResults ask() throws Exception {
        java.util.TimeZone jvmZone = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        try (ExchangeService service =
                TrustingExchangeService.trusting(federation.trustBundle(), ExchangeVersion.Exchange2010_SP2)) {
            service.setCredentials(new WebCredentials("alice@contoso.com", "pw-alice"));
            service.setUrl(federation.tenant("contoso-onprem").ewsUrl());
            AvailabilityOptions options = new AvailabilityOptions();
            options.setMeetingDuration(60);
            options.setMaximumSuggestionsPerDay(48);
            options.setMinimumSuggestionQuality(SuggestionQuality.Poor);
            return service.getUserAvailability(
                    List.of(
                            new AttendeeInfo("alice@contoso.com"),
                            new AttendeeInfo("team@contoso.com"),
                            new AttendeeInfo("everyone@contoso.com")),
                    new TimeWindow(date("2026-11-30T00:00:00Z"), date("2026-12-01T00:00:00Z")),
                    AvailabilityData.FreeBusyAndSuggestions,
                    options);
        } finally {
            java.util.TimeZone.setDefault(jvmZone);
        }
    }

    private static TimeSuggestion at(List<TimeSuggestion> suggestions, String instant) {
        return suggestions.stream()
                .filter(s -> s.getMeetingTime().equals(date(instant)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no suggestion at " + instant));
    }

    private static void assertGroup(Conflict group, int members, int available, int withConflict, int withNoData) {
        assertThat(group.getConflictType()).isEqualTo(ConflictType.GroupConflict);
        assertThat(new int[] {
                    group.getNumberOfMembers(),
                    group.getNumberOfMembersAvailable(),
                    group.getNumberOfMembersWithConflict(),
                    group.getNumberOfMembersWithNoData()
                })
                .containsExactly(members, available, withConflict, withNoData);
    }

    private static org.w3c.dom.Document parse(String xml) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
    }

    private static List<String> children(org.w3c.dom.Element parent) {
        List<String> names = new ArrayList<>();
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof org.w3c.dom.Element element) {
                names.add(element.getLocalName());
            }
        }
        return names;
    }

    private static Date date(String instant) {
        return Date.from(Instant.parse(instant));
    }
}
