package io.fedemu.tenant.transport;

/**
 * How a message came in, decided before MAIL FROM is answered: the receiving server, whether the peer was
 * authenticated as internal (a certificate matching the connector's name, or a user's AUTH), the domain Domain
 * Security verified, or null, and whether the peer presented a certificate at all (a server that tried to be
 * recognized, as opposed to an anonymous internet host: the two are refused with different texts).
 */
public record Arrival(
        String server, boolean internal, String authDomain, String authenticatedUser, boolean certificatePresented) {
    public Arrival(String server, boolean internal, String authDomain, String authenticatedUser) {
        this(server, internal, authDomain, authenticatedUser, false);
    }

    public static Arrival anonymous(String server) {
        return new Arrival(server, false, null, null);
    }
}
