package io.fedemu.tenant.ews;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.ews.types.MailboxData;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.availability.AccessLevel;
import io.fedemu.tenant.availability.FreeBusyEngine;
import io.fedemu.tenant.availability.FreeBusyQuery;
import io.fedemu.tenant.availability.FreeBusyViewType;
import io.fedemu.tenant.availability.RequesterZone;
import io.fedemu.tenant.calendar.BusyType;
import io.fedemu.tenant.calendar.CalendarEvent;
import io.fedemu.tenant.directory.WorkingHours;
import io.fedemu.tenant.suggestions.Attendee;
import io.fedemu.tenant.suggestions.BusyPeriod;
import io.fedemu.tenant.suggestions.Schedule;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the requesting side reads back from each FreeBusyResponse for the suggestions (PROTOCOL.md section 12). */
class ReceivedFreeBusyTest {
    private static final Instant MONDAY = Instant.parse("2026-11-30T00:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void anAnswerIsReadBackAsBusyItemsAndWorkingHoursInTheirOwnZone() {
        CalendarEvent review = event(ZonedDateTime.parse("2026-11-30T10:00:00+01:00[Europe/Berlin]"), BusyType.BUSY);
        FreeBusyResponseType answer = FreeBusyResponses.success(
                new FreeBusyEngine()
                        .compute(List.of(review), WorkingHours.standard(BERLIN), query(FreeBusyViewType.FREE_BUSY)),
                query(FreeBusyViewType.FREE_BUSY).start());

        Attendee attendee = ReceivedFreeBusy.attendees(
                        new FreeBusyResponseType[] {answer},
                        List.of(new MailboxData()),
                        request(FreeBusyViewType.FREE_BUSY))
                .get(0);

        Schedule schedule = ((Attendee.Individual) attendee).schedule().orElseThrow();
        assertThat(schedule.busy())
                .containsExactly(new BusyPeriod(
                        Instant.parse("2026-11-30T09:00:00Z"), Instant.parse("2026-11-30T10:00:00Z"), BusyType.BUSY));
        assertThat(schedule.workTime()
                        .orElseThrow()
                        .covers(Instant.parse("2026-11-30T07:00:00Z"), Instant.parse("2026-11-30T08:00:00Z")))
                .as("08:00 to 09:00 in Berlin")
                .isTrue();
        assertThat(schedule.workTime()
                        .orElseThrow()
                        .covers(Instant.parse("2026-11-30T16:00:00Z"), Instant.parse("2026-11-30T17:00:00Z")))
                .as("17:00 in Berlin is after hours")
                .isFalse();
    }

    @Test
    void aMergedOnlyAnswerIsReadDigitByDigit() {
        Attendee attendee = readBack(
                event(ZonedDateTime.parse("2026-11-30T01:00:00Z"), BusyType.OOF), FreeBusyViewType.MERGED_ONLY);

        assertThat(((Attendee.Individual) attendee).schedule().orElseThrow().busy())
                .containsExactly(
                        new BusyPeriod(
                                Instant.parse("2026-11-30T01:00:00Z"),
                                Instant.parse("2026-11-30T01:30:00Z"),
                                BusyType.OOF),
                        new BusyPeriod(
                                Instant.parse("2026-11-30T01:30:00Z"),
                                Instant.parse("2026-11-30T02:00:00Z"),
                                BusyType.OOF));
    }

    @Test
    void anUnknownAddressIsUnknownAndAnyOtherFailureIsNoData() {
        MailboxData excluding = new MailboxData();
        excluding.setExcludeConflicts(true);

        List<Attendee> attendees = ReceivedFreeBusy.attendees(
                new FreeBusyResponseType[] {
                    FreeBusyResponses.error(Reason.RECIPIENT_NOT_FOUND, "no such mailbox"),
                    FreeBusyResponses.error(Reason.NO_FREE_BUSY_ACCESS, "no access")
                },
                List.of(new MailboxData(), excluding),
                request(FreeBusyViewType.FREE_BUSY));

        assertThat(attendees).containsExactly(new Attendee.Unknown(), new Attendee.Individual(Optional.empty(), true));
    }

