package io.fedemu.tenant.directory;

/**
 * What an address resolves to in a tenant's directory. Sealed so that every caller handles all three cases,
 * as the availability service must (local answer, cross-premises forward, a group's members merged,
 * ErrorMailRecipientNotFound).
 */
public sealed interface Recipient permits Mailbox, RemoteMailbox, DistributionGroup, Recipient.NotFound {

    /** The address as the directory knows it (primary SMTP address); for NotFound the address asked for. */
    String address();

    /** No mailbox or mail user has this address, primary or proxy. */
    record NotFound(String address) implements Recipient {}
}
