package io.fedemu.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fedemu.certs.TrustBundles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TenantCommandTest {
    @TempDir
    Path state;

    @Test
    void oneOrganizationOfTheHybridScenarioRunsAloneAndAnswersItsUsers() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        ExecutorService runner = Executors.newSingleThreadExecutor();
        Future<Integer> exit = runner.submit(() -> commandLine.execute("tenant", "contoso-cloud", "--scenario",
                "../scenarios/hybrid.yaml", "--state-dir", state.toString(), "--port", String.valueOf(port)));
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> out.toString().contains("ready"));
            assertThat(out.toString()).contains("EWS          https://127.0.0.1:" + port + "/EWS/Exchange.asmx",
                    "bob@contoso.mail.onmicrosoft.com", "Passw0rd!bob", "remote -> alice@contoso.com");
            HttpClient http = HttpClient.newBuilder()
                    .sslContext(TrustBundles.clientContext(state.resolve("certs/ca.pem"))).build();
            HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(
                    URI.create("https://localhost:" + port + "/EWS/Exchange.asmx")).header("Content-Type", "text/xml")
                    .POST(HttpRequest.BodyPublishers.ofString("<x/>")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
            HttpResponse<String> bob = http.send(HttpRequest.newBuilder(
                    URI.create("https://localhost:" + port + "/EWS/Exchange.asmx")).header("Content-Type", "text/xml")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "bob@contoso.mail.onmicrosoft.com:Passw0rd!bob".getBytes()))
                    .POST(HttpRequest.BodyPublishers.ofString("<x/>")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(bob.statusCode()).as("authenticated; the body is not SOAP, so a fault").isEqualTo(500);
        } finally {
            runner.shutdownNow();
        }
        assertThat(exit.get()).isZero();
    }

    @Test
    void anUnknownOrganizationIsNamedWithTheOnesThatExist() {
        CommandRun run = CommandRun.of("tenant", "fabrikam", "--scenario", "../scenarios/hybrid.yaml", "--state-dir",
                state.toString());

        assertThat(run.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(run.err()).contains("no organization named 'fabrikam'", "[contoso-onprem, contoso-cloud]");
    }
}
