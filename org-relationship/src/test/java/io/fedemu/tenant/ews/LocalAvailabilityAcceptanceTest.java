package io.fedemu.tenant.ews;

import static io.fedemu.tenant.ews.TenantFixture.ALICE;
import static io.fedemu.tenant.ews.TenantFixture.BOB;
import static io.fedemu.tenant.ews.TenantFixture.CAROL;
import static io.fedemu.tenant.ews.TenantFixture.DAVE;
import static io.fedemu.tenant.ews.TenantFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.availability.AvailabilityData;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.LegacyFreeBusyStatus;
import microsoft.exchange.webservices.data.core.enumeration.service.ServiceResult;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.misc.availability.AttendeeInfo;
import microsoft.exchange.webservices.data.misc.availability.AvailabilityOptions;
import microsoft.exchange.webservices.data.misc.availability.GetUserAvailabilityResults;
import microsoft.exchange.webservices.data.misc.availability.TimeWindow;
import microsoft.exchange.webservices.data.property.complex.availability.CalendarEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * alice opens the scheduling assistant in a real EWS client (the EWS Java API) against a tenant on a
 * random HTTPS port, and sees her colleagues as their calendar permissions allow; unknown and
 * remote addresses fail alone, never the whole call.
 */
class LocalAvailabilityAcceptanceTest {
    @TempDir
    static Path state;

    static TenantFixture fixture;
    static TimeZone jvmZone;

    @BeforeAll
    static void start() {
        // The Java API sends the JVM's zone and date-only windows; pin it so the week is the same everywhere.
        jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        fixture = new TenantFixture(state);
    }

    @AfterAll
    static void stop() {
        fixture.close();
        TimeZone.setDefault(jvmZone);
    }

    @Test
    void detailedMergedShowsCarolsWeekWithPrivacyAndFailsOnlyTheBadAddresses() throws Exception {
        List<AttendeeAvailability> answers = availability(
                FreeBusyViewType.DetailedMerged, CAROL, "nobody@contoso.com", BOB, DAVE, "someone@fabrikam.com");

        AttendeeAvailability carol = answers.get(0);
        assertThat(carol.getResult()).isEqualTo(ServiceResult.Success);
        assertThat(carol.getViewType()).isEqualTo(FreeBusyViewType.DetailedMerged);
        List<CalendarEvent> events = new ArrayList<>(carol.getCalendarEvents());
        assertThat(events)
                .extracting(CalendarEvent::getStartTime)
                .containsExactly(
                        at("2026-11-30T10:00:00Z"),
                        at("2026-11-30T14:00:00Z"),
                        at("2026-12-01T09:00:00Z"),
                        at("2026-12-02T00:00:00Z"));
        assertThat(events)
                .extracting(CalendarEvent::getFreeBusyStatus)
                .containsExactly(
                        LegacyFreeBusyStatus.Busy,
                        LegacyFreeBusyStatus.Tentative,
                        LegacyFreeBusyStatus.Busy,
                        LegacyFreeBusyStatus.OOF);
        assertThat(events.get(0).getDetails().getSubject()).isEqualTo("Design review");
        assertThat(events.get(0).getDetails().getLocation()).isEqualTo("Room 1");
        assertThat(events.get(0).getDetails().getStoreId())
                .as("no item ids below Reviewer")
                .isNull();
        assertThat(events.get(2).getDetails().isPrivate()).isTrue();
        assertThat(events.get(2).getDetails().getSubject())
                .as("private items never show a subject")
                .isNull();
        assertThat(events.get(2).getDetails().getLocation()).isNull();
        List<LegacyFreeBusyStatus> merged = new ArrayList<>(carol.getMergedFreeBusyStatus());
        assertThat(merged).hasSize(3 * 48);
        assertThat(merged.get(20)).as("Monday 10:00").isEqualTo(LegacyFreeBusyStatus.Busy);
        assertThat(merged.get(28)).as("Monday 14:00").isEqualTo(LegacyFreeBusyStatus.Tentative);
        assertThat(merged.get(48 + 18)).as("Tuesday 09:00").isEqualTo(LegacyFreeBusyStatus.Busy);
        assertThat(merged.get(96 + 5)).as("Wednesday, all day").isEqualTo(LegacyFreeBusyStatus.OOF);
        assertThat(merged.get(0)).isEqualTo(LegacyFreeBusyStatus.Free);

        assertThat(answers.get(1).getErrorCode()).isEqualTo(ServiceError.ErrorMailRecipientNotFound);
        assertThat(answers.get(1).getErrorDetails())
                .as("the reason, as data in MessageXml")
                .containsEntry("fedemu.reason", "RECIPIENT_NOT_FOUND");
        assertThat(answers.get(2).getErrorCode())
                .as("remote mailbox, no relationship yet")
                .isEqualTo(ServiceError.ErrorAddressSpaceNotFound);
        assertThat(answers.get(2).getErrorMessage()).contains("contoso.mail.onmicrosoft.com");
        assertThat(answers.get(3).getErrorCode())
                .as("Default permission None")
                .isEqualTo(ServiceError.ErrorNoFreeBusyAccess);
        assertThat(answers.get(3).getErrorDetails())
                .as("inside the organization the calendar's Default permission decides, no relationship")
                .containsEntry("fedemu.reason", "NO_FREE_BUSY_ACCESS");
        assertThat(answers.get(4).getErrorCode()).isEqualTo(ServiceError.ErrorAddressSpaceNotFound);
    }

