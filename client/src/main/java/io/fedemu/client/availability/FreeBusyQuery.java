package io.fedemu.client.availability;

import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.ews.types.FreeBusyViewType;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;

/**
 * One GetUserAvailability as a user of an organization sends it (EWS, HTTP Basic, whole UTC days), with a request
 * id of the caller's so the journals can be read for exactly this request: what {@code get-availability} and the
 * dashboard's "run free/busy" form both send.
 *
 * @param ews       the organization's EWS URL
 * @param from      the first day, UTC
 * @param to        the day after the last, UTC
 * @param interval  the merged free/busy interval in minutes
 */
public record FreeBusyQuery(
        URI ews,
        String user,
        String password,
        List<String> attendees,
        LocalDate from,
        LocalDate to,
        FreeBusyViewType view,
        int interval) {
    public FreeBusyQuery {
        attendees = List.copyOf(attendees);
    }

    /** One day from {@code from}, DetailedMerged at 30 minutes: what both callers send by default. */
    public static FreeBusyQuery day(URI ews, String user, String password, List<String> attendees, LocalDate from) {
        return new FreeBusyQuery(
                ews, user, password, attendees, from, from.plusDays(1), FreeBusyViewType.DETAILED_MERGED, 30);
    }

    /** Each attendee's answer, in request order; a SOAP fault or an unreachable EWS throws. */
    public List<FreeBusyResponseType> ask(SSLContext tls, String requestId) {
        // A bus of our own, shut down after, so an in-process run leaves no client threads behind.
        Bus bus = BusFactory.newInstance().createBus();
        try {
            AvailabilityClient client = new AvailabilityClient(bus, ews, tls, Duration.ofSeconds(30));
            return client.getUserAvailability(wire(), null, new EwsCredentials.Basic(user, password), requestId)
                    .response()
                    .getFreeBusyResponseArray()
                    .getFreeBusyResponse();
        } finally {
            bus.shutdown(true);
        }
    }

    private io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType wire() {
        return FreeBusyRequest.day(from, attendees.toArray(String[]::new))
                .window(
                        from.atStartOfDay().toInstant(ZoneOffset.UTC),
                        to.atStartOfDay().toInstant(ZoneOffset.UTC))
                .view(view)
                .mergedInterval(interval)
                .wire();
    }
}
