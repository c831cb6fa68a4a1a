package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType;
import io.fedemu.protocol.ews.types.MailboxData;
import io.fedemu.protocol.ews.types.MeetingAttendeeType;
import java.util.List;

/**
 * One MailboxData of a request as the client sent it: the address, its AttendeeType and ExcludeConflicts
 * (PROTOCOL.md section 13). Exchange documents both for meeting suggestions only: a Room's or an Optional attendee's
 * FreeBusyView is the same as anyone's. fedemu forwards them as sent (to a partner, to a Mailbox server, to the
 * Client Access server an Exchange 2007 server proxies to) and gives them, per attendee, to the suggestion engine.
 *
 * @param type             Organizer, Required, Optional, Room or Resource; Required when a client left it out
 * @param excludeConflicts true: this attendee's conflicts do not count against a suggested time
 */
public record Attendee(String address, MeetingAttendeeType type, boolean excludeConflicts) {

    /** The request's attendees, in request order. */
    public static List<Attendee> of(GetUserAvailabilityRequestType wire) {
        if (wire == null || wire.getMailboxDataArray() == null) {
            return List.of();
        }
        return wire.getMailboxDataArray().getMailboxData().stream()
                .map(Attendee::of)
                .toList();
    }

    public static Attendee of(MailboxData data) {
        String address = data.getEmail() == null || data.getEmail().getAddress() == null
                ? ""
                : data.getEmail().getAddress().trim();
        return new Attendee(
                address,
                data.getAttendeeType() == null ? MeetingAttendeeType.REQUIRED : data.getAttendeeType(),
                Boolean.TRUE.equals(data.isExcludeConflicts()));
    }

    /** The wire words, for the journal: "Optional, ExcludeConflicts true". */
    public String describe() {
        return type.value() + ", ExcludeConflicts " + excludeConflicts;
    }
}
