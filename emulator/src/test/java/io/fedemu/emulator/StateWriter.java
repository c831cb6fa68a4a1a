package io.fedemu.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fedemu.client.Json;
import io.fedemu.protocol.gateway.OrganizationKind;
import io.fedemu.protocol.gateway.OrganizationRegistration;
import io.fedemu.protocol.tenant.CalendarEventDto;
import java.net.http.HttpResponse;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

/**
 * One client writing persistent state through the admin APIs, write after write, until it has made
 * {@code quota} writes or is stopped; every 2xx answer goes into {@link CommittedWrites}. Each write touches
 * a different file of the state directory: a tenant's relationships.json, a mailbox's calendar file, the
 * gateway's registry.json and, for the writer that {@code rollsKeys}, the key stores of a federation
 * certificate rollover and of a signing key rotation. Names carry {@code tag} (round and writer), so no two
 * writes of a test collide.
 */
final class StateWriter implements Callable<Void> {
    static final String ON_PREMISES = "contoso-onprem";
    static final String CLOUD = "contoso-cloud";
    static final String ALICE = "alice@contoso.com";
    static final String BOB = "bob@contoso.mail.onmicrosoft.com";

    private static final ObjectMapper JSON = Json.lenient();

    private final AdminHttp admin;
    private final CommittedWrites committed;
    private final String tag;
    private final Random random;
    private final boolean rollsKeys;
    private final int quota;
    private final BooleanSupplier stopped;
    private final BooleanSupplier killed;
    private final Queue<String> unexpected;
    private final String registrationCertificate;

    /**
     * @param random                  this writer's own, seeded from the test's seed: the same choices on a rerun
     * @param killed                  true once the kill is under way: from then on a failed request is expected
     * @param unexpected              where refusals, and failures before the kill, are reported
     * @param registrationCertificate PEM of a federation-capable certificate for gateway registrations
     */
    StateWriter(
            AdminHttp admin,
            CommittedWrites committed,
            String tag,
            Random random,
            boolean rollsKeys,
            int quota,
            BooleanSupplier stopped,
            BooleanSupplier killed,
            Queue<String> unexpected,
            String registrationCertificate) {
        this.admin = admin;
        this.committed = committed;
        this.tag = tag;
        this.random = random;
        this.rollsKeys = rollsKeys;
        this.quota = quota;
        this.stopped = stopped;
        this.killed = killed;
        this.unexpected = unexpected;
        this.registrationCertificate = registrationCertificate;
    }

    @Override
    public Void call() {
        for (int n = 0; n < quota && !stopped.getAsBoolean(); n++) {
            String name = tag + "-" + n;
            try {
                if (!write(name)) {
                    return null;
                }
            } catch (Exception e) {
                if (!killed.getAsBoolean()) {
                    unexpected.add(name + ": " + e);
                }
                // After the kill every request fails: this writer is done.
                return null;
            }
        }
        return null;
    }

    /**
     * One write, chosen at random; false if it was refused. The writer that rolls keys does so for half its
     * writes: a rollover spans the gateway and the tenant, and a kill between the two is worth landing.
     */
    private boolean write(String name) throws Exception {
        int pick = rollsKeys && random.nextBoolean() ? 10 + random.nextInt(2) : random.nextInt(10);
        if (pick < 3) {
            return relationship(name);
        } else if (pick < 5) {
            return event(CLOUD, BOB, name);
        } else if (pick < 7) {
            return event(ON_PREMISES, ALICE, name);
        } else if (pick < 10) {
            return organization(name);
        } else if (pick == 10) {
            return federationRollover(name);
        } else {
            return signingKeyRotation(name);
        }
    }

    private boolean relationship(String name) throws Exception {
        String relationship = "Kill test " + name;
        String body = """
                {"name": "%s", "domainNames": ["%s.kill.example"], "freeBusyAccessEnabled": true}
                """.formatted(relationship, name);
        HttpResponse<String> answer =
                admin.send("POST", admin.tenant(ON_PREMISES, "/organization-relationships"), body);
        if (!acknowledged(name, answer)) {
            return false;
        }
        committed.relationship(relationship);
        return true;
    }

    /** A busy item on Monday 2026-11-30, the day {@link EwsUser} asks about, so free/busy must show it. */
    private boolean event(String tenant, String mailbox, String name) throws Exception {
        String uid = "kill-" + name;
        String subject = "Kill test " + name;
        int minute = 60 + random.nextInt(21 * 60);
        String start = "2026-11-30T%02d:%02d:00Z".formatted(minute / 60, minute % 60);
        String end = "2026-11-30T%02d:%02d:00Z".formatted((minute + 20) / 60, (minute + 20) % 60);
        HttpResponse<String> answer = admin.send(
                "PUT",
                admin.tenant(tenant, "/mailboxes/" + mailbox + "/calendar/events/" + uid),
                JSON.writeValueAsString(CalendarEventDto.busy(uid, start, end, subject)));
        if (!acknowledged(name, answer)) {
            return false;
        }
        committed.event(new CommittedWrites.Event(tenant, mailbox, uid, subject));
        return true;
    }

    private boolean organization(String name) throws Exception {
        String organization = "kill-" + name;
        OrganizationRegistration registration = new OrganizationRegistration(
                organization, OrganizationKind.ON_PREMISES, organization + ".kill.example", registrationCertificate);
        HttpResponse<String> answer =
                admin.send("POST", admin.gateway("/organizations"), JSON.writeValueAsString(registration));
        if (!acknowledged(name, answer)) {
            return false;
        }
        committed.organization(organization);
        return true;
    }

    /** Set-FederationTrust -Thumbprint, then -PublishFederationCertificate, at the cloud tenant. */
    private boolean federationRollover(String name) throws Exception {
        HttpResponse<String> staged =
                admin.send("POST", admin.tenant(CLOUD, "/federation-trust/next-certificate"), null);
        if (!acknowledged(name + " (next certificate)", staged)) {
            return false;
        }
        HttpResponse<String> published = admin.send("POST", admin.tenant(CLOUD, "/federation-trust/publish"), null);
        if (!acknowledged(name + " (publish)", published)) {
            return false;
        }
        committed.federationCertificate(
                JSON.readTree(published.body()).path("currentCertificate").asText());
        return true;
    }

    private boolean signingKeyRotation(String name) throws Exception {
        HttpResponse<String> answer = admin.send("POST", admin.gateway("/signing-key/rotate"), null);
        if (!acknowledged(name, answer)) {
            return false;
        }
        JsonNode metadata = JSON.readTree(answer.body());
        committed.signingCertificate(
                metadata.path("tokenIssuerCertificate").path("thumbprint").asText());
        return true;
    }

    private boolean acknowledged(String name, HttpResponse<String> answer) {
        if (answer.statusCode() / 100 == 2) {
            return true;
        }
        unexpected.add(name + ": " + answer.statusCode() + " " + answer.body());
        return false;
    }
}
