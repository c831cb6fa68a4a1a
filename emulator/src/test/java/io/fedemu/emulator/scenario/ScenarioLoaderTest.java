package io.fedemu.emulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
    private static final Path SCENARIOS = Path.of("..", "scenarios");
    private final ScenarioLoader loader = new ScenarioLoader();

    @TempDir
    Path dir;

    @Test
    void theShippedHybridScenarioLoadsWithBothOrganizationsAndTheirRelationships() {
        Scenario hybrid = loader.load(SCENARIOS.resolve("hybrid.yaml"));

        assertThat(hybrid.scenario()).isEqualTo("hybrid");
        assertThat(hybrid.organizations()).extracting(Scenario.OrganizationSpec::name)
                .containsExactly("contoso-onprem", "contoso-cloud");
        Scenario.OrganizationSpec onPremises = hybrid.organization("contoso-onprem").orElseThrow();
        assertThat(onPremises.remoteMailboxes()).extracting(Scenario.RemoteMailboxSpec::targetAddress)
                .containsExactly("bob@contoso.mail.onmicrosoft.com", "dana@contoso.mail.onmicrosoft.com");
        assertThat(onPremises.relationships().get(0).freeBusyAccessLevel()).isEqualTo("LimitedDetails");
        assertThat(hybrid.organization("contoso-cloud").orElseThrow().relationships().get(0).targetApplicationUri())
                .isEqualTo("FYDIBOHF25SPDLT.contoso.com");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"hybrid.yaml", "partner.yaml",
            "teaching-wrong-target-address.yaml", "teaching-stale-metadata.yaml",
            "teaching-firewall.yaml"})
    void everyShippedScenarioLoadsAndItsCalendarsImport(String name) {
        Scenario scenario = loader.load(SCENARIOS.resolve(name));

        for (Scenario.OrganizationSpec organization : scenario.organizations()) {
            assertThat(TenantDefinitions.from(scenario, organization).directory().acceptedDomains())
                    .containsExactlyInAnyOrderElementsOf(organization.domains());
        }
    }

    @Test
    void anUnknownFieldIsNamedWithItsLine() throws IOException {
        Path file = write("""
                scenario: broken
                organizations:
                  - name: contoso
                    kind: on-premises
                    domains: [contoso.com]
                    mailboxs: []
                """);

        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(file + ":6: organizations[0].mailboxs: ")
                .hasMessageContaining("Unrecognized field \"mailboxs\"");
    }

    @Test
    void aWrongValueIsNamedWithItsLineAndTheAllowedValues() throws IOException {
        Path file = write("""
                scenario: broken
                organizations:
                  - name: contoso
                    kind: on-premises
                    domains: [contoso.com]
                    relationships:
                      - name: to fabrikam
                        domainNames: [fabrikam.com]
                        freeBusyAccessLevel: Everything
                """);

        ScenarioException error = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> loader.load(file));
        assertThat(error.line()).isEqualTo(9);
        assertThat(error.field()).isEqualTo("organizations[0].relationships[0].freeBusyAccessLevel");
        assertThat(error.getMessage()).endsWith("must be one of " + ScenarioRules.FREE_BUSY_LEVELS);
    }

    @Test
    void aDomainInTwoOrganizationsAndAnEndpointNamingAMissingTenantAreRefused() throws IOException {
        Path twice = write("""
                scenario: broken
                organizations:
                  - {name: a, kind: on-premises, domains: [contoso.com]}
                  - {name: b, kind: on-premises, domains: [contoso.com]}
                """);
        Path missing = write("""
                scenario: broken
                organizations:
                  - name: a
                    kind: on-premises
                    domains: [contoso.com]
                    relationships:
                      - name: to nowhere
                        domainNames: [nowhere.com]
                        targetAutodiscoverEpr: tenant:nowhere/autodiscover
                """);

        assertThatThrownBy(() -> loader.load(twice)).hasMessage(twice + ":4: organizations[1].domains[0]: domain "
                + "contoso.com is already used by a");
        assertThatThrownBy(() -> loader.load(missing)).hasMessage(missing + ":9: organizations[0].relationships[0]"
                + ".targetAutodiscoverEpr: names tenant nowhere, which this scenario does not define");
    }

    @Test
    void aMailboxOutsideTheAcceptedDomainsAndAMissingCalendarAreRefused() throws IOException {
        Path outside = write("""
                scenario: broken
                organizations:
                  - name: a
                    kind: on-premises
                    domains: [contoso.com]
                    mailboxes:
                      - {address: eve@fabrikam.com, password: x}
                """);
        Path noCalendar = write("""
                scenario: broken
                organizations:
                  - name: a
                    kind: on-premises
                    domains: [contoso.com]
                    mailboxes:
                      - address: eve@contoso.com
                        password: x
                        calendar: eve.ics
                """);

        assertThatThrownBy(() -> loader.load(outside)).hasMessageContaining(":7: organizations[0].mailboxes[0].address: "
                + "eve@fabrikam.com is not in an accepted domain of a [contoso.com]");
        assertThatThrownBy(() -> loader.load(noCalendar)).hasMessageContaining(":9: organizations[0].mailboxes[0]"
                + ".calendar: no such file " + dir.resolve("eve.ics"));
    }

    @Test
    void aMissingFileAndBrokenYamlAreNamed() throws IOException {
        Path nothing = dir.resolve("nothing.yaml");
        Path broken = write("scenario: \"unterminated\norganizations: []\n");

        assertThatThrownBy(() -> loader.load(nothing)).hasMessage(nothing + ": no such scenario file");
        assertThatThrownBy(() -> loader.load(broken)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("not valid YAML");
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "scenario", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
