package io.fedemu.tenant.transport;

/**
 * How a message came in, decided before MAIL FROM is answered: the receiving server, whether the peer was
 * authenticated as internal (a certificate matching the connector's name, or a user's AUTH), and the domain
 * Domain Security verified, or null.
 */
public record Arrival(String server, boolean internal, String authDomain, String authenticatedUser) {
    public static Arrival anonymous(String server) {
        return new Arrival(server, false, null, null);
    }
}
