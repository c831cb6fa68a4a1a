package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.ResponseCodeType;
import io.fedemu.protocol.ews.messages.ResponseMessageType;
import io.fedemu.protocol.ews.types.ResponseClassType;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.ReasonXml;

/**
 * One EWS ResponseMessage that failed, of whichever operation: ResponseClass Error, the text, the reason's
 * ResponseCode, DescriptiveLinkKey 0 and the reason itself in MessageXml (PROTOCOL.md sections 2 and 10).
 */
public final class ResponseMessages {
    private ResponseMessages() {}

    public static <T extends ResponseMessageType> T failed(T message, Reason reason, String text) {
        message.setResponseClass(ResponseClassType.ERROR);
        message.setMessageText(text);
        message.setResponseCode(ResponseCodeType.fromValue(reason.mailboxResponseCode()));
        message.setDescriptiveLinkKey(0);
        ReasonXml.write(message, reason);
        return message;
    }
}
