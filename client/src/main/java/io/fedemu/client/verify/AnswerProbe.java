package io.fedemu.client.verify;

import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.client.availability.FreeBusyRequest;
import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType;
import io.fedemu.protocol.ews.messages.ResponseMessageType;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.ReasonXml;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** GetUserAvailability for one target as the requesting user, reduced to what the trace shows. */
final class AnswerProbe {
    /** The per-mailbox answer: ResponseCode, message text, and the reason its MessageXml carries. */
    record Answer(String responseCode, String message, Reason reason) {
        boolean ok() {
            return "NoError".equals(responseCode);
        }
    }

    private AnswerProbe() {}

    static Answer ask(
            AvailabilityClient client, String user, String password, String target, Instant now, String requestId) {
        GetUserAvailabilityRequestType request = FreeBusyRequest.day(LocalDate.ofInstant(now, ZoneOffset.UTC), target)
                .wire();
        AvailabilityClient.Reply reply =
                client.getUserAvailability(request, null, new EwsCredentials.Basic(user, password), requestId);
        FreeBusyResponseType answer = reply.response()
                .getFreeBusyResponseArray()
                .getFreeBusyResponse()
                .get(0);
        ResponseMessageType message = answer.getResponseMessage();
        String code = message == null || message.getResponseCode() == null
                ? "NoError"
                : message.getResponseCode().value();
        String text = message == null || message.getMessageText() == null ? "" : message.getMessageText();
        return new Answer(code, text, ReasonXml.read(message).orElse(null));
    }
}
