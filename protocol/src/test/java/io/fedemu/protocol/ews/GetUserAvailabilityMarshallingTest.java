package io.fedemu.protocol.ews;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.ews.messages.ArrayOfFreeBusyResponse;
import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityResponseType;
import io.fedemu.protocol.ews.messages.ResponseCodeType;
import io.fedemu.protocol.ews.messages.ResponseMessageType;
import io.fedemu.protocol.ews.types.ArrayOfCalendarEvent;
import io.fedemu.protocol.ews.types.ArrayOfMailboxData;
import io.fedemu.protocol.ews.types.ArrayOfWorkingPeriod;
import io.fedemu.protocol.ews.types.CalendarEvent;
import io.fedemu.protocol.ews.types.CalendarEventDetails;
import io.fedemu.protocol.ews.types.DayOfWeekType;
import io.fedemu.protocol.ews.types.Duration;
import io.fedemu.protocol.ews.types.EmailAddress;
import io.fedemu.protocol.ews.types.FreeBusyView;
import io.fedemu.protocol.ews.types.FreeBusyViewOptionsType;
import io.fedemu.protocol.ews.types.FreeBusyViewType;
import io.fedemu.protocol.ews.types.LegacyFreeBusyType;
import io.fedemu.protocol.ews.types.MailboxData;
import io.fedemu.protocol.ews.types.MeetingAttendeeType;
import io.fedemu.protocol.ews.types.ResponseClassType;
import io.fedemu.protocol.ews.types.SerializableTimeZone;
import io.fedemu.protocol.ews.types.SerializableTimeZoneTime;
import io.fedemu.protocol.ews.types.WorkingHours;
import io.fedemu.protocol.ews.types.WorkingPeriod;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.Marshaller;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** Pins the wire shape of PROTOCOL.md section 2: namespaces and strict child order, as the EWS Java API reads them. */
class GetUserAvailabilityMarshallingTest {
    private static final String M = "http://schemas.microsoft.com/exchange/services/2006/messages";
    private static final String T = "http://schemas.microsoft.com/exchange/services/2006/types";

    private static JAXBContext context;
    private static DatatypeFactory datatypes;

    @BeforeAll
    static void contexts() throws Exception {
        context = JAXBContext.newInstance(
                io.fedemu.protocol.ews.messages.ObjectFactory.class, io.fedemu.protocol.ews.types.ObjectFactory.class);
        datatypes = DatatypeFactory.newInstance();
    }

    @Test
    void requestKeepsOrderAndPutsMailboxDataArrayInMessagesNamespace() throws Exception {
        Element root = marshal(
                new io.fedemu.protocol.ews.messages.ObjectFactory().createGetUserAvailabilityRequest(request()));

        assertThat(qname(root)).isEqualTo(M + " GetUserAvailabilityRequest");
        assertThat(children(root))
                .containsExactly(T + " TimeZone", M + " MailboxDataArray", T + " FreeBusyViewOptions");
        assertThat(children(child(root, 0))).containsExactly(T + " Bias", T + " StandardTime", T + " DaylightTime");
        assertThat(children(child(child(root, 0), 1)))
                .containsExactly(T + " Bias", T + " Time", T + " DayOrder", T + " Month", T + " DayOfWeek");
        Element mailboxData = child(child(root, 1), 0);
        assertThat(qname(mailboxData)).isEqualTo(T + " MailboxData");
        assertThat(children(mailboxData)).containsExactly(T + " Email", T + " AttendeeType");
        assertThat(children(child(mailboxData, 0))).containsExactly(T + " Address");
        assertThat(children(child(root, 2)))
                .containsExactly(T + " TimeWindow", T + " MergedFreeBusyIntervalInMinutes", T + " RequestedView");
        assertThat(child(child(root, 2), 2).getTextContent()).isEqualTo("DetailedMerged");
    }

