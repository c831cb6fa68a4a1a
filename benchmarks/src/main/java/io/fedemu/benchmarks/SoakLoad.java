package io.fedemu.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.fedemu.certs.TrustBundles;
import io.fedemu.client.Json;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak of issue 12, against an emulator already running ({@code benchmarks/soak.sh} starts it): N clients
 * for a fixed time, each mixing GetUserAvailability for a local mailbox, for a remote one (across the
 * boundary) and admin reads; every {@code --sample-seconds} the emulator JVM's resident memory and the
 * journal's size. Prints a report and exits 1 if any request failed or the memory went over the bound.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.fedemu.benchmarks.SoakLoad --state-dir DIR --pid
 * PID [--duration 600] [--clients 32] [--sample-seconds 10] [--max-rss-mb 400]}
 */
public final class SoakLoad {
    /** What one request asks; a third local free/busy, a third cross-boundary, a third admin reads. */
    enum Kind {
        LOCAL("local free/busy"),
        CROSS_BOUNDARY("cross-boundary free/busy"),
        JOURNAL("admin journal of a request"),
        RELATIONSHIPS("admin relationships"),
        ORGANIZATIONS("gateway admin organizations");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private static final Kind[] MIX = {
        Kind.LOCAL, Kind.CROSS_BOUNDARY, Kind.JOURNAL,
        Kind.LOCAL, Kind.CROSS_BOUNDARY, Kind.RELATIONSHIPS,
        Kind.LOCAL, Kind.CROSS_BOUNDARY, Kind.ORGANIZATIONS
    };
    private static final Pattern RESPONSE_CODE = Pattern.compile("<(?:\\w+:)?ResponseCode>([^<]*)</");
    private static final int ERRORS_SHOWN = 10;

    private final SoakTargets targets;
    private final HttpClient http;
    private final Map<Kind, Tally> tallies = new EnumMap<>(Kind.class);
    private final Tally sampling = new Tally();
    private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger errorsKept = new AtomicInteger();

    /** Requests, errors and time spent for one kind; updated by every client at once. */
    private static final class Tally {
        final LongAdder requests = new LongAdder();
        final LongAdder errors = new LongAdder();
        final LongAdder nanos = new LongAdder();
    }

    private SoakLoad(SoakTargets targets, HttpClient http) {
        this.targets = targets;
        this.http = http;
        for (Kind kind : Kind.values()) {
            tallies.put(kind, new Tally());
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        SoakTargets targets = SoakTargets.read(options.stateDir());
        HttpClient http = HttpClient.newBuilder()
                .sslContext(TrustBundles.clientContext(targets.trustBundle()))
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        SoakLoad soak = new SoakLoad(targets, http);
        System.out.printf(
                "fedemu soak: %d s, %d clients, emulator pid %d, %d cores, Java %s%n"
                        + "  %s at %s asks for %s (local) and %s (across the boundary); admin reads: %s, %s, %s%n",
                options.durationSeconds(),
                options.clients(),
                options.pid(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.version(),
                targets.requester(),
                targets.tenant(),
                targets.localAttendee(),
                targets.remoteAttendee(),
                "tenant " + targets.journal().getPath() + "?requestId=",
                "tenant " + targets.relationships().getPath(),
                "gateway " + targets.organizations().getPath());
        SoakSamples samples = soak.run(options);
        boolean passed = new SoakReport(options, samples, soak.counts(), List.copyOf(soak.firstErrors)).print();
        System.exit(passed ? 0 : 1);
    }

    private SoakSamples run(Options options) throws Exception {
        SoakSamples samples = new SoakSamples();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(options.durationSeconds());
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(
                () -> samples.add(sample(options.pid(), start)), 0, options.sampleSeconds(), TimeUnit.SECONDS);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < options.clients(); c++) {
            int offset = c;
            Thread client = new Thread(() -> client(offset, deadline), "soak-client-" + c);
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            client.join();
        }
        sampler.shutdown();
        sampler.awaitTermination(1, TimeUnit.MINUTES);
        samples.add(sample(options.pid(), start));
        return samples;
    }

    /** One client: the mix in turn, starting at its own place in it, until the deadline. */
    private void client(int offset, long deadline) {
        String lastRequestId = null;
        for (int i = offset; System.nanoTime() < deadline; i++) {
            Kind kind = MIX[i % MIX.length];
            if (kind == Kind.JOURNAL && lastRequestId == null) {
                kind = Kind.LOCAL;
            }
            String requestId = UUID.randomUUID().toString();
            HttpRequest request = switch (kind) {
                case LOCAL -> targets.availability(targets.localAttendee(), requestId);
                case CROSS_BOUNDARY -> targets.availability(targets.remoteAttendee(), requestId);
                case JOURNAL -> targets.journalOf(lastRequestId);
                case RELATIONSHIPS -> targets.admin(targets.relationships());
                case ORGANIZATIONS -> targets.admin(targets.organizations());
            };
            if (kind == Kind.LOCAL || kind == Kind.CROSS_BOUNDARY) {
                lastRequestId = requestId;
            }
            send(kind, request);
        }
    }

    private void send(Kind kind, HttpRequest request) {
        Tally tally = tallies.get(kind);
        long begin = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String problem = problem(kind, response);
            if (problem != null) {
                error(tally, kind.label + ": " + problem);
            }
        } catch (Exception e) {
            error(tally, kind.label + ": " + e);
        } finally {
            tally.requests.increment();
            tally.nanos.add(System.nanoTime() - begin);
        }
    }

