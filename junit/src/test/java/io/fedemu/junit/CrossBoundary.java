package io.fedemu.junit;

import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.client.availability.FreeBusyRequest;
import java.time.LocalDate;

/** The request that shows a started `hybrid` federation works end to end, for the extension's own tests. */
final class CrossBoundary {
    private CrossBoundary() {}

    /** The ResponseCode of alice@contoso.com's free/busy of bob@contoso.com, a mailbox across the boundary. */
    static String aliceAsksBob(FederationExtension federation) {
        return federation
                .ews("contoso-onprem")
                .getUserAvailability(
                        FreeBusyRequest.day(LocalDate.parse("2026-11-30"), "bob@contoso.com")
                                .wire(),
                        null,
                        new EwsCredentials.Basic("alice@contoso.com", "Passw0rd!alice"),
                        null)
                .response()
                .getFreeBusyResponseArray()
                .getFreeBusyResponse()
                .get(0)
                .getResponseMessage()
                .getResponseCode()
                .value();
    }
}