    @Test
    void responseKeepsStrictOrderAndPutsFreeBusyViewInMessagesNamespace() throws Exception {
        Element root = marshal(
                new io.fedemu.protocol.ews.messages.ObjectFactory().createGetUserAvailabilityResponse(response()));

        assertThat(qname(root)).isEqualTo(M + " GetUserAvailabilityResponse");
        Element freeBusyResponse = child(child(root, 0), 0);
        assertThat(qname(freeBusyResponse)).isEqualTo(M + " FreeBusyResponse");
        assertThat(children(freeBusyResponse)).containsExactly(M + " ResponseMessage", M + " FreeBusyView");

        Element message = child(freeBusyResponse, 0);
        assertThat(message.getAttribute("ResponseClass")).isEqualTo("Success");
        assertThat(children(message)).containsExactly(M + " ResponseCode", M + " DescriptiveLinkKey");
        assertThat(child(message, 0).getTextContent()).isEqualTo("NoError");

        Element view = child(freeBusyResponse, 1);
        assertThat(children(view))
                .containsExactly(
                        T + " FreeBusyViewType", T + " MergedFreeBusy", T + " CalendarEventArray", T + " WorkingHours");
        assertThat(child(view, 1).getTextContent()).isEqualTo("3220");

        Element event = child(child(view, 2), 0);
        assertThat(children(event))
                .containsExactly(T + " StartTime", T + " EndTime", T + " BusyType", T + " CalendarEventDetails");
        assertThat(child(event, 0).getTextContent()).isEqualTo("2026-11-27T09:00:00");
        assertThat(children(child(event, 3)))
                .containsExactly(
                        T + " Subject",
                        T + " Location",
                        T + " IsMeeting",
                        T + " IsRecurring",
                        T + " IsException",
                        T + " IsReminderSet",
                        T + " IsPrivate");

        Element workingHours = child(view, 3);
        assertThat(children(workingHours)).containsExactly(T + " TimeZone", T + " WorkingPeriodArray");
        Element period = child(child(workingHours, 1), 0);
        assertThat(children(period))
                .containsExactly(T + " DayOfWeek", T + " StartTimeInMinutes", T + " EndTimeInMinutes");
        assertThat(child(period, 0).getTextContent()).isEqualTo("Monday Tuesday Wednesday Thursday Friday");
    }

    @Test
    void responseCodesAreExactlyTheAvailabilityNames() {
        // PROTOCOL.md 6 plus NoError, and the codes of sections 12 to 16: an unknown code crashes the EWS Java API, so
        // nothing else may exist.
        assertThat(java.util.Arrays.stream(ResponseCodeType.values()).map(ResponseCodeType::value))
                .containsExactly(
                        "NoError",
                        "ErrorMailRecipientNotFound",
                        "ErrorNoFreeBusyAccess",
                        "ErrorInvalidOrganizationRelationshipForFreeBusy",
                        "ErrorOrganizationNotFederated",
                        "ErrorProxyRequestProcessingFailed",
                        "ErrorProxyRequestNotAllowed",
                        "ErrorAutoDiscoverFailed",
                        "ErrorServiceDiscoveryFailed",
                        "ErrorAddressSpaceNotFound",
                        "ErrorAvailabilityConfigNotFound",
                        "ErrorTimeIntervalTooBig",
                        "ErrorInvalidTimeInterval",
                        "ErrorInvalidMergedFreeBusyInterval",
                        "ErrorInvalidFreeBusyViewType",
                        "ErrorIndividualMailboxLimitReached",
                        "ErrorResultSetTooBig",
                        "ErrorFreeBusyGenerationFailed",
                        "ErrorTimeoutExpired",
                        "ErrorInvalidSmtpAddress",
                        "ErrorMissingArgument",
                        "ErrorRequestStreamTooBig",
                        "ErrorSchemaValidation",
                        "ErrorInvalidClientSecurityContext",
                        "ErrorNoCalendar",
                        "ErrorMailboxStoreUnavailable",
                        "ErrorMeetingSuggestionGenerationFailed",
                        "ErrorFreeBusyDLLimitReached",
                        "ErrorTimeZone",
                        "ErrorMailTipsDisabled",
                        "ErrorAccessDenied",
                        "ErrorNonExistentMailbox",
                        "ErrorInvalidScheduledOofDuration",
                        "ErrorInvalidRequest",
                        "ErrorIncorrectSchemaVersion",
                        "ErrorNameResolutionNoResults",
                        "ErrorNameResolutionMultipleResults",
                        "ErrorInvalidIdEmpty",
                        "ErrorInvalidIdMalformed",
                        "ErrorInvalidIdMalformedEwsLegacyIdFormat",
                        "ErrorItemNotFound",
                        "ErrorFolderNotFound",
                        "ErrorCalendarFolderIsInvalidForCalendarView",
                        "ErrorCalendarEndDateIsEarlierThanStartDate",
                        "ErrorCalendarViewRangeTooBig",
                        "ErrorCalendarOccurrenceIndexIsOutOfRecurrenceRange",
                        // issue 15: message tracking (PROTOCOL.md section 19)
                        "ErrorInvalidArgument",
                        "ErrorMessageTrackingNoSuchDomain",
                        "ErrorMessageTrackingPermanentError");
    }

