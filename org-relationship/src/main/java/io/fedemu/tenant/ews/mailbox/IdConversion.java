package io.fedemu.tenant.ews.mailbox;

import io.fedemu.protocol.ews.messages.ConvertIdResponseMessageType;
import io.fedemu.protocol.ews.messages.ConvertIdResponseType;
import io.fedemu.protocol.ews.messages.ConvertIdType;
import io.fedemu.protocol.ews.types.AlternateIdBaseType;
import io.fedemu.protocol.ews.types.AlternateIdType;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.Mailbox;
import java.util.ArrayList;
import java.util.List;

/**
 * ConvertId: each source id, read in its Format, written in the DestinationFormat (AlternateIds has the formats). As
 * at Exchange, a conversion is of the id only: the item need not exist, and no change key is returned. The Mailbox
 * must be one of the organization's; fedemu has no public folders (PROTOCOL.md section 16).
 */
final class IdConversion {
    private final Directory directory;

    IdConversion(Directory directory) {
        this.directory = directory;
    }

    ConvertIdResponseType answer(ConvertIdType request) {
        List<ConvertIdResponseMessageType> messages = new ArrayList<>();
        for (AlternateIdBaseType source :
                request.getSourceIds().getAlternateIdOrAlternatePublicFolderIdOrAlternatePublicFolderItemId()) {
            ConvertIdResponseMessageType message = new ConvertIdResponseMessageType();
            try {
                message.setAlternateId(convert(source, request));
                ResponseMessages.success(message);
            } catch (CalendarFolder.Refusal refusal) {
                ResponseMessages.error(message, refusal.reason(), refusal.getMessage());
            }
            messages.add(message);
        }
        return ResponseMessages.answer(new ConvertIdResponseType(), messages);
    }

    private AlternateIdType convert(AlternateIdBaseType source, ConvertIdType request) {
        if (!(source instanceof AlternateIdType id)) {
            throw new CalendarFolder.Refusal(Reason.FOLDER_NOT_FOUND, "fedemu has no public folders.");
        }
        if (!(directory.lookup(id.getMailbox()) instanceof Mailbox mailbox)) {
            throw new CalendarFolder.Refusal(
                    Reason.CONVERT_ID_MAILBOX_UNKNOWN, id.getMailbox() + " is no mailbox of this organization.");
        }
        if (id.getId() == null || id.getId().isEmpty()) {
            throw new CalendarFolder.Refusal(Reason.ITEM_ID_EMPTY, "The Id attribute is empty.");
        }
        StoreObjectId read;
        try {
            read = AlternateIds.read(id.getId(), id.getFormat()).id();
        } catch (AlternateIds.MalformedIdException e) {
            throw new CalendarFolder.Refusal(Reason.ITEM_ID_MALFORMED, e.getMessage());
        }
        if (!read.mailbox().equals(StoreObjectId.mailboxGuid(mailbox.address()))) {
            throw new CalendarFolder.Refusal(
                    Reason.ITEM_ID_MALFORMED, "The id names another mailbox's store than " + id.getMailbox() + ".");
        }
        AlternateIdType converted = new AlternateIdType();
        converted.setFormat(request.getDestinationFormat());
        converted.setId(AlternateIds.write(read, request.getDestinationFormat(), mailbox.address()));
        converted.setMailbox(id.getMailbox());
        return converted;
    }
}
