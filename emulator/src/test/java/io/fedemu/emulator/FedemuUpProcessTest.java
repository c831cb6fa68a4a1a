package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fedemu.certs.TrustBundles;
import io.fedemu.client.Json;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.topology.launcher.EndpointsFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fedemu up} as a user runs it: its own process, stopped by SIGTERM, started again on the same
 * state directory. What the process prints and endpoints.json are the only ways in, as for a user.
 */
@Tag("process")
class FedemuUpProcessTest {
    private static final String WIZARD_RELATIONSHIP = "O365 to On-premises - contoso cloud";

    @TempDir
    Path state;

    private Launched running;

    @AfterEach
    void killLeftovers() {
        if (running != null && running.process().isAlive()) {
            running.process().destroyForcibly();
        }
    }

    @Test
    void upAnswersAcrossTheBoundaryStopsCleanlyKeepsStateAndResetRestoresTheScenario() throws Exception {
        running = up();
        assertThat(running.output())
                .contains(
                        "Self-check: alice@contoso.com at contoso-onprem asked free/busy "
                                + "of bob@contoso.com: NoError",
                        "Trust bundle    " + state.resolve("certs/ca.pem"),
                        "Endpoints file  " + state.resolve("endpoints.json"));
        Endpoints endpoints = EndpointsFile.read(state);
        assertThat(endpoints.scenario()).isEqualTo("hybrid");
        // The trainer's dashboard (issue 16): printed, listed, and asking for the admin token.
        assertThat(endpoints.dashboard()).startsWith("https://127.0.0.1:");
        assertThat(running.output()).contains("Dashboard       " + endpoints.dashboard());
        HttpResponse<String> dashboard = java.net.http.HttpClient.newBuilder()
                .sslContext(io.fedemu.certs.TrustBundles.clientContext(
                        Path.of(endpoints.trustBundle().pem())))
                .build()
                .send(
                        java.net.http.HttpRequest.newBuilder(URI.create(endpoints.dashboard()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.statusCode()).isEqualTo(401);
        assertThat(dashboard.body()).contains("ADMIN_CREDENTIAL_MISSING");
        Endpoints.Tenant onPremises = tenant(endpoints, "contoso-onprem");
        assertThat(onPremises.mailboxes())
                .contains(
                        Endpoints.Mailbox.local("alice@contoso.com", "Passw0rd!alice"),
                        Endpoints.Mailbox.remote("bob@contoso.com", "bob@contoso.mail.onmicrosoft.com"));
        assertThat(running.output()).contains(onPremises.ews());

        AttendeeAvailability bob = new EwsUser(
                        Path.of(endpoints.trustBundle().pem()),
                        URI.create(onPremises.ews()),
                        "alice@contoso.com",
                        "Passw0rd!alice")
                .monday(FreeBusyViewType.FreeBusy, "bob@contoso.com")
                .get(0);
        assertThat(bob.getErrorCode()).as(bob.getErrorMessage()).isEqualTo(ServiceError.NoError);

        // Set-OrganizationRelationship -FreeBusyAccessEnabled $false, through the admin API.
        HttpResponse<String> changed = admin(endpoints, "PUT", "{\"freeBusyAccessEnabled\": false}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        stopAndExpectCleanExit();

        running = up();
        assertThat(freeBusyAccessEnabled(EndpointsFile.read(state)))
                .as("kept across the restart")
                .isFalse();
        assertThat(running.output()).contains("ErrorInvalidOrganizationRelationshipForFreeBusy");

        // One process per state directory: a second up, with --reset or not, is refused naming the first.
        io.fedemu.emulator.cli.CommandRunResult refused =
                io.fedemu.emulator.cli.CommandRunResult.of("up", "--state-dir", state.toString(), "--reset");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err())
                .contains("fedemu up: state directory " + state + " is in use by pid "
                        + running.process().pid() + " (fedemu up --scenario ../scenarios/hybrid.yaml --state-dir "
                        + state + " --port-base 0)");
        assertThat(freeBusyAccessEnabled(EndpointsFile.read(state)))
                .as("nothing reset under the running instance")
                .isFalse();

        // kill -9: the operating system drops the lock with the process, and the next start is not blocked.
        running.process().destroyForcibly();
        assertThat(running.process().waitFor(15, TimeUnit.SECONDS)).isTrue();

        running = up("--reset");
        assertThat(running.output())
                .contains("Reset: removed")
                .contains("tenants")
                .contains("NoError");
        assertThat(freeBusyAccessEnabled(EndpointsFile.read(state)))
                .as("the scenario's value again")
                .isTrue();
        assertThat(state.resolve("certs/ca.pem")).as("the root CA is kept").isRegularFile();
        stopAndExpectCleanExit();
    }

    private void stopAndExpectCleanExit() throws Exception {
        // SIGTERM on Linux. Through the handle, because Process.destroy() also closes our end of stdout
        // and the last lines ("Stopped.") would be lost.
        running.process().toHandle().destroy();
        assertThat(running.process().waitFor(15, TimeUnit.SECONDS))
                .as("stopped within 15 s")
                .isTrue();
        running.drained().await(5, TimeUnit.SECONDS);
        assertThat(running.process().exitValue()).as(running.output()).isZero();
        assertThat(running.output()).endsWith("Stopped." + System.lineSeparator());
    }

    private Launched up(String... extra) throws Exception {
        // C1 only: a short-lived launcher starts noticeably faster on a busy 2-core machine, and the test
        // starts three of them.
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "io.fedemu.emulator.cli.Main",
                "up",
                "--scenario",
                "../scenarios/hybrid.yaml",
                "--state-dir",
                state.toString(),
                "--port-base",
                "0"));
        command.addAll(List.of(extra));
        Path errors = Files.createTempFile(state.getParent(), "fedemu-up", ".err");
        Process process =
                new ProcessBuilder(command).redirectError(errors.toFile()).start();
        long started = System.nanoTime();
        Launched launched =
                new Launched(process, new StringBuffer(), new CountDownLatch(1), new CountDownLatch(1), errors);
        Thread reader = new Thread(() -> launched.read(), "fedemu-up-stdout");
        reader.setDaemon(true);
        reader.start();
        boolean ready = launched.ready().await(90, TimeUnit.SECONDS);
        assertThat(ready)
                .as("'ready' within 90 s; stdout:%n%s%nstderr:%n%s", launched.output(), Files.readString(errors))
                .isTrue();
        System.out.printf(
                "fedemu up %s: ready after %d ms%n",
                String.join(" ", extra), (System.nanoTime() - started) / 1_000_000);
        return launched;
    }

