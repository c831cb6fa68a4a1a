package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.GetMailTipsResponseMessageType;
import io.fedemu.protocol.ews.messages.GetMailTipsType;
import io.fedemu.protocol.ews.messages.GetUserOofSettingsRequest;
import io.fedemu.protocol.ews.messages.GetUserOofSettingsResponse;
import io.fedemu.protocol.ews.messages.SetUserOofSettingsRequest;
import io.fedemu.protocol.ews.messages.SetUserOofSettingsResponse;
import io.fedemu.protocol.reason.Reason;

/**
 * The EWS operations beside GetUserAvailability that a Client Access server answers from the organization's
 * directory and mailbox settings: GetMailTips and the user's own automatic replies (PROTOCOL.md section 15).
 */
public interface MailTipsOperations {
    GetMailTipsResponseMessageType getMailTips(GetMailTipsType request, EwsCaller caller);

    GetUserOofSettingsResponse getUserOofSettings(GetUserOofSettingsRequest request, EwsCaller caller);

    SetUserOofSettingsResponse setUserOofSettings(SetUserOofSettingsRequest request, EwsCaller caller);

    /**
     * A server that does not answer them: an Exchange 2007 server's schema has no GetMailTips, and fedemu's 2007
     * servers and Mailbox back ends leave the automatic replies to the 2013 Client Access servers. The request is
     * refused as the schema refuses an element it has no place for.
     */
    MailTipsOperations NOT_HERE = new MailTipsOperations() {
        @Override
        public GetMailTipsResponseMessageType getMailTips(GetMailTipsType request, EwsCaller caller) {
            throw notHere("GetMailTips");
        }

        @Override
        public GetUserOofSettingsResponse getUserOofSettings(GetUserOofSettingsRequest request, EwsCaller caller) {
            throw notHere("GetUserOofSettingsRequest");
        }

        @Override
        public SetUserOofSettingsResponse setUserOofSettings(SetUserOofSettingsRequest request, EwsCaller caller) {
            throw notHere("SetUserOofSettingsRequest");
        }

        private RuntimeException notHere(String element) {
            return EwsFault.of(
                    Reason.SCHEMA_VALIDATION_FAILED,
                    "The request failed schema validation: The element '" + element + "' in namespace '"
                            + EwsFault.MESSAGES + "' is not expected by this server.");
        }
    };
}
