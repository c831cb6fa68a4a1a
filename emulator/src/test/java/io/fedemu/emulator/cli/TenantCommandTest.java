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
import java.nio.file.Files;
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
        Future<Integer> exit = runner.submit(() -> commandLine.execute(
                "tenant",
                "contoso-cloud",
                "--scenario",
                "../scenarios/hybrid.yaml",
                "--state-dir",
                state.toString(),
                "--port",
                String.valueOf(port)));
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> out.toString().contains("ready"));
            assertThat(out.toString())
                    .contains(
                            "EWS          https://127.0.0.1:" + port + "/EWS/Exchange.asmx",
                            "bob@contoso.mail.onmicrosoft.com",
                            "Passw0rd!bob",
                            "remote -> alice@contoso.com");
            HttpClient http = HttpClient.newBuilder()
                    .sslContext(TrustBundles.clientContext(state.resolve("certs/ca.pem")))
                    .build();
            HttpResponse<String> anonymous = http.send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/EWS/Exchange.asmx"))
                            .header("Content-Type", "text/xml")
                            .POST(HttpRequest.BodyPublishers.ofString("<x/>"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
            HttpResponse<String> bob = http.send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/EWS/Exchange.asmx"))
                            .header("Content-Type", "text/xml")
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString(
                                                            "bob@contoso.mail.onmicrosoft.com:Passw0rd!bob".getBytes()))
                            .POST(HttpRequest.BodyPublishers.ofString("<x/>"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(bob.statusCode())
                    .as("authenticated; the body is not SOAP, so a fault")
                    .isEqualTo(500);
        } finally {
            runner.shutdownNow();
        }
        assertThat(exit.get()).isZero();
    }

    /** Issue 12: a scenario's .ics with a rule Exchange cannot create stops the tenant at once, naming it. */
    @Test
    void aRecurrenceStormInTheScenarioCalendarIsRefusedNamingTheLineAndTheRule(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("storm.ics"), """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//EN
                BEGIN:VEVENT
                UID:storm
                DTSTAMP:20261101T000000Z
                DTSTART:20261101T000000Z
                DTEND:20261101T000001Z
                RRULE:FREQ=SECONDLY
                END:VEVENT
                END:VCALENDAR
                """);
        Path scenario = dir.resolve("storm.yaml");
        Files.writeString(scenario, """
                scenario: storm
                organizations:
                  - name: storm
                    kind: on-premises
                    domains: [contoso.com]
                    mailboxes:
                      - address: eve@contoso.com
                        password: x
                        calendar: storm.ics
                """);

        CommandRun run = CommandRun.of(
                "tenant", "storm", "--scenario", scenario.toString(), "--state-dir", state.toString(), "--http");

        assertThat(run.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(run.err())
                .contains(":9: organizations[0].mailboxes[0].calendar: cannot import storm.ics: VEVENT storm: "
                        + "RRULE 'FREQ=SECONDLY' has FREQ=SECONDLY, not a pattern Exchange supports");
    }

    @Test
    void anUnknownOrganizationIsNamedWithTheOnesThatExist() {
        CommandRun run = CommandRun.of(
                "tenant", "fabrikam", "--scenario", "../scenarios/hybrid.yaml", "--state-dir", state.toString());

        assertThat(run.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(run.err()).contains("no organization named 'fabrikam'", "[contoso-onprem, contoso-cloud]");
    }

    @Test
    void aPartnerThatNeverAnswersGetFederationInformationStopsTheTenantWithExitFour() throws Exception {
        int nobody;
        int own;
        try (ServerSocket first = new ServerSocket(0);
                ServerSocket second = new ServerSocket(0)) {
            nobody = first.getLocalPort();
            own = second.getLocalPort();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        // fabrikam is second in derived.yaml: with --port-base N-2 its planned port N is one nobody listens on.
        int exit = commandLine.execute(
                "tenant",
                "contoso-cloud",
                "--scenario",
                "src/test/resources/scenarios/derived.yaml",
                "--state-dir",
                state.toString(),
                "--port",
                String.valueOf(own),
                "--port-base",
                String.valueOf(nobody - 2),
                "--partner-wait",
                "1");

        assertThat(exit).isEqualTo(4);
        assertThat(out.toString())
                .contains("Waiting for https://localhost:" + nobody + "/autodiscover/autodiscover.svc"
                        + " to answer for fabrikam.com (relationship 'To fabrikam')")
                .doesNotContain("ready");
        assertThat(err.toString())
                .contains("derived.yaml:15: organizations[0].relationships[0]"
                        + ".fromFederationInformation: contoso-cloud's relationship 'To fabrikam' cannot be created: the "
                        + "partner's Autodiscover endpoint did not answer: asked for fabrikam.com at https://localhost:"
                        + nobody)
                .contains("gave up after 1 s. Start the partner first");
    }
}
