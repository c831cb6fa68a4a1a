package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.topology.Topology;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import microsoft.exchange.webservices.data.property.complex.availability.CalendarEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The trust chain end to end, every hop real HTTPS between separate roles: an on-premises user sees a
 * cloud user's free/busy through the federation, and the reverse, in a real EWS client.
 */
class RemoteMailboxFreeBusyAcceptanceTest {

    @RegisterExtension
    static FederationExtension federation =
            FederationExtension.scenario(Path.of("src/test/resources/scenarios/e2e.yaml"));

    static Topology topology;

    @BeforeAll
    static void start() {
        topology = federation.topology();
    }

    @Test
    void anOnPremisesUserSeesACloudUsersFreeBusyThroughTheFederation() throws Exception {
        EwsUser alice = new EwsUser(
                topology.trustBundle(), topology.tenant("contoso-onprem").ewsUrl(), "alice@contoso.com", "pw-alice");

        List<AttendeeAvailability> answers = alice.monday(
                FreeBusyViewType.DetailedMerged, "bob@contoso.com", "alice@contoso.com", "nobody@contoso.com");

        AttendeeAvailability bob = answers.get(0);
        assertThat(bob.getErrorCode()).as(bob.getErrorMessage()).isEqualTo(ServiceError.NoError);
        assertThat(bob.getViewType()).isEqualTo(FreeBusyViewType.DetailedMerged);
        List<CalendarEvent> events = new ArrayList<>(bob.getCalendarEvents());
        assertThat(events)
                .extracting(CalendarEvent::getStartTime)
                .containsExactly(
                        Date.from(Instant.parse("2026-11-30T10:00:00Z")),
                        Date.from(Instant.parse("2026-11-30T12:00:00Z")),
                        Date.from(Instant.parse("2026-11-30T15:00:00Z")));
        assertThat(events.get(0).getDetails().getSubject()).isEqualTo("Capacity planning");
        assertThat(events.get(0).getDetails().getStoreId())
                .as("no item ids across organizations")
                .isNull();
        assertThat(events.get(1).getDetails().getSubject())
                .as("private stays private")
                .isNull();
        assertThat(bob.getMergedFreeBusyStatus()).hasSize(24);
        assertThat(answers.get(1).getErrorCode()).isEqualTo(ServiceError.NoError);
        assertThat(answers.get(2).getErrorCode()).isEqualTo(ServiceError.ErrorMailRecipientNotFound);

        List<JournalEntry> hops = topology.journal()
                .find(entry -> "bob@contoso.com".equals(entry.subject()) || entry.step() != JournalEntry.Step.ROUTING);
        assertThat(topology.journal().all())
                .extracting(JournalEntry::step)
                .contains(
                        JournalEntry.Step.ROUTING,
                        JournalEntry.Step.RELATIONSHIP_MATCH,
                        JournalEntry.Step.TOKEN_REQUEST,
                        JournalEntry.Step.DISCOVERY,
                        JournalEntry.Step.PARTNER_CALL,
                        JournalEntry.Step.TOKEN_VALIDATION,
                        JournalEntry.Step.ACCESS_DECISION);
        assertThat(hops).allSatisfy(entry -> assertThat(entry.verdict()).isEqualTo(JournalEntry.Verdict.PASS));
    }

    @Test
    void theJournalIsQueryableThroughATenantsAdminApi() throws Exception {
        new EwsUser(topology.trustBundle(), topology.tenant("contoso-onprem").ewsUrl(), "alice@contoso.com", "pw-alice")
                .monday(FreeBusyViewType.FreeBusy, "bob@contoso.com");
        io.fedemu.client.http.JsonHttp http = new io.fedemu.client.http.JsonHttp(
                        io.fedemu.certs.TrustBundles.clientContext(topology.trustBundle()),
                        java.time.Duration.ofSeconds(10))
                .withAdmin(topology.adminCredential());
        String admin =
                "https://localhost:" + topology.tenant("contoso-cloud").url().getPort() + "/admin/journal";

        JournalEntry[] validations = http.expect(
                http.get(java.net.URI.create(admin + "?role=contoso-cloud&verdict=pass&user=alice@contoso.com")),
                JournalEntry[].class);
        io.fedemu.client.http.JsonHttp.Reply wrong = http.get(java.net.URI.create(admin + "?verdict=maybe"));

        assertThat(validations).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.role()).isEqualTo("contoso-cloud");
            assertThat(entry.verdict()).isEqualTo(JournalEntry.Verdict.PASS);
        });
        assertThat(validations).extracting(JournalEntry::step).contains(JournalEntry.Step.TOKEN_VALIDATION);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("verdict must be PASS or FAIL");
    }

    @Test
    void aCloudUserSeesAnOnPremisesUserTheOtherWay() throws Exception {
        EwsUser bob = new EwsUser(
                topology.trustBundle(),
                topology.tenant("contoso-cloud").ewsUrl(),
                "bob@contoso.mail.onmicrosoft.com",
                "pw-bob");

        AttendeeAvailability alice =
                bob.monday(FreeBusyViewType.Detailed, "alice@contoso.com").get(0);

        assertThat(alice.getErrorCode()).as(alice.getErrorMessage()).isEqualTo(ServiceError.NoError);
        assertThat(alice.getCalendarEvents()).singleElement().satisfies(event -> {
            assertThat(event.getStartTime()).isEqualTo(Date.from(Instant.parse("2026-11-30T09:00:00Z")));
            assertThat(event.getDetails().getSubject()).isEqualTo("Hybrid migration sync");
        });
    }
}
