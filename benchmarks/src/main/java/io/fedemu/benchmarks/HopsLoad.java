package io.fedemu.benchmarks;

import io.fedemu.certs.TrustBundles;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.tenant.Tenant;
import io.fedemu.tenant.servers.ServerUrls;
import io.fedemu.topology.Topology;
import io.fedemu.topology.scenario.ScenarioLoader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The cost of issue 13's hops (benchmarks/hops.sh): the same GetUserAvailability against two topologies started in
 * this JVM, each on its own state directory and loopback ports. "collapsed" is the shipped hybrid scenario, where
 * contoso-onprem is one server answering on its namespace port; "servers" is the same scenario with two Exchange 2013
 * servers (Client Access and Mailbox) written in, so every on-premises request goes namespace load balancer → Client
 * Access front end → Mailbox back end of DB01's active copy, each hop its own HTTPS connection.
 *
 * <p>Two requests: local (alice@contoso.com asks the on-premises namespace for carol@contoso.com, a mailbox of the
 * same organization) and cross-boundary (bob@contoso.mail.onmicrosoft.com asks the cloud for alice@contoso.com: the
 * cloud gets a delegation token from the gateway and calls the on-premises namespace). At 1 and at 32 connections,
 * for each request: a warm-up on each topology, then measured periods interleaved collapsed, servers, collapsed,
 * servers (ROUNDS pairs) so drift (JIT, other load on the machine) falls on both alike. Each period is REQUESTS
 * requests; an answer counts as a failure unless it is 200 with every ResponseCode NoError. Prints each period,
 * the periods of a side together, and the ratios servers/collapsed. The local request is also sent to the first
 * Client Access server's own port ("cas-direct", interleaved with the other two), which splits the hops' cost
 * between the load balancer and the Client Access → Mailbox proxy.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.fedemu.benchmarks.HopsLoad COLLAPSED.yaml SERVERS.yaml
 * [REQUESTS] [WARMUP] [ROUNDS]} (defaults 3000, 2000, 2).
 */
public final class HopsLoad {
    private HopsLoad() {}

    private static final String WINDOW_START = "2026-12-02T00:00:00";
    private static final String WINDOW_END = "2026-12-03T00:00:00";

