package io.fedemu.tenant.availability;

import io.fedemu.tenant.calendar.BusyType;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One EWS CalendarEvent of a response: the whole item (not clipped to the window), in the requester's zone.
 * Exchange 2013+ writes the local part only; the offset is kept so no caller has to guess it.
 *
 * @param details present only in a Detailed view the caller is allowed to see
 */
public record FreeBusyEvent(
        OffsetDateTime start, OffsetDateTime end, BusyType busyType, Optional<EventDetails> details) {
    public FreeBusyEvent {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(busyType, "busyType");
        Objects.requireNonNull(details, "details");
    }
}
