package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.tenant.availability.FreeBusyEngine;
import io.fedemu.tenant.availability.FreeBusyException;
import io.fedemu.tenant.availability.FreeBusyQuery;
import io.fedemu.tenant.calendar.CalendarStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Free/busy computed where the request arrived: a server with both roles and no one in front of it. */
public final class InProcessMailboxes implements MailboxFreeBusy {
    private final CalendarStore calendars;
    private final FreeBusyEngine engine;

    public InProcessMailboxes(CalendarStore calendars, FreeBusyEngine engine) {
        this.calendars = calendars;
        this.engine = engine;
    }

    @Override
    public Map<Integer, FreeBusyResponseType> answer(
            List<Target> targets, AvailabilityRequest request, String requester, String requestId) {
        Map<Integer, FreeBusyResponseType> answers = new HashMap<>();
        for (Target target : targets) {
            answers.put(target.index(), answer(target, request));
        }
        return answers;
    }

    FreeBusyResponseType answer(Target target, AvailabilityRequest request) {
        try {
            FreeBusyQuery query = request.query(target.access());
            return FreeBusyResponses.success(
                    engine.compute(
                            calendars.events(target.mailbox().address()),
                            target.mailbox().workingHours(),
                            query),
                    query.start());
        } catch (FreeBusyException e) {
            return FreeBusyResponses.error(e.reason(), e.getMessage());
        }
    }
}