    /** Null when the answer is what a client wants: 2xx, and for free/busy every ResponseCode NoError. */
    private static String problem(Kind kind, HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            return "HTTP " + response.statusCode() + " " + abbreviated(response.body());
        }
        if (kind != Kind.LOCAL && kind != Kind.CROSS_BOUNDARY) {
            return null;
        }
        Matcher codes = RESPONSE_CODE.matcher(response.body());
        int count = 0;
        while (codes.find()) {
            count++;
            if (!codes.group(1).equals("NoError")) {
                return "ResponseCode " + codes.group(1) + " " + abbreviated(response.body());
            }
        }
        return count == 0 ? "no ResponseCode in " + abbreviated(response.body()) : null;
    }

    private void error(Tally tally, String what) {
        tally.errors.increment();
        if (errorsKept.getAndIncrement() < ERRORS_SHOWN) {
            firstErrors.add(what);
        }
    }

    /** Memory from /proc, the journal's size from its admin API (the whole journal, unfiltered). */
    private SoakSamples.Sample sample(long pid, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        long rss = SoakSamples.rssKb(pid);
        int entries = -1;
        long bytes = -1;
        long begin = System.nanoTime();
        sampling.requests.increment();
        try {
            HttpResponse<String> journal =
                    http.send(targets.admin(targets.journal()), HttpResponse.BodyHandlers.ofString());
            sampling.nanos.add(System.nanoTime() - begin);
            if (journal.statusCode() == 200) {
                JsonNode list = Json.lenient().readTree(journal.body());
                entries = list.size();
                bytes = journal.body().getBytes(StandardCharsets.UTF_8).length;
            } else {
                error(sampling, "journal size sample: HTTP " + journal.statusCode());
            }
        } catch (Exception e) {
            error(sampling, "journal size sample: " + e);
        }
        long requests = 0;
        long errors = 0;
        for (Tally tally : tallies.values()) {
            requests += tally.requests.sum();
            errors += tally.errors.sum();
        }
        return new SoakSamples.Sample(seconds, rss, requests, errors, entries, bytes);
    }

    /** Requests of one kind over the whole soak. */
    record Count(String kind, long requests, long errors, long meanNanos) {}

    /** Per kind, and the sampler's own journal reads. */
    private List<Count> counts() {
        List<Count> counts = new ArrayList<>();
        tallies.forEach((kind, t) -> counts.add(count(kind.label, t)));
        counts.add(count("whole journal (sampler)", sampling));
        return counts;
    }

    private static Count count(String kind, Tally tally) {
        long requests = tally.requests.sum();
        return new Count(kind, requests, tally.errors.sum(), requests == 0 ? 0 : tally.nanos.sum() / requests);
    }

    private static String abbreviated(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
    }

    /** The command line; every option but the state directory and pid has the default. */
    record Options(Path stateDir, long pid, int durationSeconds, int clients, int sampleSeconds, int maxRssMb) {
        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>(
                    Map.of("--duration", "600", "--clients", "32", "--sample-seconds", "10", "--max-rss-mb", "400"));
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 == args.length) {
                    throw new IllegalArgumentException("usage: SoakLoad --state-dir DIR --pid PID [--duration S]"
                            + " [--clients N] [--sample-seconds S] [--max-rss-mb MB]; not understood: " + args[i]);
                }
                values.put(args[i], args[++i]);
            }
            if (!values.containsKey("--state-dir") || !values.containsKey("--pid")) {
                throw new IllegalArgumentException("--state-dir and --pid are required");
            }
            return new Options(
                    Path.of(values.get("--state-dir")),
                    Long.parseLong(values.get("--pid")),
                    Integer.parseInt(values.get("--duration")),
                    Integer.parseInt(values.get("--clients")),
                    Integer.parseInt(values.get("--sample-seconds")),
                    Integer.parseInt(values.get("--max-rss-mb")));
        }
    }
}
