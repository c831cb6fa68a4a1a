package io.fedemu.tenant.mailtips;

import io.fedemu.protocol.ews.messages.GetUserOofSettingsRequest;
import io.fedemu.protocol.ews.messages.GetUserOofSettingsResponse;
import io.fedemu.protocol.ews.messages.ResponseCodeType;
import io.fedemu.protocol.ews.messages.ResponseMessageType;
import io.fedemu.protocol.ews.messages.SetUserOofSettingsRequest;
import io.fedemu.protocol.ews.messages.SetUserOofSettingsResponse;
import io.fedemu.protocol.ews.types.EmailAddress;
import io.fedemu.protocol.ews.types.ExternalAudience;
import io.fedemu.protocol.ews.types.ResponseClassType;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.ews.EwsCaller;
import io.fedemu.tenant.ews.EwsFault;
import io.fedemu.tenant.ews.ResponseMessages;

/**
 * GetUserOofSettings and SetUserOofSettings: a user reads and sets the automatic replies of their own mailbox
 * (PROTOCOL.md section 15). Another user's mailbox is ErrorAccessDenied, an address no mailbox has
 * ErrorNonExistentMailbox, a Scheduled state without a proper window ErrorInvalidScheduledOofDuration; a refused
 * request changes nothing.
 */
public final class AutomaticRepliesService {
    private final Directory directory;
    private final OofSettingsStore store;

    public AutomaticRepliesService(Directory directory, OofSettingsStore store) {
        this.directory = directory;
        this.store = store;
    }

    public GetUserOofSettingsResponse get(GetUserOofSettingsRequest request, EwsCaller caller) {
        GetUserOofSettingsResponse response = new GetUserOofSettingsResponse();
        try {
            Mailbox mailbox = owned(request.getMailbox(), caller);
            response.setResponseMessage(success());
            response.setOofSettings(OofWire.toWire(store.get(mailbox.address())));
            // The organization lets automatic replies leave it (Set-Mailbox -ExternalOofOptions External).
            response.setAllowExternalOof(ExternalAudience.ALL);
        } catch (OofRules.OofRefusedException e) {
            response.setResponseMessage(error(e));
        }
        return response;
    }

    public SetUserOofSettingsResponse set(SetUserOofSettingsRequest request, EwsCaller caller) {
        SetUserOofSettingsResponse response = new SetUserOofSettingsResponse();
        try {
            Mailbox mailbox = owned(request.getMailbox(), caller);
            if (request.getUserOofSettings() == null) {
                throw EwsFault.of(Reason.MISSING_ARGUMENT, "The request names no UserOofSettings.");
            }
            OofSettings settings =
                    OofRules.check(OofWire.fromWire(request.getUserOofSettings()), Reason.OOF_DURATION_INVALID);
            store.set(mailbox.address(), settings);
            response.setResponseMessage(success());
        } catch (OofRules.OofRefusedException e) {
            response.setResponseMessage(error(e));
        }
        return response;
    }

    /** The mailbox named, if the caller owns it: only its owner reads or sets its automatic replies over EWS. */
    private Mailbox owned(EmailAddress named, EwsCaller caller) {
        if (named == null || named.getAddress() == null || named.getAddress().isBlank()) {
            throw EwsFault.of(Reason.MISSING_ARGUMENT, "The request names no Mailbox address.");
        }
        String address = named.getAddress().trim();
        if (!(directory.lookup(address) instanceof Mailbox mailbox)) {
            throw new OofRules.OofRefusedException(
                    Reason.OOF_MAILBOX_NOT_FOUND, "No mailbox of this organization has the address " + address + ".");
        }
        boolean own = !caller.isPartner()
                && mailbox.allAddresses().stream().anyMatch(a -> a.equalsIgnoreCase(caller.address()));
        if (!own) {
            throw new OofRules.OofRefusedException(
                    Reason.OOF_ACCESS_DENIED,
                    "Access is denied: " + caller.address() + " is not the owner of " + mailbox.address() + ".");
        }
        return mailbox;
    }

    private static ResponseMessageType success() {
        ResponseMessageType message = new ResponseMessageType();
        message.setResponseClass(ResponseClassType.SUCCESS);
        message.setResponseCode(ResponseCodeType.NO_ERROR);
        return message;
    }

    private static ResponseMessageType error(OofRules.OofRefusedException e) {
        return ResponseMessages.failed(new ResponseMessageType(), e.reason(), e.getMessage());
    }
}
