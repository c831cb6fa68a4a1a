package io.fedemu.benchmarks;

import io.fedemu.certs.TrustBundles;
import io.fedemu.protocol.gateway.OrganizationKind;
import io.fedemu.tenant.Tenant;
import io.fedemu.tenant.TenantDefinition;
import io.fedemu.tenant.calendar.BusyType;
import io.fedemu.tenant.calendar.CalendarEvent;
import io.fedemu.tenant.calendar.Recurrence;
import io.fedemu.tenant.directory.DefaultPermission;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.directory.WorkingHours;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Load run against a tenant's /EWS/Exchange.asmx over HTTPS: GetUserAvailability for one mailbox
 * (one day, FreeBusyMerged, a calendar with a daily and a weekly series). Baseline in the same run:
 * the same POST without credentials, which the server answers with its 401 challenge after TLS and
 * HTTP but before any SOAP work, so the ratio is the cost of SOAP, authentication and free/busy.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.fedemu.benchmarks.EwsAvailabilityLoad [requests]}
 */
public final class EwsAvailabilityLoad {
    private EwsAvailabilityLoad() {}

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        Path state = Files.createTempDirectory("fedemu-ews-load");
        ZoneId zone = ZoneId.of("Europe/London");
        ZonedDateTime monday = ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, zone);
        List<CalendarEvent> carol = List.of(
                CalendarEvent.single("standup", monday, monday.plusMinutes(15), BusyType.BUSY, "Stand-up")
                        .withRecurrence(Recurrence.of("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR")),
                CalendarEvent.single("review", monday.plusHours(5), monday.plusHours(6), BusyType.TENTATIVE, "Review")
                        .withRecurrence(Recurrence.of("FREQ=WEEKLY")),
                CalendarEvent.single("lunch", monday.plusHours(3), monday.plusHours(4), BusyType.BUSY, "Lunch"));
        Directory directory = new Directory(
                Set.of("contoso.com"),
                List.of(
                        new Mailbox(
                                "alice@contoso.com",
                                List.of(),
                                "Alice",
                                "pw-alice",
                                zone,
                                WorkingHours.standard(zone),
                                DefaultPermission.FREE_BUSY_TIME_ONLY),
                        new Mailbox(
                                "carol@contoso.com",
                                List.of(),
                                "Carol",
                                "pw-carol",
                                zone,
                                WorkingHours.standard(zone),
                                DefaultPermission.FREE_BUSY_TIME_AND_SUBJECT_AND_LOCATION)),
                List.of(),
                List.of());
        TenantDefinition definition = new TenantDefinition(
                "contoso",
                OrganizationKind.ON_PREMISES,
                List.of("contoso.com"),
                "FYDIBOHF25SPDLT.contoso.com",
                List.of(),
                "Exchange2013",
                directory,
                Map.of("carol@contoso.com", carol));
        try (Tenant tenant = Tenant.start(definition, Tenant.Options.in(state))) {
            HttpClient http = HttpClient.newBuilder()
                    .sslContext(TrustBundles.clientContext(state.resolve("certs/ca.pem")))
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
            URI ews = URI.create("https://localhost:" + tenant.url().getPort() + Tenant.EWS_PATH);
            String body = envelope();
            String basic = "Basic "
                    + Base64.getEncoder().encodeToString("alice@contoso.com:pw-alice".getBytes(StandardCharsets.UTF_8));
            HttpRequest authenticated = HttpRequest.newBuilder(ews)
                    .header("Content-Type", "text/xml; charset=utf-8")
                    .header("Authorization", basic)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpRequest anonymous = HttpRequest.newBuilder(ews)
                    .header("Content-Type", "text/xml; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            LoadDriver driver = new LoadDriver(http);
            System.out.println("fedemu EWS load run: " + requests + " requests per phase, "
                    + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
            for (int concurrency : new int[] {1, 8}) {
                driver.run("warm-up", concurrency, 500, i -> anonymous, 401);
                driver.run("warm-up", concurrency, 500, i -> authenticated, 200);
                LoadResult baseline = driver.run("baseline 401 challenge", concurrency, requests, i -> anonymous, 401);
                LoadResult availability =
                        driver.run("GetUserAvailability x1", concurrency, requests, i -> authenticated, 200);
                System.out.println(baseline.line());
                System.out.println(availability.line());
                System.out.printf(
                        "ratio availability/baseline throughput at c=%d: %.3f%n",
                        concurrency, availability.throughput() / baseline.throughput());
            }
        }
    }

    private static String envelope() {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"
                    xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
                    xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
                  <s:Header><t:RequestServerVersion Version="Exchange2013"/>
                    <t:TimeZoneContext><t:TimeZoneDefinition Id="GMT Standard Time"/></t:TimeZoneContext></s:Header>
                  <s:Body><m:GetUserAvailabilityRequest>
                    <m:MailboxDataArray><t:MailboxData><t:Email><t:Address>carol@contoso.com</t:Address></t:Email>
                      <t:AttendeeType>Required</t:AttendeeType></t:MailboxData></m:MailboxDataArray>
                    <t:FreeBusyViewOptions><t:TimeWindow><t:StartTime>2026-12-01T00:00:00</t:StartTime>
                      <t:EndTime>2026-12-02T00:00:00</t:EndTime></t:TimeWindow>
                      <t:MergedFreeBusyIntervalInMinutes>30</t:MergedFreeBusyIntervalInMinutes>
                      <t:RequestedView>FreeBusyMerged</t:RequestedView></t:FreeBusyViewOptions>
                  </m:GetUserAvailabilityRequest></s:Body>
                </s:Envelope>
                """;
    }
}