    @Test
    void requestAsTheEwsJavaApiSendsItParsesWithAnyPrefixesAndDateOnlyMidnights() throws Exception {
        // Prefixes differ from ours on purpose (PROTOCOL.md 1); TimeWindow carries no offset (PROTOCOL.md 2).
        String xml = """
                <q:GetUserAvailabilityRequest xmlns:q="http://schemas.microsoft.com/exchange/services/2006/messages"
                    xmlns:x="http://schemas.microsoft.com/exchange/services/2006/types">
                  <x:TimeZone><x:Bias>-60</x:Bias>
                    <x:StandardTime><x:Bias>0</x:Bias><x:Time>03:00:00</x:Time><x:DayOrder>5</x:DayOrder><x:Month>10</x:Month><x:DayOfWeek>Sunday</x:DayOfWeek></x:StandardTime>
                    <x:DaylightTime><x:Bias>-60</x:Bias><x:Time>02:00:00</x:Time><x:DayOrder>5</x:DayOrder><x:Month>3</x:Month><x:DayOfWeek>Sunday</x:DayOfWeek></x:DaylightTime>
                  </x:TimeZone>
                  <q:MailboxDataArray><x:MailboxData><x:Email><x:Address>bob@contoso.com</x:Address></x:Email>
                    <x:AttendeeType>Required</x:AttendeeType><x:ExcludeConflicts>false</x:ExcludeConflicts></x:MailboxData></q:MailboxDataArray>
                  <x:FreeBusyViewOptions><x:TimeWindow><x:StartTime>2026-11-27T00:00:00</x:StartTime><x:EndTime>2026-11-28T00:00:00</x:EndTime></x:TimeWindow>
                    <x:MergedFreeBusyIntervalInMinutes>30</x:MergedFreeBusyIntervalInMinutes><x:RequestedView>FreeBusy</x:RequestedView></x:FreeBusyViewOptions>
                </q:GetUserAvailabilityRequest>""";

        GetUserAvailabilityRequestType request = context.createUnmarshaller()
                .unmarshal(
                        new javax.xml.transform.stream.StreamSource(new StringReader(xml)),
                        GetUserAvailabilityRequestType.class)
                .getValue();

        assertThat(request.getTimeZone().getStandardTime().getDayOrder()).isEqualTo((short) 5);
        assertThat(request.getMailboxDataArray().getMailboxData())
                .singleElement()
                .satisfies(m -> assertThat(m.getEmail().getAddress()).isEqualTo("bob@contoso.com"));
        var start = request.getFreeBusyViewOptions().getTimeWindow().getStartTime();
        assertThat(start.getTimezone()).isEqualTo(javax.xml.datatype.DatatypeConstants.FIELD_UNDEFINED);
        assertThat(start.toXMLFormat()).isEqualTo("2026-11-27T00:00:00");
        assertThat(request.getFreeBusyViewOptions().getRequestedView()).isEqualTo(FreeBusyViewType.FREE_BUSY);
    }

