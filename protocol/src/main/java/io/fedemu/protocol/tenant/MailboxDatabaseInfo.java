package io.fedemu.protocol.tenant;

import java.util.List;

/**
 * A mailbox database as Get-MailboxDatabase -Status shows it, with its copies.
 *
 * @param server  where the active copy is mounted (Exchange's Server property)
 * @param mounted whether the active copy is mounted
 * @param copies  every copy, in activation preference order
 */
public record MailboxDatabaseInfo(String name, String server, boolean mounted, List<DatabaseCopyInfo> copies) {
    public MailboxDatabaseInfo {
        copies = List.copyOf(copies);
    }
}
