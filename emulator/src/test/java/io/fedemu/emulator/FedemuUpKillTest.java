package io.fedemu.emulator;

import static io.fedemu.emulator.StateWriter.ALICE;
import static io.fedemu.emulator.StateWriter.BOB;
import static io.fedemu.emulator.StateWriter.CLOUD;
import static io.fedemu.emulator.StateWriter.ON_PREMISES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.PemFiles;
import io.fedemu.client.Json;
import io.fedemu.protocol.emulator.Endpoints;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's kill test: {@code fedemu up} in its own JVM, state written through the admin APIs by concurrent
 * clients, {@code kill -9} at random points, restart on the same state directory. After every restart the
 * emulator must come up (the lock of a killed process does not block), every acknowledged write must be
 * there, every file must be whole, and free/busy must still cross the boundary both ways.
 *
 * <p>The kill points come from one seeded {@link Random}; the seed is printed, and
 * {@code -Dfedemu.killtest.seed=N} replays the same choices (thread timing still varies).
 */
@Tag("process")
class FedemuUpKillTest {
    private static final int WRITERS = 3;

    /** Where in the emulator's life the kill lands. */
    enum KillPoint {
        /** At a random moment of a start: on the empty directory, while keys are generated and registered. */
        DURING_START,
        /** Right after the round's k-th acknowledged write, k and a few milliseconds at random, writers busy. */
        WHILE_WRITING,
        /** After the writers have finished: everything acknowledged, nothing in flight. */
        QUIET
    }

    @TempDir
    Path state;

    @TempDir
    Path logs;

    private final long seed = Long.getLong("fedemu.killtest.seed", new SecureRandom().nextLong());
    private final CommittedWrites committed = new CommittedWrites();
    // One port plan for every start: a changed relationship keeps its partner's URL as resolved when it was
    // written (docs/reference/cli.md, "up"), so with --port-base 0 it would point at the last run's port.
    private final int portBase = UpProcess.freePortBase(3);
    private UpProcess running;

    @AfterEach
    void killLeftovers() {
        if (running != null) {
            running.killIfAlive();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesKillNineAndTheEmulatorComesBackWhole() throws Exception {
        System.out.printf("kill test seed %d (replay: -Dfedemu.killtest.seed=%d)%n", seed, seed);
        Random random = new Random(seed);
        String registrationCertificate =
                PemFiles.encode(List.of(CertificateAuthority.selfSignedFederation("kill-test", Clock.systemUTC())
                        .certificate()));
        List<KillPoint> later =
                new ArrayList<>(List.of(KillPoint.WHILE_WRITING, KillPoint.WHILE_WRITING, KillPoint.QUIET));
        Collections.shuffle(later, random);
        List<KillPoint> plan = new ArrayList<>(List.of(KillPoint.DURING_START));
        plan.addAll(later);

        for (int round = 1; round <= plan.size(); round++) {
            KillPoint point = plan.get(round - 1);
            if (point == KillPoint.DURING_START) {
                killDuringStart(round, random);
            } else {
                running = UpProcess.start(state, logs, portBase, generatingKeys());
                checkEverythingCommittedIsThere("start " + round);
                writeAndKill(round, point, random, registrationCertificate);
            }
        }
        running = UpProcess.start(state, logs, portBase, generatingKeys());
        checkEverythingCommittedIsThere("the last start");
        System.out.println("kill test: all acknowledged writes survived: " + committed.summary());
        running.stop();
    }

    private void killDuringStart(int round, Random random) throws Exception {
        long delay = 200 + random.nextInt(2800);
        running = UpProcess.launch(state, logs, portBase, generatingKeys());
        Thread.sleep(delay);
        boolean wasReady = running.isReady();
        running.killHard();
        System.out.printf(
                "round %d: killed %d ms after launch, %s%n",
                round, delay, wasReady ? "after it was ready" : "before it was ready");
    }

    private void writeAndKill(int round, KillPoint point, Random random, String registrationCertificate)
            throws Exception {
        AdminHttp admin = AdminHttp.of(state);
        committed.observeCertificates(federationCertificate(admin), signingCertificate(admin));
        int before = committed.count();
        int killAfter = 3 + random.nextInt(10);
        int jitterMillis = random.nextInt(40);
        int quota = point == KillPoint.QUIET ? 1 + random.nextInt(4) : Integer.MAX_VALUE;
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean killed = new AtomicBoolean();
        Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<Void>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(pool.submit(new StateWriter(
                    admin,
                    committed,
                    "r" + round + "w" + w,
                    new Random(random.nextLong()),
                    w == 0,
                    quota,
                    stop::get,
                    killed::get,
                    unexpected,
                    registrationCertificate)));
        }
        String when;
        if (point == KillPoint.WHILE_WRITING) {
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(2))
                    .until(() -> committed.count() - before >= killAfter
                            || !unexpected.isEmpty()
                            || writers.stream().allMatch(Future::isDone));
            Thread.sleep(jitterMillis);
            when = "while %d writers were writing, %d ms after acknowledged write number %d of the round"
                    .formatted(WRITERS, jitterMillis, killAfter);
        } else {
            for (Future<Void> writer : writers) {
                writer.get(90, TimeUnit.SECONDS);
            }
            when = "in a quiet moment, after %d writers had made %d writes each".formatted(WRITERS, quota);
        }
        killed.set(true);
        running.killHard();
        stop.set(true);
        for (Future<Void> writer : writers) {
            writer.get(90, TimeUnit.SECONDS);
        }
        pool.shutdown();
        System.out.printf(
                "round %d: killed %s; %d writes acknowledged this round; so far %s%n",
                round, when, committed.count() - before, committed.summary());
        assertThat(unexpected)
                .as("seed %d, round %d: writes refused or failed before the kill", seed, round)
                .isEmpty();
    }

