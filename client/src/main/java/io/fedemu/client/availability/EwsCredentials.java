package io.fedemu.client.availability;

/** How a GetUserAvailability caller proves who it is. */
public sealed interface EwsCredentials {

    /** A local user: HTTP Basic with the mailbox's address and password, sent up front. */
    record Basic(String user, String password) implements EwsCredentials {}

    /** A partner organization: a delegation token in a wsse:Security header, for /EWS/Exchange.asmx/WSSecurity. */
    record DelegationToken(String token) implements EwsCredentials {}

    /**
     * A Client Access server proxying to a Mailbox server's back end, as Exchange 2013 does on port 444: the
     * server proves itself (Exchange: Kerberos with the machine account; here the organization's back-end secret as
     * a bearer token) and carries the caller it authenticated in {@code X-CommonAccessToken}.
     */
    record BackEnd(String serverSecret, String commonAccessToken) implements EwsCredentials {
        public static final String COMMON_ACCESS_TOKEN_HEADER = "X-CommonAccessToken";

        @Override
        public String toString() {
            return "BackEnd[secret=(hidden)]";
        }
    }
}
