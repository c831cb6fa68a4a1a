package io.fedemu.benchmarks;

import io.fedemu.certs.TrustBundles;
import io.fedemu.tenant.transport.HybridMailTransport;
import io.fedemu.topology.Topology;
import io.fedemu.topology.scenario.ScenarioLoader;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;

/**
 * Hybrid mail's cost (benchmarks/mail.sh, issue 15's "Measure"): alice@contoso.com submits over the on-premises
 * submission port (STARTTLS, AUTH PLAIN, one kept connection per sender as a mail client keeps it) to carol@contoso.com,
 * delivered in the on-premises organization ("local", the baseline), and to bob@contoso.com, a remote mailbox: the
 * Send connector takes it over mutual TLS with DomainValidation to Exchange Online Protection, which attributes it to
 * the organization and delivers it to bob's cloud mailbox ("cross"). The hop is synchronous (docs/PROTOCOL.md section
 * 17), so a message's time is its whole delivery.
 *
 * <p>At 1 and 8 concurrent senders: a warm-up of each, then measured periods interleaved local, cross, local, cross
 * (ROUNDS each), MESSAGES messages a period. A message is a failure unless the server accepted it and the recipient's
 * mailbox holds it afterwards (a cross message must arrive as internal mail: AuthAs Internal, so over mutual TLS);
 * the mailboxes are emptied after every period, so the state directory stays bounded. Prints each period, each side
 * with its periods together and the ratios cross/local.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.fedemu.benchmarks.MailLoad SCENARIO.yaml [MESSAGES]
 * [WARMUP] [ROUNDS]} (defaults 1000, 300, 2); the state directory is a new one under java.io.tmpdir.
 */
public final class MailLoad {
    private MailLoad() {}

    private static final String ALICE = "alice@contoso.com";
    private static final String PASSWORD = "Passw0rd!alice";
    private static final String BODY = "The quarterly figures are attached to the next message.\r\n".repeat(16);

