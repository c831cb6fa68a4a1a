package io.fedemu.tenant.availability;

import io.fedemu.tenant.directory.WorkingHours;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer for one mailbox, in the order and shape of EWS FreeBusyView (PROTOCOL.md section 2):
 * the view type actually returned, the merged string, the calendar events, the working hours.
 * Which parts are present follows {@code viewType}; the SOAP layer writes exactly these.
 */
public record FreeBusyView(
        FreeBusyViewType viewType,
        Optional<String> mergedFreeBusy,
        List<FreeBusyEvent> calendarEvents,
        Optional<WorkingHours> workingHours) {

    public FreeBusyView {
        Objects.requireNonNull(viewType, "viewType");
        Objects.requireNonNull(mergedFreeBusy, "mergedFreeBusy");
        Objects.requireNonNull(workingHours, "workingHours");
        calendarEvents = List.copyOf(calendarEvents);
    }
}
