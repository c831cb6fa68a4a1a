package io.fedemu.client.verify;

import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType;
import io.fedemu.protocol.ews.messages.ResponseMessageType;
import io.fedemu.protocol.ews.types.ArrayOfMailboxData;
import io.fedemu.protocol.ews.types.Duration;
import io.fedemu.protocol.ews.types.EmailAddress;
import io.fedemu.protocol.ews.types.FreeBusyViewOptionsType;
import io.fedemu.protocol.ews.types.FreeBusyViewType;
import io.fedemu.protocol.ews.types.MailboxData;
import io.fedemu.protocol.ews.types.MeetingAttendeeType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

/** GetUserAvailability for one target as the requesting user, reduced to what the trace shows. */
final class AnswerProbe {
    /** fedemu names the failed check in the message text as an upper-case name, e.g. TOKEN_EXPIRED. */
    private static final Pattern REASON = Pattern.compile("\\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\\b");

    /** The per-mailbox answer: ResponseCode, message text, and the named reason found in the text. */
    record Answer(String responseCode, String message, String reason) {
        boolean ok() {
            return "NoError".equals(responseCode);
        }
    }

    private AnswerProbe() {
    }

    static Answer ask(AvailabilityClient client, String user, String password, String target, Instant now) {
        GetUserAvailabilityRequestType request = new GetUserAvailabilityRequestType();
        ArrayOfMailboxData mailboxes = new ArrayOfMailboxData();
        MailboxData data = new MailboxData();
        EmailAddress address = new EmailAddress();
        address.setAddress(target);
        data.setEmail(address);
        data.setAttendeeType(MeetingAttendeeType.REQUIRED);
        mailboxes.getMailboxData().add(data);
        request.setMailboxDataArray(mailboxes);
        FreeBusyViewOptionsType options = new FreeBusyViewOptionsType();
        Duration window = new Duration();
        Instant start = now.truncatedTo(ChronoUnit.DAYS);
        window.setStartTime(xml(start));
        window.setEndTime(xml(start.plus(1, ChronoUnit.DAYS)));
        options.setTimeWindow(window);
        options.setRequestedView(FreeBusyViewType.FREE_BUSY);
        request.setFreeBusyViewOptions(options);
        AvailabilityClient.Reply reply = client.getUserAvailability(request, null,
                new EwsCredentials.Basic(user, password), "verify-" + UUID.randomUUID());
        FreeBusyResponseType answer = reply.response().getFreeBusyResponseArray().getFreeBusyResponse().get(0);
        ResponseMessageType message = answer.getResponseMessage();
        String code = message == null || message.getResponseCode() == null ? "NoError"
                : message.getResponseCode().value();
        String text = message == null || message.getMessageText() == null ? "" : message.getMessageText();
        return new Answer(code, text, reason(text));
    }

    static String reason(String text) {
        Matcher matcher = REASON.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static javax.xml.datatype.XMLGregorianCalendar xml(Instant instant) {
        try {
            return DatatypeFactory.newInstance().newXMLGregorianCalendar(instant.toString());
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
