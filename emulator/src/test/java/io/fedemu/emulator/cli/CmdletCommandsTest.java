package io.fedemu.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fedemu.client.Json;
import io.fedemu.emulator.launcher.EndpointsFile;
import io.fedemu.emulator.scenario.ScenarioLoader;
import io.fedemu.emulator.topology.Topology;
import io.fedemu.protocol.emulator.Endpoints;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cmdlet-style commands against one running e2e topology, found through endpoints.json as up writes it. */
class CmdletCommandsTest {
    @TempDir
    static Path state;

    @TempDir
    static Path stale;

    static Topology topology;

    @BeforeAll
    static void start() {
        topology = Topology.start(new ScenarioLoader().load(Path.of("src/test/resources/scenarios/e2e.yaml")),
                Topology.Options.in(state));
        EndpointsFile.write(state, EndpointsFile.describe(topology));
    }

    @AfterAll
    static void stop() {
        topology.close();
    }

    static CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--state-dir");
        all.add(state.toString());
        return CommandRun.of(all.toArray(String[]::new));
    }

    static JsonNode json(CommandRun run) throws Exception {
        return Json.lenient().readTree(run.out());
    }

    @Test
    void explore() {
        for (CommandRun r : List.of(run("get-organization-relationship", "--tenant", "contoso-cloud"),
                run("get-organization-relationship", "--tenant", "contoso-cloud", "--identity", "To fabrikam"),
                run("get-availability", "--tenant", "contoso-onprem", "--as", "alice@contoso.com", "--for",
                        "bob@contoso.com,carol@contoso.com", "--start", "2026-11-30", "--trace"),
                run("new-organization-relationship", "--tenant", "fabrikam", "--name", "To contoso",
                        "--from-federation-information", "contoso.com", "--free-busy-access-enabled"),
                run("test-federation-trust", "--tenant", "contoso-onprem"),
                run("test-organization-relationship", "--tenant", "contoso-onprem", "--identity", "To contoso cloud", "--user", "alice@contoso.com"),
                run("get-federation-information", "--domain-name", "contoso.com"),
                run("get-federated-domain-proof", "--tenant", "contoso-onprem", "--domain-name", "contoso.com"),
                run("set-federation-trust", "--tenant", "fabrikam", "--thumbprint"),
                run("set-federation-trust", "--tenant", "fabrikam", "--publish-federation-certificate"),
                run("set-federation-trust", "--tenant", "fabrikam", "--refresh-metadata", "--json"),
                run("test-trust-chain", "--tenant", "contoso-onprem", "--as", "alice@contoso.com", "--for", "bob@contoso.com"),
                run("get-availability", "--tenant", "contoso-onprem", "--as", "alice@contoso.com", "--for", "bob@contoso.com", "--start", "2026-11-30", "--json"),
                run("set-federation-trust", "--tenant", "fabrikam"),
                run("get-organization-relationship", "--tenant", "fabrikam", "--identity", "nope"))) {
            System.out.println("EXIT " + r.exitCode() + "\n" + r.out() + "\nERR " + r.err());
        }
    }
}
