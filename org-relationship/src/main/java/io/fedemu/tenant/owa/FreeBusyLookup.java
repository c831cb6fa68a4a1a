package io.fedemu.tenant.owa;

import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.client.availability.FreeBusyRequest;
import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.ews.messages.ResponseMessageType;
import io.fedemu.protocol.ews.types.CalendarEvent;
import io.fedemu.protocol.ews.types.FreeBusyViewType;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.ReasonXml;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The scheduling page's free/busy: a real GetUserAvailability to the organization's own EWS URL as the signed-in
 * user (HTTP Basic), the same path the command line's get-availability takes, so colleagues in the cloud and
 * partners are answered across the federation with the same ResponseCodes and reasons.
 */
final class FreeBusyLookup {
    /** One attendee's row: the EWS ResponseCode, the fedemu reason when it failed, the busy times. */
    record Row(String attendee, String responseCode, String reason, String sentence, String message, List<Slot> slots) {
        public boolean ok() {
            return "NoError".equals(responseCode);
        }
    }

    /** One busy period as the requester's zone shows it; subject and location only when the access level tells. */
    record Slot(String start, String end, String busyType, String subject, String location) {}

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Supplier<AvailabilityClient> client;

    FreeBusyLookup(Supplier<AvailabilityClient> client) {
        this.client = client;
    }

    List<Row> ask(String user, String password, List<String> attendees, LocalDate day, ZoneId zone) {
        var window = FreeBusyRequest.day(day, attendees.toArray(String[]::new))
                .window(
                        day.atStartOfDay(zone).toInstant(),
                        day.plusDays(1).atStartOfDay(zone).toInstant())
                .view(FreeBusyViewType.DETAILED);
        AvailabilityClient.Reply reply = client.get()
                .getUserAvailability(
                        window.wire(),
                        null,
                        new EwsCredentials.Basic(user, password),
                        io.fedemu.tenant.owa.OwaSessions.randomToken().substring(0, 16));
        List<FreeBusyResponseType> answers =
                reply.response().getFreeBusyResponseArray().getFreeBusyResponse();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < answers.size() && i < attendees.size(); i++) {
            rows.add(row(attendees.get(i), answers.get(i), zone));
        }
        return rows;
    }

    private static Row row(String attendee, FreeBusyResponseType answer, ZoneId zone) {
        ResponseMessageType message = answer.getResponseMessage();
        String code = message == null || message.getResponseCode() == null
                ? "NoError"
                : message.getResponseCode().value();
        Reason reason = message == null ? null : ReasonXml.read(message).orElse(null);
        List<Slot> slots = new ArrayList<>();
        var view = answer.getFreeBusyView();
        if (view != null && view.getCalendarEventArray() != null) {
            for (CalendarEvent event : view.getCalendarEventArray().getCalendarEvent()) {
                var details = event.getCalendarEventDetails();
                slots.add(new Slot(
                        local(event.getStartTime(), zone),
                        local(event.getEndTime(), zone),
                        event.getBusyType() == null ? "" : event.getBusyType().value(),
                        details == null ? null : details.getSubject(),
                        details == null ? null : details.getLocation()));
            }
        }
        return new Row(
                attendee,
                code,
                reason == null ? null : reason.name(),
                reason == null ? null : reason.sentence(),
                message == null ? null : message.getMessageText(),
                slots);
    }

    /** EWS answers local times of the request's zone (none given: UTC) without an offset. */
    private static String local(javax.xml.datatype.XMLGregorianCalendar time, ZoneId zone) {
        if (time == null) {
            return "";
        }
        var calendar = time.toGregorianCalendar(
                time.getTimezone() == javax.xml.datatype.DatatypeConstants.FIELD_UNDEFINED
                        ? java.util.TimeZone.getTimeZone("UTC")
                        : null,
                null,
                null);
        return calendar.toZonedDateTime().withZoneSameInstant(zone).format(TIME);
    }
}
