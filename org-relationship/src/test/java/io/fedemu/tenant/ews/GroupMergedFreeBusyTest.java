package io.fedemu.tenant.ews;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType;
import io.fedemu.protocol.ews.types.ArrayOfMailboxData;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.availability.FreeBusyEvent;
import io.fedemu.tenant.availability.FreeBusyView;
import io.fedemu.tenant.availability.FreeBusyViewType;
import io.fedemu.tenant.availability.RequesterZone;
import io.fedemu.tenant.calendar.BusyType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a group's members merge (PROTOCOL.md section 13): no data weighs least, out of office most. */
class GroupMergedFreeBusyTest {
    static final RequesterZone BERLIN = RequesterZone.of(ZoneId.of("Europe/Berlin"));
    /** Four hours from 08:00 Berlin (07:00 UTC) in 60-minute intervals. */
    static final AvailabilityRequest WINDOW = new AvailabilityRequest(
            BERLIN,
            Instant.parse("2026-11-30T07:00:00Z"),
            Instant.parse("2026-11-30T11:00:00Z"),
            60,
            FreeBusyViewType.FREE_BUSY,
            true,
            List.of(),
            request(),
            null);

    @Test
    void eachIntervalTakesTheHeaviestMemberDigitAndNoMemberWithDataLeavesNoData() {
        assertThat(GroupMergedFreeBusy.merge(
                        List.of(Optional.of("0120"), Optional.of("2010"), Optional.empty(), Optional.of("0003")), 4))
                .isEqualTo("2123");
        assertThat(GroupMergedFreeBusy.merge(List.of(Optional.empty(), Optional.of("4440")), 4))
                .as("a member's no data never hides another's free")
                .isEqualTo("4440");
        assertThat(GroupMergedFreeBusy.merge(List.of(), 4)).isEqualTo("4444");
    }

    @Test
    void aMembersEventsInTheRequestersLocalTimeBecomeDigitsWhenItsViewHasNoMergedString() {
        // 09:30-10:00 Berlin is 08:30-09:00 UTC: the second interval; WorkingElsewhere counts as free.
        FreeBusyResponseType answer = FreeBusyResponses.success(
                new FreeBusyView(
                        FreeBusyViewType.FREE_BUSY,
                        Optional.empty(),
                        List.of(
                                event("2026-11-30T08:30:00Z", "2026-11-30T09:00:00Z", BusyType.TENTATIVE),
                                event("2026-11-30T09:00:00Z", "2026-11-30T10:30:00Z", BusyType.WORKING_ELSEWHERE),
                                event("2026-11-30T10:00:00Z", "2026-11-30T12:00:00Z", BusyType.OOF)),
                        Optional.empty()),
                java.time.Instant.parse("2026-11-30T00:00:00Z"));

        assertThat(GroupMergedFreeBusy.of(answer, WINDOW)).contains("0103");
        assertThat(GroupMergedFreeBusy.of(FreeBusyResponses.error(Reason.RECIPIENT_NOT_FOUND, "x"), WINDOW))
                .isEmpty();
        assertThat(GroupMergedFreeBusy.slots(WINDOW)).isEqualTo(4);
    }

    private static FreeBusyEvent event(String start, String end, BusyType type) {
        return new FreeBusyEvent(
                BERLIN.toLocal(Instant.parse(start)), BERLIN.toLocal(Instant.parse(end)), type, Optional.empty());
    }

    private static GetUserAvailabilityRequestType request() {
        GetUserAvailabilityRequestType wire = new GetUserAvailabilityRequestType();
        wire.setMailboxDataArray(new ArrayOfMailboxData());
        return wire;
    }
}
