package io.fedemu.tenant.availability;

import io.fedemu.tenant.directory.DefaultPermission;

/**
 * How much of a calendar a requester may see, from least to most (the order is the contract: effective access
 * is the lower of two levels). The first three are Exchange's FreeBusyAccessLevel values (PROTOCOL.md section 4);
 * REVIEWER is what an internal user with read rights gets.
 */
public enum AccessLevel {
    /** Nothing: the mailbox answers ErrorNoFreeBusyAccess. */
    NONE,
    /** Times and busy types ("AvailabilityOnly"). */
    AVAILABILITY_ONLY,
    /** Times, busy types, subject and location ("LimitedDetails"). */
    LIMITED_DETAILS,
    /** Everything free/busy can carry, including item ids. */
    REVIEWER;

    /** What a calendar's Default permission grants by itself. */
    public static AccessLevel of(DefaultPermission permission) {
        return switch (permission) {
            case NONE -> NONE;
            case FREE_BUSY_TIME_ONLY -> AVAILABILITY_ONLY;
            case FREE_BUSY_TIME_AND_SUBJECT_AND_LOCATION -> LIMITED_DETAILS;
            case REVIEWER -> REVIEWER;
        };
    }

    /**
     * Effective access of an external requester: the lower of the calendar's Default permission and the
     * organization relationship's FreeBusyAccessLevel (PROTOCOL.md section 4). The scope group is checked by the
     * caller, which knows the relationship.
     */
    public static AccessLevel effective(DefaultPermission calendarDefault, AccessLevel relationshipLevel) {
        return of(calendarDefault).min(relationshipLevel);
    }

    public AccessLevel min(AccessLevel other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** Subject, location and the detail flags (CalendarEventDetails). */
    public boolean seesDetails() {
        return compareTo(LIMITED_DETAILS) >= 0;
    }

    /** The item id inside CalendarEventDetails: only with read rights, never across organizations. */
    public boolean seesItemIds() {
        return this == REVIEWER;
    }
}
