package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.client.http.JsonHttp;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.CalendarEventDto;
import io.fedemu.topology.Topology;
import io.fedemu.topology.scenario.ScenarioException;
import io.fedemu.topology.scenario.ScenarioLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recurrence storm of issue 12 (a 300-byte calendar with {@code FREQ=SECONDLY} once took the emulator from
 * 149 MB to 5.6 GB) sent through every road a calendar takes into a running emulator, and the anonymous endpoints
 * fed oversized bodies: each is refused with its named reason, nothing is stored, and the heap does not grow.
 * The other hostile cases each have their own test; docs/reference/hostile-input.md lists them all.
 */
class HostileInputAcceptanceTest {
    private static final String ALICE = "alice@contoso.com";
    private static final String STORM = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hostile//EN\r\nBEGIN:VEVENT\r\n"
            + "UID:storm\r\nDTSTAMP:20261001T000000Z\r\nDTSTART:20261001T000000Z\r\nDTEND:20261001T000001Z\r\n"
            + "RRULE:FREQ=SECONDLY\r\nSUMMARY:storm\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    /** Far below what one expanded storm allocated (gigabytes), far above what a refused request leaves behind. */
    private static final long HEAP_GROWTH_BOUND = 64L * 1024 * 1024;

    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    @Test
    void theStormIsRefusedOnEveryRoadNamingTheRuleAndTheHeapStaysFlat(@TempDir Path dir) throws Exception {
        var admin = federation.tenantAdmin("contoso-onprem");
        URI calendar = URI.create(admin.url() + "/mailboxes/" + ALICE + "/calendar");
        JsonHttp http = new JsonHttp(federation.tls(), Duration.ofSeconds(20)).withAdmin(federation.adminCredential());
        List<CalendarEventDto> before = events(http, calendar);
        long heapBefore = usedHeapAfterGc();

        // 1. The .ics upload of the admin API.
        HttpResponse<String> ics = send(HttpRequest.newBuilder(calendar)
                .header("Authorization", federation.adminCredential().headerValue())
                .header("Content-Type", "text/calendar")
                .PUT(HttpRequest.BodyPublishers.ofString(STORM)));
        // 2. The JSON event of the admin API.
        JsonHttp.Reply json = http.postJson(
                URI.create(calendar + "/events"),
                new CalendarEventDto(
                        "storm-json",
                        "2026-10-01T00:00:00Z",
                        "2026-10-01T00:00:01Z",
                        "UTC",
                        false,
                        "Busy",
                        "storm",
                        null,
                        false,
                        false,
                        false,
                        "FREQ=SECONDLY",
                        null));
        // 3. A scenario file, as `fedemu up --scenario` reads it.
        Files.writeString(dir.resolve("storm.ics"), STORM);
        Path scenario = dir.resolve("storm.yaml");
        Files.writeString(scenario, """
                scenario: storm
                organizations:
                  - name: stormy
                    kind: on-premises
                    domains: [storm.example]
                    federated: false
                    mailboxes:
                      - {address: eve@storm.example, password: pw, calendar: storm.ics}
                """);

        assertThat(ics.statusCode()).as(ics.body()).isEqualTo(400);
        assertThat(ics.body()).contains(Reason.CALENDAR_FILE_INVALID.name(), "FREQ=SECONDLY");
        assertThat(json.status()).as(json.body()).isEqualTo(400);
        assertThat(json.body()).contains(Reason.EVENT_INVALID.name(), "FREQ=SECONDLY");
        assertThatThrownBy(() ->
                        Topology.start(new ScenarioLoader().load(scenario), Topology.Options.in(dir.resolve("state"))))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("storm.ics")
                .hasMessageContaining("FREQ=SECONDLY");
        assertThat(events(http, calendar)).isEqualTo(before);
        assertThat(usedHeapAfterGc() - heapBefore)
                .as("heap growth after three storms")
                .isLessThan(HEAP_GROWTH_BOUND);
    }

    @Test
    void anonymousEndpointsRefuseOversizedBodiesWithTheirOwnCodes() throws Exception {
        String soap = "<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope"
                + " xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><!--" + "x".repeat(1024 * 1024)
                + "--></soap:Body></soap:Envelope>";
        URI autodiscover = URI.create(federation.tenant("contoso-cloud").url() + "/autodiscover/autodiscover.svc");
        URI token = URI.create(federation.gateway().url() + "/federation/token");

        HttpResponse<String> discovery = send(HttpRequest.newBuilder(autodiscover)
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(soap)));
        HttpResponse<String> tokens = send(HttpRequest.newBuilder(token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("assertion=" + "x".repeat(1024 * 1024))));

        assertThat(discovery.statusCode()).isEqualTo(500);
        assertThat(discovery.body()).contains("ErrorRequestStreamTooBig", Reason.REQUEST_TOO_BIG.name());
        assertThat(tokens.statusCode()).isEqualTo(413);
        assertThat(tokens.body()).contains("\"reason\":\"" + Reason.BODY_TOO_LARGE.name() + "\"");
    }

    private static List<CalendarEventDto> events(JsonHttp http, URI calendar) {
        return List.of(http.expect(http.get(URI.create(calendar + "/events")), CalendarEventDto[].class));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .sslContext(federation.tls())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
