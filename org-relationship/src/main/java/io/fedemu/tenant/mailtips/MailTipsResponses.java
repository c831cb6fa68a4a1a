package io.fedemu.tenant.mailtips;

import io.fedemu.protocol.ews.messages.MailTipsResponseMessageType;
import io.fedemu.protocol.ews.messages.ResponseCodeType;
import io.fedemu.protocol.ews.types.EmailAddressType;
import io.fedemu.protocol.ews.types.MailTips;
import io.fedemu.protocol.ews.types.ResponseClassType;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.ews.ResponseMessages;

/**
 * Writes one recipient's answer of GetMailTips: a MailTipsResponseMessageType with, in the schema's order,
 * ResponseCode, then MailTips; a failure with the reason in MessageXml, as free/busy answers carry it
 * (PROTOCOL.md sections 10 and 15).
 */
public final class MailTipsResponses {
    private MailTipsResponses() {}

    public static MailTipsResponseMessageType success(MailTips tips) {
        MailTipsResponseMessageType message = new MailTipsResponseMessageType();
        message.setResponseClass(ResponseClassType.SUCCESS);
        message.setResponseCode(ResponseCodeType.NO_ERROR);
        message.setMailTips(tips);
        return message;
    }

    /** One recipient that could not be answered: ResponseClass Error, the reason's code, no MailTips. */
    public static MailTipsResponseMessageType error(Reason reason, String text) {
        return ResponseMessages.failed(new MailTipsResponseMessageType(), reason, text);
    }

    /** RecipientAddress and an empty PendingMailTips: what every answer starts with; the tips follow. */
    public static MailTips of(String address, String displayName) {
        MailTips tips = new MailTips();
        tips.setRecipientAddress(address(address, displayName));
        // Everything is evaluated before answering, so nothing is pending; the element is required all the same.
        tips.getPendingMailTips();
        return tips;
    }

    /** An SMTP address as EWS writes a resolved one: Name (possibly empty), EmailAddress, RoutingType SMTP. */
    public static EmailAddressType address(String address, String displayName) {
        EmailAddressType email = new EmailAddressType();
        email.setName(displayName == null ? "" : displayName);
        email.setEmailAddress(address);
        email.setRoutingType("SMTP");
        return email;
    }
}
