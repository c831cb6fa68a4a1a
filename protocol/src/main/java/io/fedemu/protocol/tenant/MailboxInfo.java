package io.fedemu.protocol.tenant;

/**
 * A mailbox hosted by the tenant, as the admin API lists it. Never carries the password.
 *
 * @param timeZone          IANA zone id
 * @param defaultPermission the calendar's Default permission in Exchange's spelling, e.g. FreeBusyTimeOnly
 */
public record MailboxInfo(String address, String displayName, String timeZone, String defaultPermission) {}
