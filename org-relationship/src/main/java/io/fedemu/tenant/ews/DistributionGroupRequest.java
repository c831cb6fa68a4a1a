package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType;
import io.fedemu.protocol.ews.types.ArrayOfMailboxData;
import io.fedemu.protocol.ews.types.EmailAddress;
import io.fedemu.protocol.ews.types.MailboxData;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.ReasonXml;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.tenant.availability.FreeBusyView;
import io.fedemu.tenant.availability.FreeBusyViewType;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.DistributionGroup;
import io.fedemu.tenant.directory.GroupMembers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The distribution groups of one GetUserAvailability request (PROTOCOL.md section 13), as Exchange's availability
 * service answers them: each group is expanded (nested groups too, each member once); above 100 members it is
 * answered ErrorFreeBusyDLLimitReached and no member is asked; otherwise every member is asked as an attendee of
 * its own, routed like any address of the request (this organization's mailbox, a remote mailbox across the
 * federation, a partner's refusal), with the group's AttendeeType and ExcludeConflicts. Members join the request
 * after its own MailboxData, so the Client Access and partner hops carry them unchanged; once every member is
 * answered, the group's answer is their merged free/busy, FreeBusyViewType MergedOnly.
 */
final class DistributionGroupRequest {
    /** Exchange's MaximumGroupMemberCount as documented: "distribution lists that contain more than 100 members". */
    static final int MAXIMUM_GROUP_MEMBER_COUNT = 100;

    /** Only the journal shows this many member addresses of a group. */
    private static final int MEMBERS_JOURNALED = 10;

    /** Refusals about the relationship, not the member: when every member has one, the group has it too. */
    private static final Set<Reason> NOT_ABOUT_THE_MEMBER = Set.of(
            Reason.NO_RELATIONSHIP,
            Reason.RELATIONSHIP_DISABLED,
            Reason.FREE_BUSY_DISABLED,
            Reason.RELATIONSHIP_LEVEL_NONE,
            Reason.HYBRID_SERVER_BELOW_CU1);

    /** Asks one member as an attendee of its own at {@code index}: its answer now (a refusal), or null (routed). */
    @FunctionalInterface
    interface Router {
        FreeBusyResponseType route(String address, int index);
    }

    private record Pending(int index, DistributionGroup group, Attendee attendee, List<Integer> members) {}

    private final Directory directory;
    private final String role;
    private final Journal journal;
    private final GetUserAvailabilityRequestType wire;
    private final int requested;
    private final List<MailboxData> memberData = new ArrayList<>();
    private final List<String> memberAddresses = new ArrayList<>();
    private final Map<String, Integer> memberIndex = new HashMap<>();
    private final Map<Integer, FreeBusyResponseType> decided = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private final List<GroupAvailability> groups = new ArrayList<>();

    /** @param wire the request as the client sent it; its MailboxData count is where member indices begin */
    DistributionGroupRequest(Directory directory, String role, Journal journal, GetUserAvailabilityRequestType wire) {
        this.directory = directory;
        this.role = role;
        this.journal = journal;
        this.wire = wire;
        this.requested = wire.getMailboxDataArray().getMailboxData().size();
    }

    /** The group at {@code index}: its answer now (above the limit), or null when its members were routed. */
    FreeBusyResponseType expand(int index, DistributionGroup group, String requester, String requestId, Router router) {
        Attendee attendee =
                Attendee.of(wire.getMailboxDataArray().getMailboxData().get(index));
        GroupMembers members = GroupMembers.of(directory, group, MAXIMUM_GROUP_MEMBER_COUNT);
        if (members.capped()) {
            String refusal = "The distribution group " + group.address() + " has more than "
                    + MAXIMUM_GROUP_MEMBER_COUNT + " members; the availability service does not expand it.";
            journal.fail(
                    role,
                    requestId,
                    JournalEntry.Step.ROUTING,
                    Reason.DISTRIBUTION_GROUP_TOO_LARGE,
                    requester,
                    group.address(),
                    refusal);
            groups.add(new GroupAvailability(index, group, attendee, true, List.of()));
            return FreeBusyResponses.error(Reason.DISTRIBUTION_GROUP_TOO_LARGE, refusal);
        }
        journal.pass(
                role,
                requestId,
                JournalEntry.Step.ROUTING,
                requester,
                group.address(),
                "distribution group '" + group.name() + "', "
                        + members.addresses().size() + " members" + listed(members.addresses()) + ", each asked as "
                        + attendee.describe());
        List<Integer> indices = new ArrayList<>();
        for (String member : members.addresses()) {
            String key = member.toLowerCase(Locale.ROOT);
            Integer known = memberIndex.get(key);
            if (known != null) {
                indices.add(known); // a member of two groups of the request is asked once
                continue;
            }
            int at = requested + memberData.size();
            memberIndex.put(key, at);
            memberData.add(mailboxData(
                    member, wire.getMailboxDataArray().getMailboxData().get(index)));
            memberAddresses.add(member);
            indices.add(at);
            if (requested + memberData.size() > AvailabilityRequest.MAX_MAILBOXES) {
                // Exchange asks at most 100 individual mailboxes per request, group members included.
                decided.put(
                        at,
                        FreeBusyResponses.error(
                                Reason.TOO_MANY_MAILBOXES,
                                "Member " + member + " of " + group.address() + " was not asked: the request already"
                                        + " names " + AvailabilityRequest.MAX_MAILBOXES + " mailboxes."));
                continue;
            }
            FreeBusyResponseType answer = router.route(member, at);
            if (answer != null) {
                decided.put(at, answer);
            }
        }
        pending.add(new Pending(index, group, attendee, indices));
        return null;
    }

    /** The MailboxData at {@code index} as sent: the client's own, or a member's (the group's type, as sent). */
    Attendee attendee(int index) {
        return Attendee.of(
                index < requested
                        ? wire.getMailboxDataArray().getMailboxData().get(index)
                        : memberData.get(index - requested));
    }

    /** The request to route: the client's, with every group member appended as a MailboxData of its own. */
    AvailabilityRequest routed(AvailabilityRequest request) {
        if (memberData.isEmpty()) {
            return request;
        }
        GetUserAvailabilityRequestType copy = new GetUserAvailabilityRequestType();
        copy.setTimeZone(wire.getTimeZone());
        copy.setFreeBusyViewOptions(wire.getFreeBusyViewOptions());
        copy.setSuggestionsViewOptions(wire.getSuggestionsViewOptions());
        ArrayOfMailboxData mailboxes = new ArrayOfMailboxData();
        mailboxes.getMailboxData().addAll(wire.getMailboxDataArray().getMailboxData());
        mailboxes.getMailboxData().addAll(memberData);
        copy.setMailboxDataArray(mailboxes);
        List<String> addresses = new ArrayList<>(request.addresses());
        addresses.addAll(memberAddresses);
        return new AvailabilityRequest(
                request.zone(),
                request.start(),
                request.end(),
                request.intervalMinutes(),
                request.view(),
                request.workingElsewhereKnown(),
                addresses,
                copy,
                request.timeZoneContext());
    }

    /**
     * Puts each expanded group's answer at its index of {@code answers}, from its members' answers there.
     *
     * @param partner whether a partner organization asked: then a refusal every member shares about the
     *                relationship is the group's own, so a partner without access learns nothing of the group
     */
    void answer(Map<Integer, FreeBusyResponseType> answers, AvailabilityRequest request, boolean partner) {
        int slots = GroupMergedFreeBusy.slots(request);
        for (Pending group : pending) {
            List<GroupAvailability.Member> members = new ArrayList<>();
            for (int at : group.members()) {
                FreeBusyResponseType answer = decided.containsKey(at) ? decided.get(at) : answers.get(at);
                members.add(new GroupAvailability.Member(
                        memberAddresses.get(at - requested), answer, GroupMergedFreeBusy.of(answer, request)));
            }
            groups.add(new GroupAvailability(group.index(), group.group(), group.attendee(), false, members));
            Optional<Reason> shared = partner ? sharedRefusal(members) : Optional.empty();
            answers.put(
                    group.index(),
                    shared.isPresent()
                            ? FreeBusyResponses.error(
                                    shared.get(),
                                    shared.get().sentence() + " ("
                                            + shared.get().name() + ")")
                            : FreeBusyResponses.success(
                                    new FreeBusyView(
                                            FreeBusyViewType.MERGED_ONLY,
                                            Optional.of(GroupMergedFreeBusy.merge(
                                                    members.stream()
                                                            .map(GroupAvailability.Member::mergedFreeBusy)
                                                            .toList(),
                                                    slots)),
                                            List.of(),
                                            Optional.empty()),
                                    request.start()));
        }
    }

    /** The groups of the request, in request order: the suggestion engine's view of them. */
    List<GroupAvailability> groups() {
        return groups.stream()
                .sorted(java.util.Comparator.comparingInt(GroupAvailability::index))
                .toList();
    }

    private static Optional<Reason> sharedRefusal(List<GroupAvailability.Member> members) {
        Set<Optional<Reason>> reasons = members.stream()
                .map(member -> member.answer() == null
                        ? Optional.<Reason>empty()
                        : ReasonXml.read(member.answer().getResponseMessage()))
                .collect(Collectors.toSet());
        if (members.isEmpty() || reasons.size() != 1) {
            return Optional.empty();
        }
        return reasons.iterator().next().filter(NOT_ABOUT_THE_MEMBER::contains);
    }

    /** A member asked as the group was: its address, with the group's AttendeeType and ExcludeConflicts. */
    private static MailboxData mailboxData(String member, MailboxData asGroup) {
        MailboxData data = new MailboxData();
        EmailAddress email = new EmailAddress();
        email.setAddress(member);
        email.setRoutingType("SMTP");
        data.setEmail(email);
        data.setAttendeeType(asGroup.getAttendeeType());
        data.setExcludeConflicts(asGroup.isExcludeConflicts());
        return data;
    }

    private static String listed(List<String> addresses) {
        if (addresses.isEmpty()) {
            return "";
        }
        String shown = String.join(", ", addresses.subList(0, Math.min(MEMBERS_JOURNALED, addresses.size())));
        return " (" + shown + (addresses.size() > MEMBERS_JOURNALED ? ", ..." : "") + ")";
    }
}
