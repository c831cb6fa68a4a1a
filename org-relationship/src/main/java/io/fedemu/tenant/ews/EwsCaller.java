package io.fedemu.tenant.ews;

import io.fedemu.tenant.federation.ValidatedToken;

/**
 * Who sent an EWS request, as the authentication interceptors found: a user of the organization (HTTP Basic, or
 * a server of the organization on the user's behalf) or a partner's user (the delegation token at /WSSecurity).
 *
 * @param address   the user's primary address (a partner's: the token's)
 * @param partner   the validated token of a partner's request; null for the organization's own users
 * @param requestId the request's id for the journal (the client's X-Fedemu-Request-Id, else a fresh one)
 */
public record EwsCaller(String address, ValidatedToken partner, String requestId) {
    public boolean isPartner() {
        return partner != null;
    }
}
