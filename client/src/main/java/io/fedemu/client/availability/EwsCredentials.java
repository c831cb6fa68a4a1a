package io.fedemu.client.availability;

/** How a GetUserAvailability caller proves who it is. */
public sealed interface EwsCredentials {

    /** A local user: HTTP Basic with the mailbox's address and password, sent up front. */
    record Basic(String user, String password) implements EwsCredentials {}

    /** A partner organization: a delegation token in a wsse:Security header, for /EWS/Exchange.asmx/WSSecurity. */
    record DelegationToken(String token) implements EwsCredentials {}
}
