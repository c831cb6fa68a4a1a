package io.fedemu.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fedemu.client.Json;
import io.fedemu.protocol.faults.GatewayFaults;
import io.fedemu.protocol.faults.TenantFaults;
import io.fedemu.topology.Topology;
import io.fedemu.topology.launcher.EndpointsFile;
import io.fedemu.topology.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * get-fault, set-fault and clear-fault against a running hybrid topology, found through endpoints.json:
 * each changes exactly what it names on the role's {@code /admin/faults}, and a wrong request changes nothing.
 */
class FaultCommandsTest {
    @TempDir
    static Path state;

    static Topology topology;

    @BeforeAll
    static void start() {
        topology = Topology.start(
                new ScenarioLoader().load(Path.of("../scenarios/hybrid.yaml")), Topology.Options.in(state));
        EndpointsFile.write(state, EndpointsFile.describe(topology));
    }

    @AfterEach
    void mend() {
        topology.clearFaults();
    }

    @AfterAll
    static void stop() {
        topology.close();
    }

    static CommandRun run(String... args) {
        return CmdletCommandsTest.in(state, args);
    }

    @Test
    void setFaultChangesOnlyTheNamedFaultsOfTheGateway() {
        CommandRun down = run("set-fault", "--role", "gateway", "--down", "true");
        CommandRun audience = run("set-fault", "--role", "gateway", "--token-audience", "urn:someone-else");

        assertThat(down.exitCode()).as(down.err()).isZero();
        assertThat(down.out()).contains("Role", "gateway", "Down", "True");
        assertThat(audience.exitCode()).as(audience.err()).isZero();
        assertThat(topology.gateway().faults().current())
                .isEqualTo(new GatewayFaults(true, 0L, 0L, false, "urn:someone-else"));

        run("set-fault", "--role", "gateway", "--token-audience", "none");
        assertThat(topology.gateway().faults().current().tokenAudience()).isNull();
        assertThat(topology.gateway().faults().current().down()).isTrue();
    }

    @Test
    void aLinkFaultIsAddedReplacedAndRemovedWithoutTouchingTheOthers() throws Exception {
        assertThat(run("set-fault", "--role", "contoso-onprem", "--link", "gateway", "--fault", "unreachable")
                        .exitCode())
                .isZero();
        CommandRun delay = run(
                "set-fault",
                "--role",
                "contoso-onprem",
                "--link",
                "contoso-cloud",
                "--fault",
                "delay",
                "--link-delay-ms",
                "250",
                "--json");

        assertThat(delay.exitCode()).as(delay.err()).isZero();
        JsonNode printed = Json.lenient().readTree(delay.out());
        assertThat(printed.get("links")).hasSize(2);
        assertThat(printed.get("links").get(1).asText())
                .startsWith("contoso-cloud: delay 250 ms via https://127.0.0.1:");
        assertThat(topology.tenant("contoso-onprem").faults().current().links())
                .extracting(link -> link.to() + "=" + link.fault())
                .containsExactly("gateway=unreachable", "contoso-cloud=delay");

        run("set-fault", "--role", "contoso-onprem", "--link", "gateway", "--fault", "none");
        assertThat(topology.tenant("contoso-onprem").faults().current().links())
                .extracting(link -> link.to())
                .containsExactly("contoso-cloud");
    }

    @Test
    void getFaultListsEveryRoleAndClearFaultMendsThemAll() throws Exception {
        run("set-fault", "--role", "contoso-cloud", "--clock-offset-seconds", "1200");
        run("set-fault", "--role", "gateway", "--delay-ms", "10");

        JsonNode all = Json.lenient().readTree(run("get-fault", "--json").out());
        assertThat(all)
                .extracting(node -> node.get("role").asText())
                .containsExactly("gateway", "contoso-onprem", "contoso-cloud");
        assertThat(all.get(0).get("delayMillis").asLong()).isEqualTo(10);
        assertThat(all.get(2).get("clockOffsetSeconds").asLong()).isEqualTo(1200);

        CommandRun clear = run("clear-fault");
        assertThat(clear.exitCode()).as(clear.err()).isZero();
        assertThat(topology.gateway().faults().current()).isEqualTo(GatewayFaults.NONE);
        assertThat(topology.tenant("contoso-cloud").faults().current()).isEqualTo(TenantFaults.NONE);
        assertThat(topology.tenant("contoso-cloud").clock().offset()).isZero();
    }

    @Test
    void aWrongFaultIsRefusedWithItsReasonAndChangesNothing() {
        run("set-fault", "--role", "contoso-onprem", "--down", "true");

        CommandRun unknownTarget =
                run("set-fault", "--role", "contoso-onprem", "--link", "fabrikam", "--fault", "unreachable");
        CommandRun unknownKind = run("set-fault", "--role", "contoso-onprem", "--link", "gateway", "--fault", "melt");
        CommandRun gatewayLink = run("set-fault", "--role", "gateway", "--link", "contoso-cloud", "--fault", "delay");
        CommandRun nothing = run("set-fault", "--role", "contoso-cloud");
        CommandRun unknownRole = run("set-fault", "--role", "northwind", "--down", "true");

        assertThat(unknownTarget.exitCode()).isEqualTo(1);
        assertThat(unknownTarget.err()).contains("LINK_TARGET_UNKNOWN", "fabrikam");
        assertThat(unknownKind.exitCode()).isEqualTo(1);
        assertThat(unknownKind.err()).contains("FAULT_INVALID", "links[0].fault", "melt");
        assertThat(gatewayLink.exitCode()).isEqualTo(2);
        assertThat(gatewayLink.err()).contains("--role contoso-onprem --link gateway");
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(unknownRole.exitCode()).isNotZero();
        assertThat(unknownRole.err()).contains("northwind", "contoso-onprem");
        assertThat(topology.tenant("contoso-onprem").faults().current())
                .isEqualTo(new TenantFaults(true, 0L, 0L, List.of()));
    }
}
