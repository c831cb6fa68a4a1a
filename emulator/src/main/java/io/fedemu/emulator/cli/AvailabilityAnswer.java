package io.fedemu.emulator.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.ews.types.CalendarEvent;
import io.fedemu.protocol.ews.types.FreeBusyView;
import io.fedemu.protocol.journal.JournalEntry;
import java.util.ArrayList;
import java.util.List;

/** What get-availability prints: one answer per mailbox asked for, and the journal of the request when traced. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AvailabilityAnswer(String requestId, List<MailboxAnswer> mailboxes, List<JournalEntry> trace) {

    /** One mailbox's FreeBusyResponse; {@code responseCode} is EWS's (NoError, ErrorProxyRequestNotAllowed...). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MailboxAnswer(
            String mailbox,
            String responseCode,
            String messageText,
            String freeBusyViewType,
            String mergedFreeBusy,
            List<Event> events) {
        boolean ok() {
            return "NoError".equals(responseCode);
        }
    }

    /** One calendar event; subject and location only when the access level reveals them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Event(String start, String end, String busyType, String subject, String location) {}

    boolean ok() {
        return mailboxes.stream().allMatch(MailboxAnswer::ok);
    }

    static MailboxAnswer of(String mailbox, FreeBusyResponseType response) {
        var message = response.getResponseMessage();
        String code = message == null || message.getResponseCode() == null
                ? "NoError"
                : message.getResponseCode().value();
        FreeBusyView view = response.getFreeBusyView();
        List<Event> events = new ArrayList<>();
        if (view != null && view.getCalendarEventArray() != null) {
            for (CalendarEvent event : view.getCalendarEventArray().getCalendarEvent()) {
                var details = event.getCalendarEventDetails();
                events.add(new Event(
                        String.valueOf(event.getStartTime()),
                        String.valueOf(event.getEndTime()),
                        event.getBusyType() == null ? null : event.getBusyType().value(),
                        details == null ? null : details.getSubject(),
                        details == null ? null : details.getLocation()));
            }
        }
        return new MailboxAnswer(
                mailbox,
                code,
                message == null ? null : message.getMessageText(),
                view == null || view.getFreeBusyViewType() == null
                        ? null
                        : view.getFreeBusyViewType().value(),
                view == null ? null : view.getMergedFreeBusy(),
                events);
    }
}