    private static GetUserAvailabilityRequestType request() {
        SerializableTimeZone zone = new SerializableTimeZone();
        zone.setBias(480);
        zone.setStandardTime(transition(0, "02:00:00", 1, 11));
        zone.setDaylightTime(transition(-60, "02:00:00", 2, 3));

        EmailAddress email = new EmailAddress();
        email.setAddress("bob@contoso.com");
        MailboxData mailbox = new MailboxData();
        mailbox.setEmail(email);
        mailbox.setAttendeeType(MeetingAttendeeType.REQUIRED);
        ArrayOfMailboxData mailboxes = new ArrayOfMailboxData();
        mailboxes.getMailboxData().add(mailbox);

        Duration window = new Duration();
        window.setStartTime(datatypes.newXMLGregorianCalendar("2026-11-27T00:00:00"));
        window.setEndTime(datatypes.newXMLGregorianCalendar("2026-11-28T00:00:00"));
        FreeBusyViewOptionsType options = new FreeBusyViewOptionsType();
        options.setTimeWindow(window);
        options.setMergedFreeBusyIntervalInMinutes(60);
        options.setRequestedView(FreeBusyViewType.DETAILED_MERGED);

        GetUserAvailabilityRequestType request = new GetUserAvailabilityRequestType();
        request.setTimeZone(zone);
        request.setMailboxDataArray(mailboxes);
        request.setFreeBusyViewOptions(options);
        return request;
    }

    private static SerializableTimeZoneTime transition(int bias, String time, int dayOrder, int month) {
        SerializableTimeZoneTime t = new SerializableTimeZoneTime();
        t.setBias(bias);
        t.setTime(time);
        t.setDayOrder((short) dayOrder);
        t.setMonth((short) month);
        t.setDayOfWeek(DayOfWeekType.SUNDAY);
        return t;
    }

    private static GetUserAvailabilityResponseType response() {
        ResponseMessageType message = new ResponseMessageType();
        message.setResponseClass(ResponseClassType.SUCCESS);
        message.setResponseCode(ResponseCodeType.NO_ERROR);
        message.setDescriptiveLinkKey(0);

        CalendarEventDetails details = new CalendarEventDetails();
        details.setSubject("Review");
        details.setLocation("Room 1");
        details.setIsMeeting(true);
        CalendarEvent event = new CalendarEvent();
        event.setStartTime(datatypes.newXMLGregorianCalendar("2026-11-27T09:00:00"));
        event.setEndTime(datatypes.newXMLGregorianCalendar("2026-11-27T10:30:00"));
        event.setBusyType(LegacyFreeBusyType.BUSY);
        event.setCalendarEventDetails(details);
        ArrayOfCalendarEvent events = new ArrayOfCalendarEvent();
        events.getCalendarEvent().add(event);

        WorkingPeriod period = new WorkingPeriod();
        period.getDayOfWeek()
                .addAll(List.of(
                        DayOfWeekType.MONDAY,
                        DayOfWeekType.TUESDAY,
                        DayOfWeekType.WEDNESDAY,
                        DayOfWeekType.THURSDAY,
                        DayOfWeekType.FRIDAY));
        period.setStartTimeInMinutes(480);
        period.setEndTimeInMinutes(1020);
        ArrayOfWorkingPeriod periods = new ArrayOfWorkingPeriod();
        periods.getWorkingPeriod().add(period);
        WorkingHours hours = new WorkingHours();
        hours.setTimeZone(request().getTimeZone());
        hours.setWorkingPeriodArray(periods);

        FreeBusyView view = new FreeBusyView();
        view.setFreeBusyViewType(FreeBusyViewType.DETAILED_MERGED);
        view.setMergedFreeBusy("3220");
        view.setCalendarEventArray(events);
        view.setWorkingHours(hours);

        FreeBusyResponseType one = new FreeBusyResponseType();
        one.setResponseMessage(message);
        one.setFreeBusyView(view);
        ArrayOfFreeBusyResponse array = new ArrayOfFreeBusyResponse();
        array.getFreeBusyResponse().add(one);
        GetUserAvailabilityResponseType response = new GetUserAvailabilityResponseType();
        response.setFreeBusyResponseArray(array);
        return response;
    }

    private static Element marshal(JAXBElement<?> element) throws Exception {
        Marshaller marshaller = context.createMarshaller();
        StringWriter xml = new StringWriter();
        marshaller.marshal(element, xml);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml.toString())))
                .getDocumentElement();
    }

    private static List<String> children(Element parent) {
        List<String> names = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(qname(e));
            }
        }
        return names;
    }

    private static Element child(Element parent, int index) {
        int i = 0;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && i++ == index) {
                return e;
            }
        }
        throw new AssertionError("no child " + index + " under " + qname(parent));
    }

    private static String qname(Element e) {
        return e.getNamespaceURI() + " " + e.getLocalName();
    }
}
