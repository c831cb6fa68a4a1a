package io.fedemu.emulator.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fedemu.protocol.ews.messages.MailTipsResponseMessageType;
import io.fedemu.protocol.ews.types.MailTips;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.ReasonXml;
import java.util.List;

/** What get-mailtips prints: one answer per recipient, and the journal of the request when traced. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MailTipsAnswer(String requestId, List<RecipientTips> recipients, List<JournalEntry> trace) {

    /**
     * One recipient's MailTipsResponseMessageType: its ResponseCode, and each tip the answer carried (absent: not
     * returned, as a partner's Limited level leaves out several). {@code outOfOffice} is the reply text ("" when
     * automatic replies are off).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RecipientTips(
            String recipient,
            String responseCode,
            String messageText,
            String reason,
            String outOfOffice,
            Boolean mailboxFull,
            String customMailTip,
            Integer totalMemberCount,
            Integer externalMemberCount,
            Integer maxMessageSize,
            Boolean deliveryRestricted,
            Boolean isModerated,
            Boolean invalidRecipient) {
        boolean ok() {
            return "NoError".equals(responseCode);
        }
    }

    boolean ok() {
        return recipients.stream().allMatch(RecipientTips::ok);
    }

    static RecipientTips of(String recipient, MailTipsResponseMessageType message) {
        MailTips tips = message.getMailTips() == null ? new MailTips() : message.getMailTips();
        return new RecipientTips(
                recipient,
                message.getResponseCode() == null
                        ? "NoError"
                        : message.getResponseCode().value(),
                message.getMessageText(),
                ReasonXml.read(message).map(Enum::name).orElse(null),
                tips.getOutOfOffice() == null || tips.getOutOfOffice().getReplyBody() == null
                        ? null
                        : String.valueOf(tips.getOutOfOffice().getReplyBody().getMessage()),
                tips.isMailboxFull(),
                tips.getCustomMailTip(),
                tips.getTotalMemberCount(),
                tips.getExternalMemberCount(),
                tips.getMaxMessageSize(),
                tips.isDeliveryRestricted(),
                tips.isIsModerated(),
                tips.isInvalidRecipient());
    }
}
