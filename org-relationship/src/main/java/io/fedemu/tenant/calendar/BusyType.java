package io.fedemu.tenant.calendar;

/**
 * "Show as" of a calendar item, EWS LegacyFreeBusyType (PROTOCOL.md section 2). WorkingElsewhere exists from
 * Exchange 2013; how it reaches older clients and the merged string is decided in the availability package.
 */
public enum BusyType {
    FREE,
    TENTATIVE,
    BUSY,
    OOF,
    WORKING_ELSEWHERE,
    NO_DATA
}
