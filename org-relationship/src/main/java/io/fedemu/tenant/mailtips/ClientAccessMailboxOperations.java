package io.fedemu.tenant.mailtips;

import io.fedemu.protocol.ews.messages.GetMailTipsResponseMessageType;
import io.fedemu.protocol.ews.messages.GetMailTipsType;
import io.fedemu.protocol.ews.messages.GetUserOofSettingsRequest;
import io.fedemu.protocol.ews.messages.GetUserOofSettingsResponse;
import io.fedemu.protocol.ews.messages.SetUserOofSettingsRequest;
import io.fedemu.protocol.ews.messages.SetUserOofSettingsResponse;
import io.fedemu.tenant.ews.EwsCaller;
import io.fedemu.tenant.ews.MailTipsOperations;

/**
 * What an Exchange 2013 Client Access server answers besides free/busy: MailTips and automatic replies, from the
 * organization's directory and settings (fedemu choice: not proxied to the Mailbox server's back end).
 */
public record ClientAccessMailboxOperations(MailTipsService mailTips, AutomaticRepliesService automaticReplies)
        implements MailTipsOperations {

    @Override
    public GetMailTipsResponseMessageType getMailTips(GetMailTipsType request, EwsCaller caller) {
        return mailTips.getMailTips(request, caller);
    }

    @Override
    public GetUserOofSettingsResponse getUserOofSettings(GetUserOofSettingsRequest request, EwsCaller caller) {
        return automaticReplies.get(request, caller);
    }

    @Override
    public SetUserOofSettingsResponse setUserOofSettings(SetUserOofSettingsRequest request, EwsCaller caller) {
        return automaticReplies.set(request, caller);
    }
}
