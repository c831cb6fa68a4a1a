package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.protocol.tenant.FreeBusyAccessLevel;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import io.fedemu.topology.Topology;
import io.fedemu.topology.scenario.RelationshipDerivationException;
import io.fedemu.topology.scenario.Scenario;
import io.fedemu.topology.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.LegacyFreeBusyStatus;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import microsoft.exchange.webservices.data.property.complex.availability.CalendarEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario writes contoso cloud's relationship to fabrikam the way an admin creates it,
 * {@code Get-FederationInformation -DomainName fabrikam.com | New-OrganizationRelationship}: the emulator asks
 * fabrikam's Autodiscover at start, and free/busy then crosses the boundary with it.
 */
class PartnerFromFederationInformationAcceptanceTest {
    static final Path DERIVED = Path.of("src/test/resources/scenarios/derived.yaml");

    @TempDir
    static Path state;

    static Topology topology;

    @BeforeAll
    static void start() {
        topology = Topology.start(new ScenarioLoader().load(DERIVED), Topology.Options.in(state));
    }

    @AfterAll
    static void stop() {
        topology.close();
    }

    @Test
    void theRelationshipTakesFabrikamsDomainsApplicationUriAndAutodiscoverAndKeepsWhatTheScenarioWrites() {
        OrganizationRelationship toFabrikam = topology.tenant("contoso-cloud")
                .relationships()
                .get("To fabrikam")
                .orElseThrow();

        assertThat(toFabrikam.domainNames()).containsExactly("fabrikam.com", "fabrikam.net");
        assertThat(toFabrikam.targetApplicationUri()).isEqualTo("FYDIBOHF25SPDLT.fabrikam.com");
        assertThat(toFabrikam.targetAutodiscoverEpr())
                .isEqualTo("https://localhost:"
                        + topology.tenant("fabrikam").url().getPort() + "/autodiscover/autodiscover.svc");
        assertThat(toFabrikam.enabled()).isTrue();
        assertThat(toFabrikam.freeBusyAccessEnabled()).isTrue();
        assertThat(toFabrikam.freeBusyAccessLevel()).isEqualTo(FreeBusyAccessLevel.AVAILABILITY_ONLY);
        assertThat(toFabrikam.organizationContact()).isEqualTo("admin@contoso.mail.onmicrosoft.com");
    }

    @Test
    void bobSeesWhenErinIsBusyThroughTheDerivedRelationshipButNotWhatAbout() throws Exception {
        AttendeeAvailability erin = new EwsUser(
                        topology.trustBundle(),
                        topology.tenant("contoso-cloud").ewsUrl(),
                        "bob@contoso.mail.onmicrosoft.com",
                        "pw-bob")
                .monday(FreeBusyViewType.Detailed, "erin@fabrikam.com")
                .get(0);

        assertThat(erin.getErrorCode()).as(erin.getErrorMessage()).isEqualTo(ServiceError.NoError);
        assertThat(erin.getViewType())
                .as("AvailabilityOnly downgrades Detailed")
                .isEqualTo(FreeBusyViewType.FreeBusy);
        // Erin's inline events, written in Eastern time: 09:00, 12:00 and the weekly 15:00 are 14:00, 17:00, 20:00 UTC.
        assertThat(erin.getCalendarEvents())
                .extracting(CalendarEvent::getStartTime, CalendarEvent::getFreeBusyStatus)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Date.from(Instant.parse("2026-11-30T14:00:00Z")), LegacyFreeBusyStatus.Busy),
                        org.assertj.core.groups.Tuple.tuple(
                                Date.from(Instant.parse("2026-11-30T17:00:00Z")), LegacyFreeBusyStatus.OOF),
                        org.assertj.core.groups.Tuple.tuple(
                                Date.from(Instant.parse("2026-11-30T20:00:00Z")), LegacyFreeBusyStatus.Tentative));
        assertThat(erin.getCalendarEvents())
                .allSatisfy(event -> assertThat(event.getDetails()).isNull());
    }

    @Test
    void aRestartKeepsTheRelationshipStateHoldsInsteadOfAskingThePartnerAgain(@TempDir Path own) {
        Scenario scenario = new ScenarioLoader().load(DERIVED);
        try (Topology first = Topology.start(scenario, Topology.Options.in(own))) {
            first.tenant("contoso-cloud")
                    .relationships()
                    .set(
                            "To fabrikam",
                            RelationshipChanges.builder()
                                    .targetApplicationUri("changed.fabrikam.com")
                                    .build());
        }

        try (Topology second = Topology.start(scenario, Topology.Options.in(own))) {
            assertThat(second.tenant("contoso-cloud")
                            .relationships()
                            .get("To fabrikam")
                            .orElseThrow()
                            .targetApplicationUri())
                    .isEqualTo("changed.fabrikam.com");
            assertThat(second.tenant("contoso-cloud").relationships().list()).hasSize(1);
        }
    }

    @Test
    void aPartnerThatDoesNotHoldTheDomainStopsStartUpNamingTheFileTheRelationshipAndTheAnswer(@TempDir Path own) {
        Path file = Path.of("src/test/resources/scenarios/derived-unfederated.yaml");
        Scenario scenario = new ScenarioLoader().load(file);

        assertThatThrownBy(() -> Topology.start(scenario, Topology.Options.in(own)))
                .isInstanceOf(RelationshipDerivationException.class)
                .hasMessageStartingWith(file.toAbsolutePath().normalize() + ":11: organizations[0].relationships[0]"
                        + ".fromFederationInformation: contoso-cloud's relationship 'To tailspin' cannot be created: "
                        + "the partner refused GetFederationInformation: asked for tailspin.com at https://localhost:")
                .hasMessageEndingWith("it answered InvalidDomain: The domain tailspin.com is not a federated domain "
                        + "of this organization.");
    }
}