    @Test
    void anExpandedGroupIsItsMembersOwnAnswersAndAGroupAboveTheLimitIsTooBig() {
        FreeBusyResponseType busy = FreeBusyResponses.success(
                new FreeBusyEngine()
                        .compute(
                                List.of(event(ZonedDateTime.parse("2026-11-30T09:00:00Z"), BusyType.BUSY)),
                                WorkingHours.standard(BERLIN),
                                query(FreeBusyViewType.FREE_BUSY)),
                query(FreeBusyViewType.FREE_BUSY).start());
        FreeBusyResponseType refused = FreeBusyResponses.error(Reason.NO_FREE_BUSY_ACCESS, "no access");
        io.fedemu.tenant.directory.DistributionGroup team = new io.fedemu.tenant.directory.DistributionGroup(
                "team@contoso.com", "Team", null, List.of("a@contoso.com", "b@contoso.com"));
        io.fedemu.tenant.directory.DistributionGroup everyone = new io.fedemu.tenant.directory.DistributionGroup(
                "everyone@contoso.com", "Everyone", null, List.of("a@contoso.com"));
        MailboxData excluding = new MailboxData();
        excluding.setExcludeConflicts(true);
        List<GroupAvailability> groups = List.of(
                new GroupAvailability(
                        0,
                        team,
                        io.fedemu.tenant.ews.Attendee.of(excluding),
                        false,
                        List.of(
                                new GroupAvailability.Member("a@contoso.com", busy, Optional.of("0")),
                                new GroupAvailability.Member("b@contoso.com", refused, Optional.empty()))),
                new GroupAvailability(
                        1, everyone, io.fedemu.tenant.ews.Attendee.of(new MailboxData()), true, List.of()));

        List<Attendee> attendees = ReceivedFreeBusy.attendees(
                new FreeBusyResponseType[] {
                    FreeBusyResponses.success(
                            new FreeBusyEngine()
                                    .compute(
                                            List.of(),
                                            WorkingHours.standard(BERLIN),
                                            query(FreeBusyViewType.MERGED_ONLY)),
                            query(FreeBusyViewType.MERGED_ONLY).start()),
                    refused,
                    busy
                },
                groups,
                List.of(excluding, new MailboxData(), new MailboxData()),
                request(FreeBusyViewType.FREE_BUSY));

        assertThat(attendees.get(0)).isInstanceOfSatisfying(Attendee.Group.class, group -> {
            assertThat(group.excludeConflicts()).isTrue();
            assertThat(group.members()).hasSize(2);
            assertThat(group.members().get(0).orElseThrow().busy())
                    .as("the member's own busy item, not the group's merged string")
                    .containsExactly(new BusyPeriod(
                            Instant.parse("2026-11-30T09:00:00Z"),
                            Instant.parse("2026-11-30T10:00:00Z"),
                            BusyType.BUSY));
            assertThat(group.members().get(1))
                    .as("a refused member has no data")
                    .isEmpty();
        });
        assertThat(attendees.get(1)).isEqualTo(new Attendee.TooBigGroup());
        assertThat(attendees.get(2)).isInstanceOf(Attendee.Individual.class);
    }

    /** One Berlin mailbox holding {@code event}, answered in {@code view} and read back. */
    private static Attendee readBack(CalendarEvent event, FreeBusyViewType view) {
        FreeBusyResponseType answer = FreeBusyResponses.success(
                new FreeBusyEngine().compute(List.of(event), WorkingHours.standard(BERLIN), query(view)),
                query(view).start());
        return ReceivedFreeBusy.attendees(
                        new FreeBusyResponseType[] {answer}, List.of(new MailboxData()), request(view))
                .get(0);
    }

    private static FreeBusyQuery query(FreeBusyViewType view) {
        return FreeBusyQuery.of(
                MONDAY,
                MONDAY.plusSeconds(86_400),
                view,
                AccessLevel.AVAILABILITY_ONLY,
                RequesterZone.of(ZoneOffset.UTC));
    }

    private static AvailabilityRequest request(FreeBusyViewType view) {
        return new AvailabilityRequest(
                RequesterZone.of(ZoneOffset.UTC),
                MONDAY,
                MONDAY.plusSeconds(86_400),
                FreeBusyQuery.DEFAULT_INTERVAL_MINUTES,
                view,
                true,
                List.of("someone@contoso.com"),
                null,
                null);
    }

    private static CalendarEvent event(ZonedDateTime start, BusyType type) {
        return new CalendarEvent(
                "item", start, start.plusHours(1), false, type, "Review", "", false, true, false, null);
    }
}
