package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.topology.Topology;
import io.fedemu.topology.launcher.EndpointsFile;
import io.fedemu.topology.launcher.ReadinessCheck;
import io.fedemu.topology.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fedemu up --http}: the whole trust chain over plain HTTP, for tools that cannot trust a bundle. */
class PlainHttpTopologyAcceptanceTest {
    @TempDir
    Path state;

    @Test
    void freeBusyCrossesTheBoundaryWithEveryRoleOnPlainHttp() {
        try (Topology topology = Topology.start(
                new ScenarioLoader().load(Path.of("..", "scenarios", "hybrid.yaml")),
                Topology.Options.in(state).plainHttp())) {
            Endpoints endpoints = EndpointsFile.describe(topology);

            assertThat(endpoints.gateway().url()).startsWith("http://");
            assertThat(endpoints.tenants())
                    .allSatisfy(tenant -> assertThat(tenant.ews()).startsWith("http://"));
            assertThat(ReadinessCheck.run(topology))
                    .hasValueSatisfying(result -> assertThat(result.responseCode())
                            .as(result.summary())
                            .isEqualTo("NoError"));
        }
    }
}
