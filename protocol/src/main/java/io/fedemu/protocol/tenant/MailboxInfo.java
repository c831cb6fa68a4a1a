package io.fedemu.protocol.tenant;

/**
 * A mailbox hosted by the tenant, as the admin API lists it. Never carries the password.
 *
 * @param timeZone          IANA zone id
 * @param defaultPermission the calendar's Default permission in Exchange's spelling, e.g. FreeBusyTimeOnly
 * @param database          the mailbox database it is homed on (Get-Mailbox's Database)
 * @param server            the server of that database's active copy, where it is served now (ServerName)
 */
public record MailboxInfo(
        String address,
        String displayName,
        String timeZone,
        String defaultPermission,
        String database,
        String server) {}
