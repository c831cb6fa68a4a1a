package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.tenant.availability.AccessLevel;
import io.fedemu.tenant.directory.Mailbox;
import java.util.List;
import java.util.Map;

/**
 * Where the free/busy of this organization's own mailboxes is computed once the caller is authenticated and its
 * access decided: in this process (an organization of one server) or, on a Client Access server, at the Mailbox
 * server holding the active copy of each mailbox's database (Exchange 2013's proxy to the back end).
 */
public interface MailboxFreeBusy {

    /** One mailbox of the request: its place in the answer, and the access the caller was granted. */
    record Target(int index, Mailbox mailbox, AccessLevel access) {}

    /** An answer per target index, in any order; a mailbox that cannot be served gets its error response. */
    Map<Integer, FreeBusyResponseType> answer(
            List<Target> targets, AvailabilityRequest request, String requester, String requestId);
}
