package io.fedemu.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fedemu.certs.TrustBundles;
import io.fedemu.client.gateway.GatewayClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GatewayCommandTest {
    @TempDir
    Path state;

    @Test
    void theGatewayRunsAloneUntilStoppedAndPrintsItsEndpoints() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        ExecutorService runner = Executors.newSingleThreadExecutor();
        Future<Integer> exit = runner.submit(() -> commandLine.execute("gateway", "--state-dir", state.toString(),
                "--port", String.valueOf(port)));
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> out.toString().contains("ready"));
            String url = "https://localhost:" + port;
            assertThat(out.toString()).contains("Issuer       " + url, "Token        " + url + "/federation/token",
                    "Trust bundle " + state.resolve("certs/ca.pem"));
            GatewayClient client = new GatewayClient(URI.create(url),
                    TrustBundles.clientContext(state.resolve("certs/ca.pem")));
            assertThat(client.discovery().get("issuer")).isEqualTo(url);
        } finally {
            runner.shutdownNow();
        }
        assertThat(exit.get()).isZero();
    }

    @Test
    void aScenarioGivesTheGatewayItsFaultsAndClockOffset() throws Exception {
        Path scenario = state.resolve("faulty.yaml");
        java.nio.file.Files.writeString(scenario, """
                scenario: faulty
                gateway:
                  clockOffsetSeconds: 1200
                  faults: {tokenAudience: "urn:someone-else"}
                organizations:
                  - {name: a, kind: on-premises, domains: [contoso.com]}
                """);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        ExecutorService runner = Executors.newSingleThreadExecutor();
        Future<Integer> exit = runner.submit(() -> commandLine.execute("gateway", "--state-dir", state.toString(),
                "--port", String.valueOf(port), "--scenario", scenario.toString()));
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> out.toString().contains("ready"));
            var faults = new io.fedemu.client.gateway.GatewayAdminClient(URI.create("https://localhost:" + port),
                    TrustBundles.clientContext(state.resolve("certs/ca.pem"))).faults();
            assertThat(faults.clockOffsetSeconds()).isEqualTo(1200);
            assertThat(faults.tokenAudience()).isEqualTo("urn:someone-else");
        } finally {
            runner.shutdownNow();
        }
        assertThat(exit.get()).isZero();
    }
}
