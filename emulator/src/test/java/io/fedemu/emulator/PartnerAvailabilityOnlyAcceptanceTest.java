package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.junit.FederationExtension;
import io.fedemu.tenant.calendar.BusyType;
import io.fedemu.tenant.calendar.CalendarEvent;
import io.fedemu.topology.Topology;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * fabrikam is a partner with AvailabilityOnly: whatever dana's calendar holds and however much detail
 * a fabrikam user asks for, no subject or location ever crosses (a seeded property over generated
 * calendars; plain JUnit, seeds in the test name so a failure is replayable).
 */
class PartnerAvailabilityOnlyAcceptanceTest {

    @RegisterExtension
    static FederationExtension federation =
            FederationExtension.scenario(Path.of("src/test/resources/scenarios/e2e.yaml"));

    static Topology topology;

    @BeforeAll
    static void start() {
        topology = federation.topology();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
    void aFabrikamUserNeverSeesSubjectsOrLocationsOfDana(long seed) throws Exception {
        List<CalendarEvent> generated = calendar(new Random(seed));
        topology.tenant("contoso-cloud").calendars().replace("dana@contoso.mail.onmicrosoft.com", generated);

        AttendeeAvailability dana = new EwsUser(
                        topology.trustBundle(), topology.tenant("fabrikam").ewsUrl(), "erin@fabrikam.com", "pw-erin")
                .monday(
                        seed % 2 == 0 ? FreeBusyViewType.Detailed : FreeBusyViewType.DetailedMerged,
                        "dana@contoso.mail.onmicrosoft.com")
                .get(0);

        assertThat(dana.getErrorCode()).as(dana.getErrorMessage()).isEqualTo(ServiceError.NoError);
        assertThat(dana.getViewType()).isIn(FreeBusyViewType.FreeBusy, FreeBusyViewType.FreeBusyMerged);
        assertThat(dana.getCalendarEvents())
                .hasSizeGreaterThan(0)
                .allSatisfy(event -> assertThat(event.getDetails())
                        .as("no CalendarEventDetails at all")
                        .isNull());
    }

    private static List<CalendarEvent> calendar(Random random) {
        List<CalendarEvent> events = new ArrayList<>();
        BusyType[] types = {BusyType.BUSY, BusyType.TENTATIVE, BusyType.OOF, BusyType.FREE};
        int count = 1 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            ZonedDateTime start =
                    ZonedDateTime.of(2026, 11, 30, random.nextInt(20), 15 * random.nextInt(4), 0, 0, ZoneOffset.UTC);
            events.add(new CalendarEvent(
                    "gen-" + i,
                    start,
                    start.plusMinutes(15 + 15L * random.nextInt(8)),
                    false,
                    types[random.nextInt(types.length)],
                    "Secret subject " + random.nextInt(1000),
                    "Secret room " + random.nextInt(100),
                    random.nextBoolean(),
                    random.nextBoolean(),
                    random.nextBoolean(),
                    null));
        }
        return events;
    }
}
