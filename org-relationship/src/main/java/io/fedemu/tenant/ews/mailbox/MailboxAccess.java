package io.fedemu.tenant.ews.mailbox;

import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.tenant.directory.Mailbox;
import java.util.UUID;

/**
 * Who may read which calendar folder: in fedemu, each user only their own (PROTOCOL.md section 16). A refusal is
 * journaled as an access decision, like free/busy's, under the request's id.
 */
final class MailboxAccess {
    private final String role;
    private final Journal journal;
    private final String requestId;

    MailboxAccess(String role, Journal journal, String requestId) {
        this.role = role;
        this.journal = journal;
        this.requestId = requestId;
    }

    /** Passes when {@code address} is one of {@code owner}'s addresses. */
    void requireOwn(Mailbox owner, String address) {
        if (owner.allAddresses().stream().noneMatch(a -> a.equalsIgnoreCase(address.trim()))) {
            throw refuse(owner, address);
        }
    }

    /** Passes when {@code store} is {@code owner}'s mailbox. */
    void requireOwn(Mailbox owner, UUID store) {
        if (!StoreObjectId.mailboxGuid(owner.address()).equals(store)) {
            throw refuse(owner, "mailbox " + store);
        }
    }

    private CalendarFolder.Refusal refuse(Mailbox owner, String other) {
        String message = owner.address() + " may read only their own calendar, not that of " + other + ".";
        journal.fail(
                role,
                requestId,
                JournalEntry.Step.ACCESS_DECISION,
                Reason.OTHER_MAILBOX_NOT_SERVED,
                owner.address(),
                other,
                message);
        return new CalendarFolder.Refusal(Reason.OTHER_MAILBOX_NOT_SERVED, message);
    }
}
