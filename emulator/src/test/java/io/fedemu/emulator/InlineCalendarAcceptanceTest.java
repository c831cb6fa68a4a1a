package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.junit.FederationExtension;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import microsoft.exchange.webservices.data.property.complex.availability.CalendarEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A calendar written inline in the scenario is what the tenant's free/busy answers, in a real EWS client. */
class InlineCalendarAcceptanceTest {
    @RegisterExtension
    static FederationExtension federation =
            FederationExtension.scenario(Path.of("src/test/resources/scenarios/derived.yaml"));

    @Test
    void erinSeesHerInlineEventsWithSubjectLocationAndPrivacyAsWritten() throws Exception {
        AttendeeAvailability erin = new EwsUser(
                        federation.trustBundle(),
                        federation.tenant("fabrikam").ewsUrl(),
                        "erin@fabrikam.com",
                        "pw-erin")
                .monday(FreeBusyViewType.Detailed, "erin@fabrikam.com")
                .get(0);

        assertThat(erin.getErrorCode()).as(erin.getErrorMessage()).isEqualTo(ServiceError.NoError);
        List<CalendarEvent> events = new ArrayList<>(erin.getCalendarEvents());
        // Written as local times in Eastern Standard Time (UTC-5 in November).
        assertThat(events)
                .extracting(CalendarEvent::getStartTime)
                .containsExactly(
                        Date.from(Instant.parse("2026-11-30T14:00:00Z")),
                        Date.from(Instant.parse("2026-11-30T17:00:00Z")),
                        Date.from(Instant.parse("2026-11-30T20:00:00Z")));
        assertThat(events.get(0).getEndTime()).isEqualTo(Date.from(Instant.parse("2026-11-30T15:30:00Z")));
        assertThat(events.get(0).getDetails().getSubject()).isEqualTo("Board meeting");
        assertThat(events.get(0).getDetails().getLocation()).isEqualTo("Fabrikam HQ");
        assertThat(events.get(1).getDetails().getSubject())
                .as("private stays private")
                .isNull();
        assertThat(events.get(1).getDetails().isPrivate()).isTrue();
        assertThat(events.get(2).getDetails().getSubject())
                .as("the weekly series recurs on this Monday")
                .isEqualTo("Planning");
        assertThat(events.get(2).getDetails().isRecurring()).isTrue();
    }
}