    /** One way to reach a topology and the requests sent that way, by kind ("local", "cross"). */
    private record Side(
            String label, Topology topology, LoadDriver driver, HttpClient http, Map<String, HttpRequest> requests) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: HopsLoad COLLAPSED.yaml SERVERS.yaml [REQUESTS] [WARMUP] [ROUNDS]");
            System.exit(2);
        }
        Path collapsedScenario = Path.of(args[0]);
        Path serversScenario = Path.of(args[1]);
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        ScenarioLoader loader = new ScenarioLoader();
        try (Topology collapsedTopology = Topology.start(
                        loader.load(collapsedScenario),
                        Topology.Options.in(Files.createTempDirectory("fedemu-hops-collapsed")));
                Topology serversTopology = Topology.start(
                        loader.load(serversScenario),
                        Topology.Options.in(Files.createTempDirectory("fedemu-hops-servers")))) {
            Side collapsed = side("collapsed", collapsedTopology, null);
            Side servers = side("servers", serversTopology, null);
            ServerUrls first =
                    serversTopology.tenant("contoso-onprem").serverUrls().get(0);
            Side direct = side("cas-direct", serversTopology, first.frontEnd());
            check(collapsed, false);
            check(servers, true);
            check(direct, true);
            System.out.println("fedemu hops load run: " + requests + " requests per period, " + rounds
                    + " periods per side, warm-up " + warmup + ", "
                    + Runtime.getRuntime().availableProcessors()
                    + " cores, Java " + Runtime.version());
            System.out.println("servers: namespace "
                    + serversTopology.tenant("contoso-onprem").url() + ", "
                    + serversTopology.tenant("contoso-onprem").serverUrls() + "; cas-direct: " + first.server()
                    + "'s front end without the load balancer");
            List<String> summary = new ArrayList<>();
            for (int concurrency : new int[] {1, 32}) {
                for (String kind : new String[] {"local", "cross"}) {
                    List<Side> sides = Stream.of(collapsed, servers, direct)
                            .filter(side -> side.requests().containsKey(kind))
                            .toList();
                    for (Side side : sides) {
                        HttpRequest request = side.requests().get(kind);
                        side.driver().run("warm-up", concurrency, warmup, i -> request, 200, HopsLoad::noError);
                    }
                    Map<Side, List<LoadResult>> periods = new LinkedHashMap<>();
                    for (int round = 1; round <= rounds; round++) {
                        for (Side side : sides) {
                            HttpRequest request = side.requests().get(kind);
                            LoadResult result = side.driver()
                                    .run(
                                            kind + " " + side.label() + " #" + round,
                                            concurrency,
                                            requests,
                                            i -> request,
                                            200,
                                            HopsLoad::noError);
                            System.out.println(result.line() + String.format("  mean %7.2f ms", result.meanMillis()));
                            periods.computeIfAbsent(side, s -> new ArrayList<>())
                                    .add(result);
                        }
                    }
                    LoadResult baseline = LoadResult.merged(kind + " collapsed", periods.get(collapsed));
                    for (Side side : sides) {
                        LoadResult merged = LoadResult.merged(kind + " " + side.label(), periods.get(side));
                        String line = String.format(
                                "%-5s c=%-2d %-10s %7.1f req/s  mean %6.2f ms  p99 %7.2f ms%s%s",
                                kind,
                                concurrency,
                                side.label(),
                                merged.throughput(),
                                merged.meanMillis(),
                                merged.percentileMillis(99),
                                side == collapsed
                                        ? ""
                                        : String.format(
                                                "  | /collapsed: req/s %.2f, mean %.2f, p99 %.2f",
                                                merged.throughput() / baseline.throughput(),
                                                merged.meanMillis() / baseline.meanMillis(),
                                                merged.percentileMillis(99) / baseline.percentileMillis(99)),
                                merged.failures() == 0 ? "" : "  FAILURES: " + merged.failures());
                        System.out.println(line);
                        summary.add(line);
                    }
                }
            }
            System.out.println();
            System.out.println(
                    "summary (local: alice asks carol at contoso-onprem; cross: bob asks alice at the cloud)");
            summary.forEach(System.out::println);
            long proxied = serversTopology
                    .journal()
                    .find(entry -> entry.step() == JournalEntry.Step.MAILBOX_PROXY)
                    .size();
            System.out.println("servers topology journal: " + proxied + " MAILBOX_PROXY entries among the last "
                    + serversTopology.journal().size());
        }
    }

    /** The topology's namespaces, or only a local request to {@code frontEnd} when given. */
    private static Side side(String label, Topology topology, URI frontEnd) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .sslContext(TrustBundles.clientContext(topology.trustBundle()))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        URI onPremises =
                frontEnd == null ? topology.tenant("contoso-onprem").ewsUrl() : URI.create(frontEnd + Tenant.EWS_PATH);
        Map<String, HttpRequest> requests = new LinkedHashMap<>();
        requests.put("local", request(onPremises, "alice@contoso.com", "Passw0rd!alice", "carol@contoso.com"));
        if (frontEnd == null) {
            requests.put(
                    "cross",
                    request(
                            topology.tenant("contoso-cloud").ewsUrl(),
                            "bob@contoso.mail.onmicrosoft.com",
                            "Passw0rd!bob",
                            "alice@contoso.com"));
        }
        return new Side(label, topology, new LoadDriver(http), http, requests);
    }

    /** Each request answers NoError once, and took the servers' hops exactly when the side has servers. */
    private static void check(Side side, boolean hops) throws Exception {
        for (String kind : side.requests().keySet()) {
            HttpResponse<String> answer =
                    side.http().send(side.requests().get(kind), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200 || !noError(answer.body())) {
                throw new IllegalStateException(
                        side.label() + " " + kind + " answered " + answer.statusCode() + ": " + answer.body());
            }
            String mailbox = "local".equals(kind) ? "carol@contoso.com" : "alice@contoso.com";
            Predicate<JournalEntry> proxied =
                    entry -> entry.step() == JournalEntry.Step.MAILBOX_PROXY && mailbox.equals(entry.subject());
            boolean took = !side.topology().journal().find(proxied).isEmpty();
            if (took != hops) {
                throw new IllegalStateException(side.label() + " " + kind + ": " + (hops ? "no" : "a")
                        + " MAILBOX_PROXY step in the journal for " + mailbox);
            }
        }
    }

    private static final Pattern RESPONSE_CODE = Pattern.compile("<(?:\\w+:)?ResponseCode>([^<]*)<");

    /** Every ResponseCode in the answer is NoError (and there is one). */
    static boolean noError(String body) {
        Matcher codes = RESPONSE_CODE.matcher(body);
        int count = 0;
        while (codes.find()) {
            count++;
            if (!"NoError".equals(codes.group(1))) {
                return false;
            }
        }
        return count > 0;
    }

    private static HttpRequest request(URI ews, String user, String password, String attendee) {
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
                    <t:FreeBusyViewOptions><t:TimeWindow><t:StartTime>%s</t:StartTime>
                      <t:EndTime>%s</t:EndTime></t:TimeWindow>
                      <t:MergedFreeBusyIntervalInMinutes>30</t:MergedFreeBusyIntervalInMinutes>
                      <t:RequestedView>DetailedMerged</t:RequestedView></t:FreeBusyViewOptions>
                  </m:GetUserAvailabilityRequest></s:Body>
                </s:Envelope>
                """.formatted(attendee, WINDOW_START, WINDOW_END);
        String basic =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(ews)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("Authorization", basic)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
