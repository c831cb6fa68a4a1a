package io.fedemu.protocol.tenant;

/**
 * One copy of a mailbox database, as Get-MailboxDatabaseCopyStatus shows it.
 *
 * @param activationPreference 1 for the copy mounted at start, then in the order the scenario lists the copies
 * @param active               true for the one copy users are served from
 * @param status               "Mounted" for the active copy, "Healthy" for a passive one
 */
public record DatabaseCopyInfo(String server, int activationPreference, boolean active, String status) {
    public static final String MOUNTED = "Mounted";
    public static final String HEALTHY = "Healthy";
}
