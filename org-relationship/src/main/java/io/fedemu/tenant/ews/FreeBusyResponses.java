package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.ews.messages.ResponseCodeType;
import io.fedemu.protocol.ews.messages.ResponseMessageType;
import io.fedemu.protocol.ews.types.ArrayOfCalendarEvent;
import io.fedemu.protocol.ews.types.ArrayOfWorkingPeriod;
import io.fedemu.protocol.ews.types.CalendarEventDetails;
import io.fedemu.protocol.ews.types.DayOfWeekType;
import io.fedemu.protocol.ews.types.LegacyFreeBusyType;
import io.fedemu.protocol.ews.types.ResponseClassType;
import io.fedemu.protocol.ews.types.SerializableTimeZoneTime;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.availability.FreeBusyEvent;
import io.fedemu.tenant.availability.FreeBusyView;
import io.fedemu.tenant.availability.SerializableTimeZone;
import io.fedemu.tenant.directory.WorkingHours;
import io.fedemu.tenant.directory.WorkingPeriod;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/** Writes engine results and per-mailbox errors as EWS FreeBusyResponse elements (PROTOCOL.md section 2). */
public final class FreeBusyResponses {
    private static final DatatypeFactory DATATYPES = datatypes();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private FreeBusyResponses() {}

    /**
     * @param windowStart the start of the requested window: WorkingHours describe the mailbox's zone by the rules of
     *     that year (PROTOCOL.md section 14), not of the year the server runs in
     */
    public static FreeBusyResponseType success(FreeBusyView view, java.time.Instant windowStart) {
        FreeBusyResponseType response = new FreeBusyResponseType();
        ResponseMessageType message = new ResponseMessageType();
        message.setResponseClass(ResponseClassType.SUCCESS);
        message.setResponseCode(ResponseCodeType.NO_ERROR);
        response.setResponseMessage(message);
        response.setFreeBusyView(wire(view, windowStart));
        return response;
    }

    /**
     * One mailbox's failure: ResponseClass Error with the reason's ResponseCode and the text, the reason itself
     * as structured data in MessageXml (docs/PROTOCOL.md section 10), and, as Exchange does, a FreeBusyView whose
     * FreeBusyViewType is None.
     */
    public static FreeBusyResponseType error(Reason reason, String text) {
        FreeBusyResponseType response = new FreeBusyResponseType();
        response.setResponseMessage(ResponseMessages.failed(new ResponseMessageType(), reason, text));
        io.fedemu.protocol.ews.types.FreeBusyView none = new io.fedemu.protocol.ews.types.FreeBusyView();
        none.setFreeBusyViewType(io.fedemu.protocol.ews.types.FreeBusyViewType.NONE);
        response.setFreeBusyView(none);
        return response;
    }

    /** An error ResponseMessage: the reason's ResponseCode, the text, the reason as data in MessageXml. */
    static ResponseMessageType errorMessage(Reason reason, String text) {
        return ResponseMessages.failed(new ResponseMessageType(), reason, text);
    }

    private static io.fedemu.protocol.ews.types.FreeBusyView wire(FreeBusyView view, java.time.Instant windowStart) {
        io.fedemu.protocol.ews.types.FreeBusyView wire = new io.fedemu.protocol.ews.types.FreeBusyView();
        wire.setFreeBusyViewType(io.fedemu.protocol.ews.types.FreeBusyViewType.valueOf(
                view.viewType().name()));
        view.mergedFreeBusy().ifPresent(wire::setMergedFreeBusy);
        if (view.viewType().hasCalendarEvents()) {
            ArrayOfCalendarEvent events = new ArrayOfCalendarEvent();
            view.calendarEvents().forEach(event -> events.getCalendarEvent().add(event(event)));
            wire.setCalendarEventArray(events);
        }
        view.workingHours().ifPresent(hours -> wire.setWorkingHours(workingHours(hours, windowStart)));
        return wire;
    }

