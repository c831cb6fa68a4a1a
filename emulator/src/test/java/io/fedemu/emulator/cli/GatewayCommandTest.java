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
        try (RunningGateway gateway = RunningGateway.start(state)) {
            String url = "https://localhost:" + gateway.port;
            assertThat(gateway.out.toString())
                    .contains(
                            "Issuer       " + url,
                            "Token        " + url + "/federation/token",
                            "Trust bundle " + state.resolve("certs/ca.pem"));
            GatewayClient client =
                    new GatewayClient(URI.create(url), TrustBundles.clientContext(state.resolve("certs/ca.pem")));
            assertThat(client.discovery().get("issuer")).isEqualTo(url);
        }
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
        try (RunningGateway gateway = RunningGateway.start(state, "--scenario", scenario.toString())) {
            var faults = new io.fedemu.client.gateway.GatewayAdminClient(
                            URI.create("https://localhost:" + gateway.port),
                            TrustBundles.clientContext(state.resolve("certs/ca.pem")),
                            io.fedemu.runtime.admin.AdminAccess.of(state).credential())
                    .faults();
            assertThat(faults.clockOffsetSeconds()).isEqualTo(1200);
            assertThat(faults.tokenAudience()).isEqualTo("urn:someone-else");
        }
    }

    /** {@code fedemu gateway} on a free port in a thread of its own; closing interrupts it and expects exit 0. */
    private static final class RunningGateway implements AutoCloseable {
        final int port;
        final StringWriter out = new StringWriter();
        private final ExecutorService runner = Executors.newSingleThreadExecutor();
        private final Future<Integer> exit;

        private RunningGateway(Path state, String... extra) throws Exception {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            CommandLine commandLine = Main.commandLine();
            commandLine.setOut(new PrintWriter(out, true));
            java.util.List<String> args = new java.util.ArrayList<>(
                    java.util.List.of("gateway", "--state-dir", state.toString(), "--port", String.valueOf(port)));
            args.addAll(java.util.List.of(extra));
            exit = runner.submit(() -> commandLine.execute(args.toArray(String[]::new)));
            await().atMost(Duration.ofSeconds(60)).until(() -> out.toString().contains("ready") || exit.isDone());
            assertThat(exit.isDone()).as(out.toString()).isFalse();
        }

        static RunningGateway start(Path state, String... extra) throws Exception {
            return new RunningGateway(state, extra);
        }

        @Override
        public void close() throws Exception {
            runner.shutdownNow();
            assertThat(exit.get()).isZero();
        }
    }
}
