package io.fedemu.tenant.availability;

import java.time.Instant;
import java.util.Objects;

/**
 * One mailbox's share of a GetUserAvailability request, already read off the wire: the window as instants (the
 * request's local times resolved in {@code requesterZone}), FreeBusyViewOptions, and what the caller may see.
 * Range rules (interval 5..1440, view not None, window length) are checked by the engine so that they come back as
 * named errors, not as construction failures.
 *
 * @param mergedIntervalMinutes      MergedFreeBusyIntervalInMinutes, default 30 (PROTOCOL.md section 2)
 * @param access                     the caller's effective access to this calendar (PROTOCOL.md section 4)
 * @param workingElsewhereKnown      whether the client understands BusyType WorkingElsewhere (Exchange 2013 and
 *                                   later in RequestServerVersion); if not, such items are reported as Free
 */
public record FreeBusyQuery(
        Instant start,
        Instant end,
        int mergedIntervalMinutes,
        FreeBusyViewType requestedView,
        AccessLevel access,
        RequesterZone requesterZone,
        boolean workingElsewhereKnown) {

    public static final int DEFAULT_INTERVAL_MINUTES = 30;

    public FreeBusyQuery {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(requestedView, "requestedView");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(requesterZone, "requesterZone");
    }

    /** The common case: default interval, a client that knows WorkingElsewhere. */
    public static FreeBusyQuery of(
            Instant start, Instant end, FreeBusyViewType view, AccessLevel access, RequesterZone zone) {
        return new FreeBusyQuery(start, end, DEFAULT_INTERVAL_MINUTES, view, access, zone, true);
    }

    public FreeBusyQuery withInterval(int minutes) {
        return new FreeBusyQuery(start, end, minutes, requestedView, access, requesterZone, workingElsewhereKnown);
    }

    public FreeBusyQuery withAccess(AccessLevel newAccess) {
        return new FreeBusyQuery(
                start, end, mergedIntervalMinutes, requestedView, newAccess, requesterZone, workingElsewhereKnown);
    }

    public FreeBusyQuery withWorkingElsewhereKnown(boolean known) {
        return new FreeBusyQuery(start, end, mergedIntervalMinutes, requestedView, access, requesterZone, known);
    }
}
