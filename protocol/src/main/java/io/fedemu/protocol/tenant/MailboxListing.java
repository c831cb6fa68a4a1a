package io.fedemu.protocol.tenant;

import java.util.List;

/** The answer of {@code GET /admin/mailboxes}: local mailboxes, then remote mailboxes, each in directory order. */
public record MailboxListing(List<MailboxInfo> mailboxes, List<RemoteMailboxInfo> remoteMailboxes) {
    public MailboxListing {
        mailboxes = List.copyOf(mailboxes);
        remoteMailboxes = List.copyOf(remoteMailboxes);
    }
}