    private void checkEverythingCommittedIsThere(String when) throws Exception {
        String context = "seed " + seed + ", " + when;
        assertThat(running.output())
                .as(context)
                .contains(
                        "Self-check: alice@contoso.com at contoso-onprem asked free/busy of bob@contoso.com: NoError");
        StateFiles files = StateFiles.check(state);
        assertThat(files.problems())
                .as("%s: files of the state directory", context)
                .isEmpty();
        if (!files.leftovers().isEmpty()) {
            System.out.println(when + ": temporary files left by killed writes: " + files.leftovers());
        }

        AdminHttp admin = AdminHttp.of(state);
        assertThat(names(admin.get(admin.tenant(ON_PREMISES, "/organization-relationships")), "name"))
                .as("%s: relationships of %s", context, ON_PREMISES)
                .containsAll(committed.relationships());
        assertThat(names(admin.get(admin.gateway("/organizations")), "name"))
                .as("%s: organizations registered at the gateway", context)
                .containsAll(committed.organizations());
        Map<String, List<CommittedWrites.Event>> byMailbox =
                committed.events().stream().collect(Collectors.groupingBy(e -> e.tenant() + " " + e.mailbox()));
        for (List<CommittedWrites.Event> events : byMailbox.values()) {
            CommittedWrites.Event first = events.get(0);
            URI calendar = admin.tenant(first.tenant(), "/mailboxes/" + first.mailbox() + "/calendar/events");
            assertThat(names(admin.get(calendar), "uid"))
                    .as("%s: calendar of %s", context, first.mailbox())
                    .containsAll(events.stream().map(CommittedWrites.Event::uid).toList());
        }

        assertThat(committed.supersededFederationCertificates())
                .as("%s: the federation certificate of %s is not one a rollover replaced", context, CLOUD)
                .doesNotContain(federationCertificate(admin));
        assertThat(committed.supersededSigningCertificates())
                .as("%s: the gateway's signing certificate is not one a rotation replaced", context)
                .doesNotContain(signingCertificate(admin));
        // Test-FederationTrust: the cloud tenant and the gateway agree on its certificate after any rollover.
        JsonNode tokenTest = json(admin.send("POST", admin.tenant(CLOUD, "/federation-trust/test-token"), null));
        assertThat(tokenTest.path("issued").asBoolean()
                        && tokenTest.path("validated").asBoolean())
                .as("%s: test-token at %s: %s", context, CLOUD, tokenTest)
                .isTrue();

        // Across the boundary both ways, each side's calendar as written through its admin API.
        Endpoints endpoints = admin.endpoints();
        assertThat(subjectsSeen(endpoints, ON_PREMISES, ALICE, "Passw0rd!alice", "bob@contoso.com", context))
                .containsAll(subjectsOf(BOB));
        assertThat(subjectsSeen(endpoints, CLOUD, BOB, "Passw0rd!bob", ALICE, context))
                .containsAll(subjectsOf(ALICE));
    }

    /** Detailed free/busy for Monday 2026-11-30, asked at {@code tenant}'s EWS by {@code user}. */
    private static Set<String> subjectsSeen(
            Endpoints endpoints, String tenant, String user, String password, String attendee, String context)
            throws Exception {
        Endpoints.Tenant at = endpoints.tenants().stream()
                .filter(t -> t.name().equals(tenant))
                .findFirst()
                .orElseThrow();
        AttendeeAvailability answer = new EwsUser(
                        Path.of(endpoints.trustBundle().pem()), URI.create(at.ews()), user, password)
                .monday(FreeBusyViewType.Detailed, attendee)
                .get(0);
        assertThat(answer.getErrorCode())
                .as("%s: %s asks free/busy of %s: %s", context, user, attendee, answer.getErrorMessage())
                .isEqualTo(ServiceError.NoError);
        return answer.getCalendarEvents().stream()
                .map(event ->
                        event.getDetails() == null ? null : event.getDetails().getSubject())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private Set<String> subjectsOf(String mailbox) {
        return committed.events().stream()
                .filter(event -> event.mailbox().equals(mailbox))
                .map(CommittedWrites.Event::subject)
                .collect(Collectors.toSet());
    }

    private static String federationCertificate(AdminHttp admin) throws Exception {
        return json(admin.get(admin.tenant(CLOUD, "/federation-trust")))
                .path("currentCertificate")
                .asText();
    }

    private static String signingCertificate(AdminHttp admin) throws Exception {
        return json(admin.get(URI.create(admin.endpoints().gateway().metadata())))
                .path("tokenIssuerCertificate")
                .path("thumbprint")
                .asText();
    }

    private static Set<String> names(HttpResponse<String> list, String field) throws Exception {
        return StreamSupport.stream(json(list).spliterator(), false)
                .map(item -> item.path(field).asText())
                .collect(Collectors.toSet());
    }

    private static JsonNode json(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode())
                .as("%s: %s", answer.uri(), answer.body())
                .isEqualTo(200);
        return Json.lenient().readTree(answer.body());
    }

    /** As the fedemu script decides: keys are generated when the directory has no trust bundle yet. */
    private boolean generatingKeys() {
        return !Files.exists(state.resolve("certs/ca.pem"));
    }
}
