package io.fedemu.tenant.ews.mailbox;

import io.fedemu.protocol.ews.messages.ArrayOfResponseMessagesType;
import io.fedemu.protocol.ews.messages.BaseResponseMessageType;
import io.fedemu.protocol.ews.messages.ResponseCodeType;
import io.fedemu.protocol.ews.messages.ResponseMessageType;
import io.fedemu.protocol.ews.types.ResponseClassType;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.ReasonXml;
import java.util.List;

/**
 * One ResponseMessage per thing asked (an item id, a name), each Success, Warning or Error on its own, in
 * ResponseMessages: how every operation of this package answers. An Error carries its reason in MessageXml, as a
 * free/busy answer's does (PROTOCOL.md section 10).
 */
final class ResponseMessages {
    private ResponseMessages() {}

    static <T extends ResponseMessageType> T success(T message) {
        message.setResponseClass(ResponseClassType.SUCCESS);
        message.setResponseCode(ResponseCodeType.NO_ERROR);
        return message;
    }

    static <T extends ResponseMessageType> T error(T message, Reason reason, String text) {
        return problem(message, ResponseClassType.ERROR, reason, text);
    }

    /**
     * A Warning: the answer is there, but not what was hoped for (several names match). Without MessageXml: Exchange
     * sends none in a Warning, and the EWS Java API, reading a Warning's MessageText, ResponseCode and
     * DescriptiveLinkKey only, fails on one; the ResponseCode names the reason alone.
     */
    static <T extends ResponseMessageType> T warning(T message, Reason reason, String text) {
        return problem(message, ResponseClassType.WARNING, reason, text);
    }

    private static <T extends ResponseMessageType> T problem(
            T message, ResponseClassType responseClass, Reason reason, String text) {
        message.setResponseClass(responseClass);
        message.setMessageText(text);
        message.setResponseCode(ResponseCodeType.fromValue(reason.mailboxResponseCode()));
        message.setDescriptiveLinkKey(0);
        if (responseClass == ResponseClassType.ERROR) {
            ReasonXml.write(message, reason);
        }
        return message;
    }

    /**
     * {@code response} with {@code messages}; each is written as the element of its type (GetItemResponseMessage,
     * ...), as the schema's choice names them.
     */
    @SafeVarargs
    static <R extends BaseResponseMessageType, M extends ResponseMessageType> R answer(R response, M... messages) {
        return answer(response, List.of(messages));
    }

    static <R extends BaseResponseMessageType, M extends ResponseMessageType> R answer(R response, List<M> messages) {
        ArrayOfResponseMessagesType array = new ArrayOfResponseMessagesType();
        array.getGetItemResponseMessageOrFindItemResponseMessageOrResolveNamesResponseMessage()
                .addAll(messages);
        response.setResponseMessages(array);
        return response;
    }
}
