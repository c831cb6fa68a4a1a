package io.fedemu.topology.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.gateway.OrganizationKind;
import io.fedemu.tenant.TenantDefinition;
import io.fedemu.tenant.calendar.CalendarEvent;
import io.fedemu.tenant.directory.DefaultPermission;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.directory.RemoteMailbox;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenantDefinitionsTest {
    private final Scenario hybrid = new ScenarioLoader().load(Path.of("..", "scenarios", "hybrid.yaml"));

    @Test
    void theOnPremisesOrganizationGetsItsDirectoryZonesAndPermissions() {
        TenantDefinition onPremises = TenantDefinitions.from(
                hybrid, hybrid.organization("contoso-onprem").orElseThrow());

        assertThat(onPremises.kind()).isEqualTo(OrganizationKind.ON_PREMISES);
        assertThat(onPremises.applicationUri()).isEqualTo("FYDIBOHF25SPDLT.contoso.com");
        Mailbox alice = (Mailbox) onPremises.directory().lookup("Alice.Wilson@contoso.com");
        assertThat(alice.address()).isEqualTo("alice@contoso.com");
        assertThat(alice.timeZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(alice.defaultPermission()).isEqualTo(DefaultPermission.FREE_BUSY_TIME_AND_SUBJECT_AND_LOCATION);
        assertThat(alice.workingHours().periods().get(0).days())
                .contains(DayOfWeek.MONDAY)
                .doesNotContain(DayOfWeek.SATURDAY);
        assertThat(onPremises.directory().lookup("bob@contoso.com"))
                .isInstanceOfSatisfying(
                        RemoteMailbox.class,
                        bob -> assertThat(bob.targetAddress()).isEqualTo("bob@contoso.mail.onmicrosoft.com"));
    }

    @Test
    void everyShippedCalendarImportsWithItsRecurrencesAndPrivacy() {
        TenantDefinition onPremises = TenantDefinitions.from(
                hybrid, hybrid.organization("contoso-onprem").orElseThrow());
        TenantDefinition cloud = TenantDefinitions.from(
                hybrid, hybrid.organization("contoso-cloud").orElseThrow());

        List<CalendarEvent> alice = onPremises.initialCalendars().get("alice@contoso.com");
        assertThat(alice)
                .extracting(CalendarEvent::subject)
                .contains("Hybrid migration weekly sync", "Physiotherapy", "Hold: cutover rehearsal");
        assertThat(alice)
                .filteredOn(CalendarEvent::isPrivate)
                .extracting(CalendarEvent::subject)
                .containsExactly("Physiotherapy");
        assertThat(alice)
                .filteredOn(e -> e.subject().equals("Hybrid migration weekly sync"))
                .singleElement()
                .satisfies(e -> assertThat(e.recurrenceRule()).hasValueSatisfying(r -> {
                    assertThat(r.exceptionDates()).hasSize(1);
                    assertThat(r.overrides()).hasSize(1);
                }));
        assertThat(onPremises.initialCalendars().get("carol@contoso.com"))
                .anySatisfy(e -> assertThat(e.allDay()).isTrue());
        assertThat(cloud.initialCalendars())
                .containsKeys("bob@contoso.mail.onmicrosoft.com", "dana@contoso.mail.onmicrosoft.com");
        assertThat(cloud.kind()).isEqualTo(OrganizationKind.CLOUD);
    }
}
