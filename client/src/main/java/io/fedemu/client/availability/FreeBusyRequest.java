package io.fedemu.client.availability;

import io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType;
import io.fedemu.protocol.ews.types.ArrayOfMailboxData;
import io.fedemu.protocol.ews.types.Duration;
import io.fedemu.protocol.ews.types.EmailAddress;
import io.fedemu.protocol.ews.types.FreeBusyViewOptionsType;
import io.fedemu.protocol.ews.types.FreeBusyViewType;
import io.fedemu.protocol.ews.types.MailboxData;
import io.fedemu.protocol.ews.types.MeetingAttendeeType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * A GetUserAvailability request as Outlook's scheduling assistant sends it: required attendees, a UTC
 * window and a FreeBusyViewOptions. One builder for the CLI, the readiness check, the verifier and tests.
 *
 * <pre>{@code
 * var request = FreeBusyRequest.day(LocalDate.parse("2026-11-30"), "bob@contoso.com").view(FreeBusyViewType.DETAILED).wire();
 * }</pre>
 */
public record FreeBusyRequest(
        List<String> attendees, Instant start, Instant end, FreeBusyViewType view, Integer mergedIntervalMinutes) {

    public FreeBusyRequest {
        attendees = List.copyOf(attendees);
    }

    /** The whole UTC day {@code date}, FreeBusy view. */
    public static FreeBusyRequest day(LocalDate date, String... attendees) {
        Instant start = date.atStartOfDay().toInstant(ZoneOffset.UTC);
        return new FreeBusyRequest(
                List.of(attendees), start, start.plusSeconds(86_400), FreeBusyViewType.FREE_BUSY, null);
    }

    public FreeBusyRequest window(Instant from, Instant to) {
        return new FreeBusyRequest(attendees, from, to, view, mergedIntervalMinutes);
    }

    public FreeBusyRequest view(FreeBusyViewType value) {
        return new FreeBusyRequest(attendees, start, end, value, mergedIntervalMinutes);
    }

    public FreeBusyRequest mergedInterval(int minutes) {
        return new FreeBusyRequest(attendees, start, end, view, minutes);
    }

    /** The JAXB request the SOAP client sends. */
    public GetUserAvailabilityRequestType wire() {
        GetUserAvailabilityRequestType request = new GetUserAvailabilityRequestType();
        ArrayOfMailboxData mailboxes = new ArrayOfMailboxData();
        for (String attendee : attendees) {
            MailboxData mailbox = new MailboxData();
            EmailAddress email = new EmailAddress();
            email.setAddress(attendee);
            mailbox.setEmail(email);
            mailbox.setAttendeeType(MeetingAttendeeType.REQUIRED);
            mailboxes.getMailboxData().add(mailbox);
        }
        request.setMailboxDataArray(mailboxes);
        Duration window = new Duration();
        window.setStartTime(xml(start));
        window.setEndTime(xml(end));
        FreeBusyViewOptionsType options = new FreeBusyViewOptionsType();
        options.setTimeWindow(window);
        options.setRequestedView(view);
        if (mergedIntervalMinutes != null) {
            options.setMergedFreeBusyIntervalInMinutes(mergedIntervalMinutes);
        }
        request.setFreeBusyViewOptions(options);
        return request;
    }

    private static XMLGregorianCalendar xml(Instant instant) {
        try {
            return DatatypeFactory.newInstance().newXMLGregorianCalendar(instant.toString());
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("the JDK has no XML datatype factory", e);
        }
    }
}
