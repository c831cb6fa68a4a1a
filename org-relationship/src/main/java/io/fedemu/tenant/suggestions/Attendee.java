package io.fedemu.tenant.suggestions;

import java.util.List;
import java.util.Optional;

/**
 * One MailboxData of the request as suggestions see it, in request order (PROTOCOL.md section 12): the kind
 * decides which AttendeeConflictData it gets.
 */
public sealed interface Attendee {

    /**
     * A mailbox or mail user; {@code schedule} is empty when its free/busy could not be had (no access, a
     * refused partner, an unreachable server): then its conflict data is NoData.
     *
     * @param excludeConflicts MailboxData's ExcludeConflicts: no time on which this attendee conflicts is suggested
     */
    record Individual(Optional<Schedule> schedule, boolean excludeConflicts) implements Attendee {}

    /**
     * A distribution group expanded to at most 100 members (GroupAttendeeConflictData), built from its members'
     * own answers (ReceivedFreeBusy). Each member counts as an attendee for the quality; a member without a schedule
     * is NoData.
     *
     * @param excludeConflicts the group's ExcludeConflicts, which holds for every member: no time on which a member
     *                         conflicts is suggested
     */
    record Group(List<Optional<Schedule>> members, boolean excludeConflicts) implements Attendee {
        public Group {
            members = List.copyOf(members);
        }
    }

    /** A group too big to expand (TooBigGroupAttendeeConflictData); it counts for nothing. */
    record TooBigGroup() implements Attendee {}

    /** An address that resolves to nothing (UnknownAttendeeConflictData); it counts for nothing. */
    record Unknown() implements Attendee {}
}
