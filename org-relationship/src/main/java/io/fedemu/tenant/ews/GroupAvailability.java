package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.tenant.directory.DistributionGroup;
import java.util.List;
import java.util.Optional;

/**
 * What a distribution group's answer was made of (PROTOCOL.md section 13): the hook a meeting suggestion engine
 * reads for Exchange's GroupAttendeeConflictData (NumberOfMembers and, per suggested time, the members available,
 * with a conflict, or with no data) and TooBigGroupAttendeeConflictData. One per group named in MailboxDataArray.
 *
 * @param index    the group's position in the request (its FreeBusyResponse's)
 * @param attendee the group's MailboxData as sent: its AttendeeType and ExcludeConflicts hold for every member
 * @param tooBig   more members than the availability service expands: no member was asked, {@code members} is empty
 * @param members  each member once, in expansion order, with its own answer
 */
public record GroupAvailability(
        int index, DistributionGroup group, Attendee attendee, boolean tooBig, List<Member> members) {

    public GroupAvailability {
        members = List.copyOf(members);
    }

    /** NumberOfMembers: the users, mail users and contacts found by expansion. */
    public int memberCount() {
        return members.size();
    }

    /**
     * One member's share.
     *
     * @param answer         its FreeBusyResponse as computed or as its organization answered it
     * @param mergedFreeBusy its merged string over the request's window and interval (from the answer's
     *                       MergedFreeBusy, else from its calendar events); empty when it has no data (an error)
     */
    public record Member(String address, FreeBusyResponseType answer, Optional<String> mergedFreeBusy) {
        public boolean hasData() {
            return mergedFreeBusy.isPresent();
        }
    }
}