    /** A process, what it printed so far, and latches for its 'ready' line and the end of its output. */
    private record Launched(
            Process process, StringBuffer printed, CountDownLatch ready, CountDownLatch drained, Path errors) {
        void read() {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    printed.append(line).append(System.lineSeparator());
                    if (line.equals("ready")) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                printed.append("(reading stdout failed: ").append(e).append(')');
            } finally {
                ready.countDown();
                drained.countDown();
            }
        }

        String output() {
            return printed.toString();
        }
    }

    private static Endpoints.Tenant tenant(Endpoints endpoints, String name) {
        return endpoints.tenants().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private boolean freeBusyAccessEnabled(Endpoints endpoints) throws Exception {
        HttpResponse<String> relationship = admin(endpoints, "GET", null);
        assertThat(relationship.statusCode()).as(relationship.body()).isEqualTo(200);
        JsonNode json = Json.lenient().readTree(relationship.body());
        return json.get("freeBusyAccessEnabled").asBoolean();
    }

    /** The on-premises tenant's wizard relationship, at /admin/organization-relationships/{name}. */
    private static HttpResponse<String> admin(Endpoints endpoints, String method, String body) throws Exception {
        URI base = URI.create(tenant(endpoints, "contoso-onprem").admin());
        URI uri = relationshipUri(base);
        HttpClient http = HttpClient.newBuilder()
                .sslContext(TrustBundles.clientContext(
                        Path.of(endpoints.trustBundle().pem())))
                .build();
        // As curl would: the token read from endpoints.json, as a bearer token.
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + endpoints.admin().token());
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } finally {
            // Java 17's HttpClient shuts its selector down once the client object is unreachable, which the JIT
            // may decide in the middle of send(); the connect then fails with ClosedChannelException.
            java.lang.ref.Reference.reachabilityFence(http);
        }
    }

    private static URI relationshipUri(URI admin) throws URISyntaxException {
        // The multi-argument constructor percent-encodes the spaces of the relationship's name.
        return new URI(
                admin.getScheme(),
                admin.getAuthority(),
                admin.getPath() + "/organization-relationships/" + WIZARD_RELATIONSHIP,
                null,
                null);
    }
}
