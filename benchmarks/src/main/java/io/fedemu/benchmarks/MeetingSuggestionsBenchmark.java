package io.fedemu.benchmarks;

import io.fedemu.protocol.ews.messages.ArrayOfFreeBusyResponse;
import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityResponseType;
import io.fedemu.protocol.ews.messages.ObjectFactory;
import io.fedemu.protocol.ews.types.ArrayOfMailboxData;
import io.fedemu.protocol.ews.types.Duration;
import io.fedemu.protocol.ews.types.EmailAddress;
import io.fedemu.protocol.ews.types.FreeBusyViewOptionsType;
import io.fedemu.protocol.ews.types.FreeBusyViewType;
import io.fedemu.protocol.ews.types.MailboxData;
import io.fedemu.protocol.ews.types.MeetingAttendeeType;
import io.fedemu.protocol.ews.types.SuggestionsViewOptionsType;
import io.fedemu.protocol.ews.types.TimeZoneContextType;
import io.fedemu.protocol.ews.types.TimeZoneDefinitionType;
import io.fedemu.tenant.availability.AccessLevel;
import io.fedemu.tenant.availability.FreeBusyEngine;
import io.fedemu.tenant.calendar.BusyType;
import io.fedemu.tenant.calendar.CalendarEvent;
import io.fedemu.tenant.directory.WorkingHours;
import io.fedemu.tenant.ews.AvailabilityRequest;
import io.fedemu.tenant.ews.FreeBusyResponses;
import io.fedemu.tenant.ews.MeetingSuggestionsAnswer;
import io.fedemu.tenant.ews.ReceivedAnswers;
import io.fedemu.tenant.ews.SuggestionsRequest;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.xml.datatype.DatatypeFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of meeting suggestions (issue 14, PROTOCOL.md section 12): the tenant's side of one GetUserAvailability for
 * 10 attendees over 5 working days, read off its JAXB request, computed and written to XML bytes, with
 * FreeBusyViewOptions (FreeBusy, 30 minutes) and SuggestionsViewOptions over the same window (the EWS clients'
 * defaults: 10 a day, 60 minutes, Fair or better). Each calendar has 30 meetings in working hours.
 *
 * <p>The baseline, in the same run, is the same request without SuggestionsViewOptions: the ratio is what
 * suggestions add to a request that asks for them, free/busy being reused (PROTOCOL.md section 12).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MeetingSuggestionsBenchmark {
    static final int ATTENDEES = 10;
    static final int DAYS = 5;
    static final int EVENTS_PER_ATTENDEE = 30;
    /** A Monday, in the requester's zone. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final FreeBusyEngine engine = new FreeBusyEngine();
    private final MeetingSuggestionsAnswer suggestions = new MeetingSuggestionsAnswer();
    private List<List<CalendarEvent>> calendars;
    private WorkingHours workingHours;
    private GetUserAvailabilityRequestType withSuggestions;
    private GetUserAvailabilityRequestType freeBusyOnly;
    private TimeZoneContextType zone;
    private JAXBContext jaxb;

    @Setup
    public void setUp() throws Exception {
        Random random = new Random(20261130L); // fixed seed: every run measures the same calendars
        calendars = new ArrayList<>(ATTENDEES);
        for (int a = 0; a < ATTENDEES; a++) {
            calendars.add(calendar(random, a));
        }
        workingHours = WorkingHours.standard(ZONE);
        zone = new TimeZoneContextType();
        TimeZoneDefinitionType definition = new TimeZoneDefinitionType();
        definition.setId("W. Europe Standard Time");
        zone.setTimeZoneDefinition(definition);
        freeBusyOnly = request(false);
        withSuggestions = request(true);
        jaxb = JAXBContext.newInstance(GetUserAvailabilityResponseType.class);
        // Fail at set-up, not in a measurement, if the request or the answer is not what it should be.
        if (freeBusyAndSuggestions().length <= freeBusy().length) {
            throw new IllegalStateException("suggestions added nothing to the answer");
        }
    }

    /** GetUserAvailability with FreeBusyViewOptions and SuggestionsViewOptions. */
    @Benchmark
    public byte[] freeBusyAndSuggestions() throws JAXBException {
        SuggestionsRequest asked = SuggestionsRequest.read(withSuggestions, null, zone, engine);
        AvailabilityRequest parsed = AvailabilityRequest.read(withSuggestions, null, zone);
        FreeBusyResponseType[] answers = answers(parsed);
        GetUserAvailabilityResponseType response = response(answers);
        response.setSuggestionsResponse(
                suggestions.answer(asked, parsed, () -> ReceivedAnswers.withoutGroups(answers)));
        return xml(response);
    }

    /** The baseline: the same request without SuggestionsViewOptions. */
    @Benchmark
    public byte[] freeBusy() throws JAXBException {
        AvailabilityRequest parsed = AvailabilityRequest.read(freeBusyOnly, null, zone);
        return xml(response(answers(parsed)));
    }

    private FreeBusyResponseType[] answers(AvailabilityRequest parsed) {
        FreeBusyResponseType[] answers = new FreeBusyResponseType[ATTENDEES];
        for (int a = 0; a < ATTENDEES; a++) {
            answers[a] = FreeBusyResponses.success(
                    engine.compute(calendars.get(a), workingHours, parsed.query(AccessLevel.AVAILABILITY_ONLY)),
                    parsed.start());
        }
        return answers;
    }

    private static GetUserAvailabilityResponseType response(FreeBusyResponseType[] answers) {
        ArrayOfFreeBusyResponse array = new ArrayOfFreeBusyResponse();
        array.getFreeBusyResponse().addAll(List.of(answers));
        GetUserAvailabilityResponseType response = new GetUserAvailabilityResponseType();
        response.setFreeBusyResponseArray(array);
        return response;
    }

    private byte[] xml(GetUserAvailabilityResponseType response) throws JAXBException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        Marshaller marshaller = jaxb.createMarshaller();
        marshaller.marshal(new ObjectFactory().createGetUserAvailabilityResponse(response), out);
        return out.toByteArray();
    }

    private static GetUserAvailabilityRequestType request(boolean suggestions) throws Exception {
        DatatypeFactory datatypes = DatatypeFactory.newInstance();
        Duration window = new Duration();
        window.setStartTime(datatypes.newXMLGregorianCalendar(MONDAY + "T00:00:00"));
        window.setEndTime(datatypes.newXMLGregorianCalendar(MONDAY.plusDays(DAYS) + "T00:00:00"));
        ArrayOfMailboxData mailboxes = new ArrayOfMailboxData();
        for (int a = 0; a < ATTENDEES; a++) {
            EmailAddress email = new EmailAddress();
            email.setAddress("attendee" + a + "@contoso.com");
            MailboxData data = new MailboxData();
            data.setEmail(email);
            data.setAttendeeType(a == 0 ? MeetingAttendeeType.ORGANIZER : MeetingAttendeeType.REQUIRED);
            mailboxes.getMailboxData().add(data);
        }
        FreeBusyViewOptionsType freeBusy = new FreeBusyViewOptionsType();
        freeBusy.setTimeWindow(window);
        freeBusy.setMergedFreeBusyIntervalInMinutes(30);
        freeBusy.setRequestedView(FreeBusyViewType.FREE_BUSY);
        GetUserAvailabilityRequestType request = new GetUserAvailabilityRequestType();
        request.setMailboxDataArray(mailboxes);
        request.setFreeBusyViewOptions(freeBusy);
        if (suggestions) {
            SuggestionsViewOptionsType options = new SuggestionsViewOptionsType();
            options.setGoodThreshold(25);
            options.setMaximumResultsByDay(10);
            options.setMaximumNonWorkHourResultsByDay(0);
            options.setMeetingDurationInMinutes(60);
            options.setMinimumSuggestionQuality(io.fedemu.protocol.ews.types.SuggestionQuality.FAIR);
            options.setDetailedSuggestionsWindow(window);
            request.setSuggestionsViewOptions(options);
        }
        return request;
    }

    /** 30 meetings of 30 to 120 minutes on the five days, starting 08:00 to 16:00 on the half hour; some tentative. */
    private static List<CalendarEvent> calendar(Random random, int attendee) {
        List<CalendarEvent> events = new ArrayList<>(EVENTS_PER_ATTENDEE);
        for (int i = 0; i < EVENTS_PER_ATTENDEE; i++) {
            ZonedDateTime start = MONDAY.plusDays(random.nextInt(DAYS))
                    .atTime(LocalTime.of(8, 0).plusMinutes(30L * random.nextInt(17)))
                    .atZone(ZONE);
            events.add(new CalendarEvent(
                    "attendee" + attendee + "-" + i,
                    start,
                    start.plusMinutes(30L * (1 + random.nextInt(4))),
                    false,
                    random.nextInt(5) == 0 ? BusyType.TENTATIVE : BusyType.BUSY,
                    "Meeting " + i,
                    "Room " + random.nextInt(20),
                    false,
                    true,
                    false,
                    null));
        }
        return events;
    }
}
