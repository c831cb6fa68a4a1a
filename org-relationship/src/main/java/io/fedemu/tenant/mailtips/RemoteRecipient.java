package io.fedemu.tenant.mailtips;

import java.util.Locale;

/**
 * A recipient whose MailTips another organization holds.
 *
 * @param index  its position in the request
 * @param asked  the address as the sender wrote it
 * @param target where its mailbox is: the address itself, or a remote mailbox's targetAddress
 */
public record RemoteRecipient(int index, String asked, String target) {
    /** The domain that selects the organization relationship. */
    public String domain() {
        return target.substring(target.lastIndexOf('@') + 1).trim().toLowerCase(Locale.ROOT);
    }
}
