package io.fedemu.tenant.directory;

/**
 * The calendar folder's permission for the "Default" user, which Exchange also applies to external (federated)
 * requesters before the organization relationship caps it (PROTOCOL.md section 4). Declared from least to most
 * revealing: the order is part of the contract, effective access takes the lower of two levels.
 */
public enum DefaultPermission {
    /** The owner hides the calendar: not visible even through a relationship. */
    NONE,
    /** Times and busy types only. */
    FREE_BUSY_TIME_ONLY,
    /** Times, busy types, subject and location. */
    FREE_BUSY_TIME_AND_SUBJECT_AND_LOCATION,
    /** Read access to the items: everything FreeBusyTimeAndSubjectAndLocation gives, plus item ids. */
    REVIEWER
}
