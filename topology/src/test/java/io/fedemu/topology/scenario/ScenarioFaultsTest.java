package io.fedemu.topology.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.protocol.faults.GatewayFaults;
import io.fedemu.protocol.faults.LinkFault;
import io.fedemu.protocol.faults.TenantFaults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's faults: read into what the roles' /admin/faults take, and refused with their line when wrong. */
class ScenarioFaultsTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    @TempDir
    Path dir;

    @Test
    void faultsAndClockOffsetsBecomeTheRolesFaults() throws IOException {
        Scenario scenario = loader.load(write("""
                scenario: faulty
                gateway:
                  clockOffsetSeconds: 90
                  faults: {signWithUnpublishedKey: true, tokenAudience: "urn:wrong"}
                organizations:
                  - name: a
                    kind: on-premises
                    domains: [contoso.com]
                    clockOffsetSeconds: -30
                    faults:
                      delayMillis: 250
                      links:
                        - {to: gateway, fault: unreachable}
                        - {to: b, fault: delay, delayMillis: 4000}
                  - {name: b, kind: on-premises, domains: [fabrikam.com]}
                """));

        assertThat(ScenarioFaults.gateway(scenario)).isEqualTo(new GatewayFaults(false, 0L, 90L, true, "urn:wrong"));
        assertThat(ScenarioFaults.organization(scenario.organizations().get(0)))
                .isEqualTo(new TenantFaults(
                        false,
                        250L,
                        -30L,
                        List.of(
                                new LinkFault("gateway", "unreachable", 0L, null),
                                new LinkFault("b", "delay", 4000L, null))));
        assertThat(ScenarioFaults.organization(scenario.organizations().get(1))).isEqualTo(TenantFaults.NONE);
    }

    @Test
    void aLinkToAnUnknownRoleOrOfAnUnknownKindIsNamedWithItsLine() throws IOException {
        Path unknownTarget = write(organizationWithLink("{to: northwind, fault: unreachable}"));
        Path unknownKind = write(organizationWithLink("{to: gateway, fault: melt}"));
        Path delayWithoutMillis = write(organizationWithLink("{to: gateway, fault: delay}"));
        Path resetWithMillis = write(organizationWithLink("{to: gateway, fault: connection-reset, delayMillis: 5}"));
        Path toItself = write(organizationWithLink("{to: a, fault: unreachable}"));

        assertThatThrownBy(() -> loader.load(unknownTarget))
                .hasMessage(unknownTarget
                        + ":8: organizations[0].faults.links[0].to: must be gateway or an organization of this scenario, "
                        + "not 'northwind'");
        assertThatThrownBy(() -> loader.load(unknownKind))
                .hasMessage(unknownKind
                        + ":8: organizations[0].faults.links[0].fault: must be one of " + LinkFault.Kind.wireNames()
                        + ", not 'melt'");
        assertThatThrownBy(() -> loader.load(delayWithoutMillis))
                .hasMessageEndingWith(
                        "organizations[0].faults.links[0].delayMillis: a delay fault needs a delay above 0");
        assertThatThrownBy(() -> loader.load(resetWithMillis))
                .hasMessageEndingWith("organizations[0].faults.links[0].delayMillis: only a delay fault takes a delay");
        assertThatThrownBy(() -> loader.load(toItself)).hasMessageContaining("not to a itself");
    }

    @Test
    void anOutOfRangeDelayAndAnUnknownFaultFieldAreNamed() throws IOException {
        Path delay = write("""
                scenario: faulty
                gateway:
                  faults: {delayMillis: 999999999}
                organizations:
                  - {name: a, kind: on-premises, domains: [contoso.com]}
                """);
        Path field = write("""
                scenario: faulty
                organizations:
                  - name: a
                    kind: on-premises
                    domains: [contoso.com]
                    faults: {down: true, signWithUnpublishedKey: true}
                """);

        assertThatThrownBy(() -> loader.load(delay))
                .hasMessageStartingWith(delay + ":3: gateway.faults.delayMillis: must be between 0 and 120000");
        assertThatThrownBy(() -> loader.load(field))
                .hasMessageStartingWith(field + ":6: organizations[0].faults")
                .hasMessageContaining("signWithUnpublishedKey");
    }

    private static String organizationWithLink(String link) {
        return """
                scenario: faulty
                organizations:
                  - name: a
                    kind: on-premises
                    domains: [contoso.com]
                    faults:
                      links:
                        - %s
                  - {name: b, kind: on-premises, domains: [fabrikam.com]}
                """.formatted(link);
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "scenario", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