    /** A kind of delivery: who receives and in which mailbox the message must arrive. */
    private record Kind(String label, String recipient, String mailbox, boolean internalRequired) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: MailLoad SCENARIO.yaml [MESSAGES] [WARMUP] [ROUNDS]");
            System.exit(2);
        }
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        Path state = Files.createTempDirectory("fedemu-mail");
        try (Topology topology =
                Topology.start(new ScenarioLoader().load(Path.of(args[0])), Topology.Options.in(state))) {
            HybridMailTransport mail = topology.mail().get(0);
            SSLContext trust = TrustBundles.clientContext(topology.trustBundle());
            Properties smtp = properties(mail.submissionPort(false), trust);
            Kind local = new Kind("local", "carol@contoso.com", "carol@contoso.com", false);
            Kind cross = new Kind("cross", "bob@contoso.com", "bob@contoso.mail.onmicrosoft.com", true);
            System.out.println("fedemu mail load run: " + messages + " messages per period, " + rounds
                    + " periods per side, warm-up " + warmup + ", "
                    + Runtime.getRuntime().availableProcessors()
                    + " cores, Java " + Runtime.version());
            System.out.println("submission: Client Frontend on 127.0.0.1:" + mail.submissionPort(false)
                    + "; local: alice -> carol (contoso-onprem); cross: alice -> bob (remote mailbox) over the Send "
                    + "connector with mutual TLS to Exchange Online Protection -> contoso-cloud");
            List<String> summary = new ArrayList<>();
            for (int senders : new int[] {1, 8}) {
                for (Kind kind : List.of(local, cross)) {
                    run("warm-up " + kind.label(), senders, warmup, smtp, kind, mail, state);
                }
                Map<Kind, List<LoadResult>> periods = new LinkedHashMap<>();
                for (int round = 1; round <= rounds; round++) {
                    for (Kind kind : List.of(local, cross)) {
                        LoadResult result =
                                run(kind.label() + " #" + round, senders, messages, smtp, kind, mail, state);
                        System.out.println(result.line() + String.format("  mean %7.2f ms", result.meanMillis()));
                        periods.computeIfAbsent(kind, k -> new ArrayList<>()).add(result);
                    }
                }
                LoadResult baseline = LoadResult.merged("local", periods.get(local));
                for (Kind kind : List.of(local, cross)) {
                    LoadResult merged = LoadResult.merged(kind.label(), periods.get(kind));
                    String line = String.format(
                            "%-5s c=%d %7.1f msg/s  p50 %6.2f ms  mean %6.2f ms  p99 %7.2f ms%s%s",
                            kind.label(),
                            senders,
                            merged.throughput(),
                            merged.percentileMillis(50),
                            merged.meanMillis(),
                            merged.percentileMillis(99),
                            kind == local
                                    ? ""
                                    : String.format(
                                            "  | /local: msg/s %.2f, p50 %.2f, p99 %.2f",
                                            merged.throughput() / baseline.throughput(),
                                            merged.percentileMillis(50) / baseline.percentileMillis(50),
                                            merged.percentileMillis(99) / baseline.percentileMillis(99)),
                            merged.failures() == 0 ? "" : "  FAILURES: " + merged.failures());
                    System.out.println(line);
                    summary.add(line);
                }
            }
            System.out.println();
            System.out.println("summary (c=1: the latency of a single delivery is its p50 and p99)");
            summary.forEach(System.out::println);
        } finally {
            delete(state);
        }
    }

    /**
     * {@code count} messages of {@code kind} from {@code senders} threads, each on its own connection kept for the
     * period; then checks the recipient's mailbox and empties every mailbox.
     */
    private static LoadResult run(
            String name, int senders, int count, Properties smtp, Kind kind, HybridMailTransport mail, Path state)
            throws Exception {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        Session session = Session.getInstance(smtp);
        Address[] to = {new InternetAddress(kind.recipient())};
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < senders; t++) {
            workers.add(pool.submit(() -> {
                Transport transport = connect(session);
                try {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        MimeMessage message = message(session, kind, name + " " + i);
                        long begin = System.nanoTime();
                        try {
                            transport.sendMessage(message, to);
                        } catch (MessagingException e) {
                            refused.incrementAndGet();
                            transport.close();
                            transport = connect(session);
                        }
                        latencies[i] = System.nanoTime() - begin;
                    }
                } finally {
                    transport.close();
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<MimeMessage> arrived = mail.messages(kind.mailbox());
        long good = arrived.stream()
                .filter(m -> !kind.internalRequired() || "Internal".equals(authAs(m)))
                .count();
        int failures = (int) Math.max(refused.get(), count - good);
        emptyMailboxes(state);
        return new LoadResult(name, senders, count, failures, seconds, latencies);
    }

    private static Transport connect(Session session) throws MessagingException {
        Transport transport = session.getTransport("smtp");
        transport.connect(ALICE, PASSWORD);
        return transport;
    }

    private static MimeMessage message(Session session, Kind kind, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(ALICE));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(kind.recipient()));
        message.setSubject(subject);
        message.setText(BODY);
        message.saveChanges();
        return message;
    }

    private static String authAs(MimeMessage message) {
        try {
            return message.getHeader("X-MS-Exchange-Organization-AuthAs", null);
        } catch (MessagingException e) {
            return null;
        }
    }

    private static Properties properties(int port, SSLContext trust) {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.localhost", "client.contoso.com");
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtp.auth.mechanisms", "PLAIN");
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
        p.put("mail.smtp.ssl.socketFactory", trust.getSocketFactory());
        p.put("mail.smtp.ssl.checkserveridentity", "false");
        p.put("mail.smtp.timeout", "60000");
        return p;
    }

    /** Every delivered message (and non-delivery report) goes after its period: the state directory stays small. */
    private static void emptyMailboxes(Path state) throws IOException {
        Path tenants = state.resolve("tenants");
        try (Stream<Path> organizations = Files.list(tenants)) {
            for (Path mailRoot : organizations.map(o -> o.resolve("mail")).toList()) {
                if (Files.isDirectory(mailRoot)) {
                    try (Stream<Path> mailboxes = Files.list(mailRoot)) {
                        mailboxes.forEach(MailLoad::delete);
                    }
                }
            }
        }
    }

    private static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
