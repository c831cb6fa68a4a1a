package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.junit.FederationExtension;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.availability.AvailabilityData;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.availability.SuggestionQuality;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.ConflictType;
import microsoft.exchange.webservices.data.core.enumeration.property.LegacyFreeBusyStatus;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.misc.availability.AttendeeInfo;
import microsoft.exchange.webservices.data.misc.availability.AvailabilityOptions;
import microsoft.exchange.webservices.data.misc.availability.GetUserAvailabilityResults;
import microsoft.exchange.webservices.data.misc.availability.TimeWindow;
import microsoft.exchange.webservices.data.property.complex.availability.Conflict;
import microsoft.exchange.webservices.data.property.complex.availability.Suggestion;
import microsoft.exchange.webservices.data.property.complex.availability.TimeSuggestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Scheduling Assistant's request through the unmodified EWS Java API (AvailabilityData.FreeBusyAndSuggestions):
 * Ann at contoso cloud asks for a week with four colleagues and Erin at fabrikam.com, whose busy times come through
 * the federation at AvailabilityOnly (scenarios/suggestions.yaml). PROTOCOL.md section 12.
 */
class MeetingSuggestionsAcceptanceTest {
    private static final String ANN = "ann@contoso.mail.onmicrosoft.com";
    private static final List<String> ATTENDEES = List.of(
            ANN,
            "ben@contoso.mail.onmicrosoft.com",
            "cat@contoso.mail.onmicrosoft.com",
            "dan@contoso.mail.onmicrosoft.com",
            "erin@fabrikam.com");

    @RegisterExtension
    static FederationExtension federation =
            FederationExtension.scenario(Path.of("src/test/resources/scenarios/suggestions.yaml"));

    @Test
    void theWeekHasExcellentGoodFairAndPoorDaysWithTheRemoteAttendeeCounted() throws Exception {
        GetUserAvailabilityResults results = ask(AvailabilityData.FreeBusyAndSuggestions, 60);

        List<Suggestion> days = new ArrayList<>(results.getSuggestions());
        assertThat(days)
                .extracting(Suggestion::getDate)
                .containsExactly(
                        date("2026-11-30T00:00:00Z"),
                        date("2026-12-01T00:00:00Z"),
                        date("2026-12-02T00:00:00Z"),
                        date("2026-12-03T00:00:00Z"),
                        date("2026-12-04T00:00:00Z"));
        assertThat(days)
                .extracting(Suggestion::getQuality)
                .containsExactly(
                        SuggestionQuality.Excellent,
                        SuggestionQuality.Good,
                        SuggestionQuality.Fair,
                        SuggestionQuality.Poor,
                        SuggestionQuality.Excellent);

        assertThat(days.get(0).getTimeSuggestions())
                .as("Ben's 09:00 meeting rules out 08:30 to 09:30")
                .extracting(TimeSuggestion::getMeetingTime)
                .containsExactly(
                        date("2026-11-30T08:00:00Z"), date("2026-11-30T10:00:00Z"), date("2026-11-30T10:30:00Z"));
        assertThat(days.get(0).getTimeSuggestions()).allMatch(TimeSuggestion::isWorkTime);

        List<TimeSuggestion> tuesday = new ArrayList<>(days.get(1).getTimeSuggestions());
        assertThat(tuesday).hasSize(3).allMatch(time -> time.getQuality() == SuggestionQuality.Good);
        List<Conflict> conflicts = new ArrayList<>(tuesday.get(0).getConflicts());
        assertThat(conflicts)
                .as("one per attendee, in request order")
                .extracting(Conflict::getConflictType)
                .containsOnly(ConflictType.IndividualAttendeeConflict)
                .hasSize(5);
        assertThat(conflicts)
                .extracting(Conflict::getFreeBusyStatus)
                .containsExactly(
                        LegacyFreeBusyStatus.Free,
                        LegacyFreeBusyStatus.Free,
                        LegacyFreeBusyStatus.Free,
                        LegacyFreeBusyStatus.Free,
                        LegacyFreeBusyStatus.Busy);
        assertThat(days.get(2).getTimeSuggestions())
                .isNotEmpty()
                .allMatch(time -> time.getQuality() == SuggestionQuality.Fair);
        assertThat(days.get(3).getTimeSuggestions())
                .as("Poor is below the default minimum, Fair")
                .isEmpty();

        List<AttendeeAvailability> freeBusy = new ArrayList<>();
        results.getAttendeesAvailability().forEach(freeBusy::add);
        assertThat(freeBusy).hasSize(5).allMatch(answer -> answer.getErrorCode() == ServiceError.NoError);
        assertThat(freeBusy.get(4).getViewType())
                .as("Erin's free/busy as the relationship allows")
                .isEqualTo(FreeBusyViewType.FreeBusy);
    }

    @Test
    void suggestionsAloneComeWithoutFreeBusy() throws Exception {
        GetUserAvailabilityResults results = ask(AvailabilityData.Suggestions, 60);

        assertThat(results.getAttendeesAvailability()).isNull();
        assertThat(results.getSuggestions()).hasSize(5);
    }

    @Test
    void aWholeDayMeetingFitsNoWorkingDaySoNoDayHasASuggestion() throws Exception {
        // Out-of-range options never leave the EWS Java API (it checks them itself); the wire test sends them.
        GetUserAvailabilityResults results = ask(AvailabilityData.FreeBusyAndSuggestions, 1440);

        List<Suggestion> days = new ArrayList<>(results.getSuggestions());
        assertThat(days).hasSize(5).allMatch(day -> day.getTimeSuggestions().isEmpty());
        assertThat(days).extracting(Suggestion::getQuality).containsOnly(SuggestionQuality.Poor);
        assertThat(results.getAttendeesAvailability().getCount()).isEqualTo(5);
    }

    private static GetUserAvailabilityResults ask(AvailabilityData data, int minutes) throws Exception {
        java.util.TimeZone jvmZone = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        try (ExchangeService service =
                TrustingExchangeService.trusting(federation.trustBundle(), ExchangeVersion.Exchange2010_SP2)) {
            service.setCredentials(new WebCredentials(ANN, "pw-ann"));
            service.setUrl(federation.tenant("contoso-cloud").ewsUrl());
            List<AttendeeInfo> attendees =
                    ATTENDEES.stream().map(AttendeeInfo::new).toList();
            AvailabilityOptions options = new AvailabilityOptions();
            options.setMeetingDuration(minutes);
            options.setMaximumSuggestionsPerDay(3);
            return service.getUserAvailability(
                    attendees,
                    new TimeWindow(date("2026-11-30T00:00:00Z"), date("2026-12-05T00:00:00Z")),
                    data,
                    options);
        } finally {
            java.util.TimeZone.setDefault(jvmZone);
        }
    }

    private static Date date(String instant) {
        return Date.from(Instant.parse(instant));
    }
}
