package io.fedemu.tenant.availability;

/**
 * EWS FreeBusyViewType: what a request asks for and, in the response, what was actually returned
 * (PROTOCOL.md section 2, "Views and the merged string").
 */
public enum FreeBusyViewType {
    /** Only legal in a response, for a mailbox that failed. */
    NONE(false, false, false),
    MERGED_ONLY(true, false, false),
    FREE_BUSY(false, true, false),
    FREE_BUSY_MERGED(true, true, false),
    DETAILED(false, true, true),
    DETAILED_MERGED(true, true, true);

    private final boolean merged;
    private final boolean events;
    private final boolean details;

    FreeBusyViewType(boolean merged, boolean events, boolean details) {
        this.merged = merged;
        this.events = events;
        this.details = details;
    }

    public boolean hasMergedFreeBusy() {
        return merged;
    }

    /** CalendarEventArray and WorkingHours. */
    public boolean hasCalendarEvents() {
        return events;
    }

    public boolean hasDetails() {
        return details;
    }

    /** The downgrade Exchange applies for a caller without detail rights: Detailed to FreeBusy, and so on. */
    public FreeBusyViewType withoutDetails() {
        return switch (this) {
            case DETAILED -> FREE_BUSY;
            case DETAILED_MERGED -> FREE_BUSY_MERGED;
            default -> this;
        };
    }

    /** The name on the wire, e.g. {@code DetailedMerged}. */
    public String ewsName() {
        StringBuilder name = new StringBuilder();
        for (String part : name().split("_")) {
            name.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return name.toString();
    }
}
