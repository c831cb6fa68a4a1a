package io.fedemu.topology.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scenarios/hybrid-blank.yaml (issue 17): the seed's organizations as hybrid.yaml has them, with nothing the Hybrid
 * Configuration Wizard sets up; and {@code mail: hybridConnectors: false}, checked at its line.
 */
class HybridBlankScenarioTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    @TempDir
    Path dir;

    @Test
    void theBlankStartIsTheSeedWithoutWhatTheWizardSetsUp() {
        Scenario hybrid = loader.loadShipped("hybrid");
        Scenario blank = loader.loadShipped("hybrid-blank");

        assertThat(blank.organizations()).hasSameSizeAs(hybrid.organizations());
        for (int i = 0; i < hybrid.organizations().size(); i++) {
            Scenario.OrganizationSpec seed = hybrid.organizations().get(i);
            Scenario.OrganizationSpec start = blank.organizations().get(i);
            assertThat(start.name()).isEqualTo(seed.name());
            assertThat(start.domains()).isEqualTo(seed.domains());
            assertThat(start.servers()).isEqualTo(seed.servers());
            assertThat(start.databases()).isEqualTo(seed.databases());
            assertThat(start.mailboxes()).isEqualTo(seed.mailboxes());
            assertThat(start.remoteMailboxes()).isEqualTo(seed.remoteMailboxes());
            assertThat(start.groups()).isEqualTo(seed.groups());
            assertThat(start.federated()).isFalse();
            assertThat(start.relationships()).isEmpty();
            assertThat(start.availabilityAddressSpaces()).isEmpty();
            assertThat(start.mail().configured()).isFalse();
            assertThat(seed.mail().configured()).isTrue();
        }
        assertThat(blank.internet()).isEqualTo(hybrid.internet());
        assertThat(blank.dns()).isEqualTo(hybrid.dns());
        assertThat(blank.organization("contoso-cloud").orElseThrow().acceptedDomains())
                .containsExactly(new Scenario.AcceptedDomainSpec("contoso.com", "InternalRelay"));
    }

    @Test
    void aConnectorOverrideWithoutConnectorsIsRefusedAtItsLine() throws IOException {
        Path file = dir.resolve("blank.yaml");
        Files.writeString(file, """
                scenario: blank
                organizations:
                  - name: contoso
                    kind: on-premises
                    domains: [contoso.com]
                    mail:
                      hybridConnectors: false
                      sendConnector:
                        requireTls: false
                """);

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("blank.yaml:8: ")
                .hasMessageContaining(
                        "organizations[0].mail.sendConnector: mail: hybridConnectors: false leaves no Send connector");
    }
}