    @Test
    void aCalendarSharedAsTimeOnlyIsDowngradedToFreeBusyAndSaysSo() throws Exception {
        AttendeeAvailability alice =
                availability(FreeBusyViewType.Detailed, ALICE).get(0);

        assertThat(alice.getErrorCode()).isEqualTo(ServiceError.NoError);
        assertThat(alice.getViewType())
                .isEqualTo(FreeBusyViewType.Detailed)
                .as("alice asks about herself: the owner sees everything");
        AttendeeAvailability fromCarol =
                availabilityAs(CAROL, FreeBusyViewType.Detailed, ALICE).get(0);
        assertThat(fromCarol.getViewType()).isEqualTo(FreeBusyViewType.FreeBusy);
        assertThat(fromCarol.getCalendarEvents())
                .singleElement()
                .satisfies(event -> assertThat(event.getDetails()).isNull());
    }

    @Test
    void everyViewReturnsWhatItNames() throws Exception {
        AttendeeAvailability mergedOnly =
                availability(FreeBusyViewType.MergedOnly, CAROL).get(0);
        AttendeeAvailability freeBusy =
                availability(FreeBusyViewType.FreeBusy, CAROL).get(0);
        AttendeeAvailability freeBusyMerged =
                availability(FreeBusyViewType.FreeBusyMerged, CAROL).get(0);
        AttendeeAvailability detailed =
                availability(FreeBusyViewType.Detailed, CAROL).get(0);

        assertThat(mergedOnly.getViewType()).isEqualTo(FreeBusyViewType.MergedOnly);
        assertThat(mergedOnly.getCalendarEvents()).isEmpty();
        assertThat(mergedOnly.getMergedFreeBusyStatus()).hasSize(144);
        assertThat(freeBusy.getViewType()).isEqualTo(FreeBusyViewType.FreeBusy);
        assertThat(freeBusy.getMergedFreeBusyStatus()).isEmpty();
        assertThat(freeBusy.getCalendarEvents())
                .hasSize(4)
                .allSatisfy(e -> assertThat(e.getDetails()).isNull());
        assertThat(freeBusy.getWorkingHours().getDaysOfTheWeek()).hasSize(5);
        assertThat(freeBusy.getWorkingHours().getStartTime()).isEqualTo(8 * 60);
        assertThat(freeBusy.getWorkingHours().getEndTime()).isEqualTo(17 * 60);
        assertThat(freeBusyMerged.getMergedFreeBusyStatus()).hasSize(144);
        assertThat(freeBusyMerged.getCalendarEvents()).hasSize(4);
        assertThat(detailed.getMergedFreeBusyStatus()).isEmpty();
        assertThat(detailed.getCalendarEvents())
                .hasSize(4)
                .first()
                .satisfies(e -> assertThat(e.getDetails().getSubject()).isEqualTo("Design review"));
    }

    private static List<AttendeeAvailability> availability(FreeBusyViewType view, String... attendees)
            throws Exception {
        return availabilityAs(ALICE, view, attendees);
    }

    private static List<AttendeeAvailability> availabilityAs(
            String requester, FreeBusyViewType view, String... attendees) throws Exception {
        try (ExchangeService service =
                TrustingExchangeService.trusting(fixture.trustBundle, ExchangeVersion.Exchange2010_SP2)) {
            service.setCredentials(new WebCredentials(requester, PASSWORD));
            service.setUrl(fixture.tenant.ewsUrl());
            List<AttendeeInfo> infos = new ArrayList<>();
            for (String attendee : attendees) {
                infos.add(new AttendeeInfo(attendee));
            }
            AvailabilityOptions options = new AvailabilityOptions();
            options.setRequestedFreeBusyView(view);
            options.setMergedFreeBusyInterval(30);
            GetUserAvailabilityResults results = service.getUserAvailability(
                    infos,
                    new TimeWindow(at("2026-11-30T00:00:00Z"), at("2026-12-03T00:00:00Z")),
                    AvailabilityData.FreeBusy,
                    options);
            List<AttendeeAvailability> answers = new ArrayList<>();
            results.getAttendeesAvailability().forEach(answers::add);
            assertThat(answers).hasSize(attendees.length);
            return answers;
        }
    }

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }
}
