package io.fedemu.tenant.ews;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType;
import io.fedemu.protocol.ews.messages.ResponseCodeType;
import io.fedemu.protocol.ews.types.ArrayOfMailboxData;
import io.fedemu.protocol.ews.types.EmailAddress;
import io.fedemu.protocol.ews.types.MailboxData;
import io.fedemu.protocol.ews.types.MeetingAttendeeType;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.ReasonXml;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.tenant.availability.FreeBusyViewType;
import io.fedemu.tenant.availability.RequesterZone;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.DistributionGroup;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One request's groups (PROTOCOL.md section 13): members routed as attendees of their own, then merged. */
class DistributionGroupRequestTest {
    static final DistributionGroup TEAM = new DistributionGroup(
            "team@contoso.com", "Team", null, List.of("a@contoso.com", "b@contoso.com", "c@contoso.com"));
    static final Directory DIRECTORY =
            new Directory(Set.of("contoso.com"), List.of(), List.of(), List.of(), List.of(TEAM));

    @Test
    void aRefusalEveryMemberSharesAboutTheRelationshipIsTheGroupsOwnForAPartnerOnly() {
        for (boolean partner : new boolean[] {true, false}) {
            GetUserAvailabilityRequestType wire = wire(1);
            DistributionGroupRequest groups = new DistributionGroupRequest(DIRECTORY, "a", journal(), wire);
            Map<Integer, FreeBusyResponseType> answers = new HashMap<>();

            assertThat(groups.expand(
                            0,
                            TEAM,
                            "eve@fabrikam.com",
                            "r1",
                            (member, index) -> FreeBusyResponses.error(Reason.NO_RELATIONSHIP, "no")))
                    .isNull();
            groups.answer(answers, groups.routed(request(wire)), partner);

            FreeBusyResponseType team = answers.get(0);
            if (partner) {
                assertThat(team.getResponseMessage().getResponseCode())
                        .isEqualTo(ResponseCodeType.ERROR_NO_FREE_BUSY_ACCESS);
                assertThat(ReasonXml.read(team.getResponseMessage())).contains(Reason.NO_RELATIONSHIP);
            } else {
                assertThat(team.getResponseMessage().getResponseCode()).isEqualTo(ResponseCodeType.NO_ERROR);
                assertThat(team.getFreeBusyView().getMergedFreeBusy()).isEqualTo("4444");
            }
            assertThat(groups.groups()).singleElement().satisfies(group -> {
                assertThat(group.memberCount()).isEqualTo(3);
                assertThat(group.members()).noneMatch(GroupAvailability.Member::hasData);
                assertThat(group.attendee().type()).isEqualTo(MeetingAttendeeType.OPTIONAL);
            });
        }
    }

    @Test
    void membersJoinTheRequestWithTheGroupsAttendeeTypeAndNoMoreThanOneHundredMailboxesAreAsked() {
        GetUserAvailabilityRequestType wire = wire(98);
        DistributionGroupRequest groups = new DistributionGroupRequest(DIRECTORY, "a", journal(), wire);
        List<Integer> routed = new ArrayList<>();
        groups.expand(0, TEAM, "alice@contoso.com", "r1", (member, index) -> {
            routed.add(index);
            return null;
        });

        AvailabilityRequest request = groups.routed(request(wire));

        assertThat(routed).as("the 101st mailbox of the request is not asked").containsExactly(98, 99);
        assertThat(request.addresses()).hasSize(101).endsWith("a@contoso.com", "b@contoso.com", "c@contoso.com");
        MailboxData member =
                request.wire().getMailboxDataArray().getMailboxData().get(99);
        assertThat(member.getEmail().getAddress()).isEqualTo("b@contoso.com");
        assertThat(member.getAttendeeType()).isEqualTo(MeetingAttendeeType.OPTIONAL);
        assertThat(member.isExcludeConflicts()).isTrue();
        assertThat(groups.attendee(100).address()).isEqualTo("c@contoso.com");

        Map<Integer, FreeBusyResponseType> answers = new HashMap<>();
        groups.answer(answers, request, false);
        assertThat(groups.groups()
                        .get(0)
                        .members()
                        .get(2)
                        .answer()
                        .getResponseMessage()
                        .getResponseCode())
                .isEqualTo(ResponseCodeType.ERROR_INDIVIDUAL_MAILBOX_LIMIT_REACHED);
    }

    private static Journal journal() {
        return new Journal(Clock.fixed(Instant.parse("2026-11-30T00:00:00Z"), ZoneOffset.UTC));
    }

    /** A request naming the group first, then {@code size - 1} other mailboxes, the group as Optional. */
    private static GetUserAvailabilityRequestType wire(int size) {
        ArrayOfMailboxData mailboxes = new ArrayOfMailboxData();
        for (int i = 0; i < size; i++) {
            MailboxData data = new MailboxData();
            EmailAddress email = new EmailAddress();
            email.setAddress(i == 0 ? TEAM.address() : "m" + i + "@fabrikam.com");
            data.setEmail(email);
            data.setAttendeeType(i == 0 ? MeetingAttendeeType.OPTIONAL : MeetingAttendeeType.REQUIRED);
            data.setExcludeConflicts(i == 0 ? Boolean.TRUE : null);
            mailboxes.getMailboxData().add(data);
        }
        GetUserAvailabilityRequestType wire = new GetUserAvailabilityRequestType();
        wire.setMailboxDataArray(mailboxes);
        return wire;
    }

    /** Four hours at 60 minutes, as the wire names them. */
    private static AvailabilityRequest request(GetUserAvailabilityRequestType wire) {
        return new AvailabilityRequest(
                RequesterZone.of(ZoneOffset.UTC),
                Instant.parse("2026-11-30T08:00:00Z"),
                Instant.parse("2026-11-30T12:00:00Z"),
                60,
                FreeBusyViewType.FREE_BUSY,
                true,
                wire.getMailboxDataArray().getMailboxData().stream()
                        .map(data -> data.getEmail().getAddress())
                        .toList(),
                wire,
                null);
    }
}
