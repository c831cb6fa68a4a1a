package io.fedemu.tenant.suggestions;

import io.fedemu.tenant.calendar.BusyType;

/** One entry of a suggestion's AttendeeConflictDataArray, one per attendee in request order. */
public sealed interface ConflictData {

    /** IndividualAttendeeConflictData: Free, Tentative, Busy, OOF or NoData. */
    record Individual(BusyType busyType) implements ConflictData {}

    /** GroupAttendeeConflictData: Free members are available; Tentative, Busy and OOF ones conflict. */
    record Group(int members, int available, int withConflict, int withNoData) implements ConflictData {}

    record TooBigGroup() implements ConflictData {}

    record Unknown() implements ConflictData {}
}