    private static io.fedemu.protocol.ews.types.CalendarEvent event(FreeBusyEvent event) {
        io.fedemu.protocol.ews.types.CalendarEvent wire = new io.fedemu.protocol.ews.types.CalendarEvent();
        wire.setStartTime(local(event.start()));
        wire.setEndTime(local(event.end()));
        wire.setBusyType(LegacyFreeBusyType.valueOf(event.busyType().name()));
        event.details().ifPresent(details -> {
            CalendarEventDetails wireDetails = new CalendarEventDetails();
            details.id().ifPresent(wireDetails::setID);
            details.subject().ifPresent(wireDetails::setSubject);
            details.location().ifPresent(wireDetails::setLocation);
            wireDetails.setIsMeeting(details.isMeeting());
            wireDetails.setIsRecurring(details.isRecurring());
            wireDetails.setIsException(details.isException());
            wireDetails.setIsReminderSet(details.isReminderSet());
            wireDetails.setIsPrivate(details.isPrivate());
            wire.setCalendarEventDetails(wireDetails);
        });
        return wire;
    }

    /** Exchange 2013 and later write the requester's local time without an offset (PROTOCOL.md section 2). */
    private static XMLGregorianCalendar local(OffsetDateTime time) {
        return DATATYPES.newXMLGregorianCalendar(LOCAL.format(time));
    }

    private static io.fedemu.protocol.ews.types.WorkingHours workingHours(
            WorkingHours hours, java.time.Instant windowStart) {
        io.fedemu.protocol.ews.types.WorkingHours wire = new io.fedemu.protocol.ews.types.WorkingHours();
        wire.setTimeZone(timeZone(SerializableTimeZone.of(
                hours.zone(), Year.from(windowStart.atZone(hours.zone())).getValue())));
        ArrayOfWorkingPeriod periods = new ArrayOfWorkingPeriod();
        for (WorkingPeriod period : hours.periods()) {
            io.fedemu.protocol.ews.types.WorkingPeriod wirePeriod = new io.fedemu.protocol.ews.types.WorkingPeriod();
            period.days().stream().sorted().map(FreeBusyResponses::day).forEach(wirePeriod.getDayOfWeek()::add);
            wirePeriod.setStartTimeInMinutes(period.startMinutes());
            wirePeriod.setEndTimeInMinutes(period.endMinutes());
            periods.getWorkingPeriod().add(wirePeriod);
        }
        wire.setWorkingPeriodArray(periods);
        return wire;
    }

    private static io.fedemu.protocol.ews.types.SerializableTimeZone timeZone(SerializableTimeZone zone) {
        io.fedemu.protocol.ews.types.SerializableTimeZone wire =
                new io.fedemu.protocol.ews.types.SerializableTimeZone();
        wire.setBias(zone.bias());
        wire.setStandardTime(transition(zone.standardTime()));
        wire.setDaylightTime(transition(zone.daylightTime()));
        return wire;
    }

    private static SerializableTimeZoneTime transition(SerializableTimeZone.Transition transition) {
        SerializableTimeZoneTime wire = new SerializableTimeZoneTime();
        wire.setBias(transition.bias());
        wire.setTime(transition.time().format(DateTimeFormatter.ofPattern("HH:mm:ss")));
        wire.setDayOrder((short) transition.dayOrder());
        wire.setMonth((short) transition.month());
        wire.setDayOfWeek(day(transition.dayOfWeek()));
        return wire;
    }

    private static DayOfWeekType day(DayOfWeek day) {
        return DayOfWeekType.valueOf(day.name().toUpperCase(Locale.ROOT));
    }

    private static DatatypeFactory datatypes() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("the JDK has no XML datatype factory", e);
        }
    }

    /**
     * One mailbox's answer as a client before Exchange 2013 (or the 2007 schema) can read it: BusyType
     * WorkingElsewhere, which came with Exchange 2013, is Free, as fedemu's merged string already counts it. For
     * answers made elsewhere (a partner, a 2013 back end) and relayed to such a client.
     */
    public static void withoutWorkingElsewhere(FreeBusyResponseType response) {
        if (response == null
                || response.getFreeBusyView() == null
                || response.getFreeBusyView().getCalendarEventArray() == null) {
            return;
        }
        for (io.fedemu.protocol.ews.types.CalendarEvent event :
                response.getFreeBusyView().getCalendarEventArray().getCalendarEvent()) {
            if (event.getBusyType() == io.fedemu.protocol.ews.types.LegacyFreeBusyType.WORKING_ELSEWHERE) {
                event.setBusyType(io.fedemu.protocol.ews.types.LegacyFreeBusyType.FREE);
            }
        }
    }
}
