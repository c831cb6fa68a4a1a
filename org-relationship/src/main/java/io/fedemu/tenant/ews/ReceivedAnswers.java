package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import java.util.List;

/**
 * What a GetUserAvailability gathered (PROTOCOL.md sections 12 and 13): one FreeBusyResponse per MailboxData in
 * request order, and for each distribution group among them what its answer was made of, so meeting suggestions can
 * count a group's members as Exchange does.
 *
 * @param inOrder one answer per MailboxData of the client's request
 * @param groups  one per group this organization expanded, in request order
 */
public record ReceivedAnswers(FreeBusyResponseType[] inOrder, List<GroupAvailability> groups) {
    public ReceivedAnswers {
        groups = List.copyOf(groups);
    }

    /** Answers without groups (a request that names none, or answers read from elsewhere). */
    public static ReceivedAnswers withoutGroups(FreeBusyResponseType[] inOrder) {
        return new ReceivedAnswers(inOrder, List.of());
    }
}
