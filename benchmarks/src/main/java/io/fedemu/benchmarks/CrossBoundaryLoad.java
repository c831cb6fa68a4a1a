package io.fedemu.benchmarks;

import io.fedemu.certs.TrustBundles;
import io.fedemu.tenant.Tenant;
import io.fedemu.topology.Topology;
import io.fedemu.topology.scenario.ScenarioLoader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Cross-boundary GetUserAvailability with warm caches (token, discovery, partner client, validated
 * token), against the same request answered locally by the same tenant as the baseline in the same
 * run: alice asks for bob@contoso.com (a remote mailbox, answered by the cloud over the federation)
 * and for carol@contoso.com (a local mailbox with the same calendar).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.fedemu.benchmarks.CrossBoundaryLoad [requests]}
 */
public final class CrossBoundaryLoad {
    private CrossBoundaryLoad() {}

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        Path dir = Files.createTempDirectory("fedemu-cross-load");
        Path scenario = writeScenario(dir);
        try (Topology topology = Topology.start(new ScenarioLoader().load(scenario), Topology.Options.in(dir))) {
            Tenant onPremises = topology.tenant("contoso-onprem");
            HttpClient http = HttpClient.newBuilder()
                    .sslContext(TrustBundles.clientContext(topology.trustBundle()))
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
            URI ews = URI.create("https://localhost:" + onPremises.url().getPort() + Tenant.EWS_PATH);
            String basic = "Basic "
                    + Base64.getEncoder().encodeToString("alice@contoso.com:pw-alice".getBytes(StandardCharsets.UTF_8));
            HttpRequest local = request(ews, basic, "carol@contoso.com");
            HttpRequest remote = request(ews, basic, "bob@contoso.com");
            LoadDriver driver = new LoadDriver(http);
            System.out.println("fedemu cross-boundary load run: " + requests + " requests per phase, "
                    + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
            for (int concurrency : new int[] {1, 32}) {
                driver.run("warm-up", concurrency, 500, i -> local, 200);
                driver.run("warm-up", concurrency, 500, i -> remote, 200);
                LoadResult baseline = driver.run("local mailbox (baseline)", concurrency, requests, i -> local, 200);
                LoadResult federated =
                        driver.run("remote mailbox (federated)", concurrency, requests, i -> remote, 200);
                System.out.println(baseline.line());
                System.out.println(federated.line());
                System.out.printf(
                        "federated/local throughput at c=%d: %.3f (overhead %.0f%%)%n",
                        concurrency,
                        federated.throughput() / baseline.throughput(),
                        (baseline.throughput() / federated.throughput() - 1) * 100);
            }
        }
    }

    private static HttpRequest request(URI ews, String basic, String attendee) {
        String body = """
                <?xml version="1.0" encoding="utf-8"?>
                <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"
                    xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
                    xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
                  <s:Header><t:RequestServerVersion Version="Exchange2013"/>
                    <t:TimeZoneContext><t:TimeZoneDefinition Id="UTC"/></t:TimeZoneContext></s:Header>
                  <s:Body><m:GetUserAvailabilityRequest>
                    <m:MailboxDataArray><t:MailboxData><t:Email><t:Address>%s</t:Address></t:Email>
                      <t:AttendeeType>Required</t:AttendeeType></t:MailboxData></m:MailboxDataArray>
                    <t:FreeBusyViewOptions><t:TimeWindow><t:StartTime>2026-11-30T00:00:00</t:StartTime>
                      <t:EndTime>2026-12-01T00:00:00</t:EndTime></t:TimeWindow>
                      <t:MergedFreeBusyIntervalInMinutes>30</t:MergedFreeBusyIntervalInMinutes>
                      <t:RequestedView>FreeBusyMerged</t:RequestedView></t:FreeBusyViewOptions>
                  </m:GetUserAvailabilityRequest></s:Body>
                </s:Envelope>
                """.formatted(attendee);
        return HttpRequest.newBuilder(ews)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("Authorization", basic)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static Path writeScenario(Path dir) throws Exception {
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//fedemu//load//EN
                BEGIN:VEVENT
                UID:standup
                DTSTAMP:20261101T000000Z
                DTSTART:20261102T090000Z
                DTEND:20261102T091500Z
                RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR
                SUMMARY:Stand-up
                END:VEVENT
                BEGIN:VEVENT
                UID:planning
                DTSTAMP:20261101T000000Z
                DTSTART:20261130T130000Z
                DTEND:20261130T143000Z
                SUMMARY:Planning
                LOCATION:Room 3
                END:VEVENT
                END:VCALENDAR
                """;
        Files.writeString(dir.resolve("same.ics"), ics);
        Path scenario = dir.resolve("load.yaml");
        Files.writeString(scenario, """
                scenario: load
                organizations:
                  - name: contoso-onprem
                    kind: on-premises
                    domains: [contoso.com]
                    mailboxes:
                      - {address: alice@contoso.com, password: pw-alice, timeZone: UTC}
                      - {address: carol@contoso.com, password: pw-carol, timeZone: UTC, defaultPermission: FreeBusyTimeAndSubjectAndLocation, calendar: same.ics}
                    remoteMailboxes:
                      - {address: bob@contoso.com, targetAddress: bob@contoso.mail.onmicrosoft.com}
                    relationships:
                      - {name: cloud, domainNames: [contoso.mail.onmicrosoft.com], freeBusyAccessEnabled: true, freeBusyAccessLevel: LimitedDetails, targetApplicationUri: outlook.com, targetAutodiscoverEpr: "tenant:contoso-cloud/autodiscover"}
                  - name: contoso-cloud
                    kind: cloud
                    domains: [contoso.mail.onmicrosoft.com]
                    applicationUri: outlook.com
                    mailboxes:
                      - {address: bob@contoso.mail.onmicrosoft.com, password: pw-bob, timeZone: UTC, defaultPermission: FreeBusyTimeAndSubjectAndLocation, calendar: same.ics}
                    relationships:
                      - {name: onprem, domainNames: [contoso.com], freeBusyAccessEnabled: true, freeBusyAccessLevel: LimitedDetails, targetApplicationUri: FYDIBOHF25SPDLT.contoso.com, targetAutodiscoverEpr: "tenant:contoso-onprem/autodiscover"}
                """);
        return scenario;
    }
}
