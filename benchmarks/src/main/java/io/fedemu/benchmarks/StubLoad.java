package io.fedemu.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The stand-in for wrk in {@code benchmarks/compare.sh} (issue 18) on a machine where wrk cannot be installed: a
 * closed loop of CONNECTIONS threads, each posting the same body with its own keep-alive HTTP/1.1 client for
 * SECONDS seconds. It prints what the script reads of wrk's output, in wrk's format (requests, requests/s, the
 * 50% and 99% latencies, non-2xx answers, socket errors). JDK only, run as a single source file:
 *
 * <pre>java StubLoad.java URL BODY_FILE AUTHORIZATION CONNECTIONS SECONDS</pre>
 */
public final class StubLoad {

    private StubLoad() {}

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        String authorization = args[2];
        int connections = Integer.parseInt(args[3]);
        long end =
                System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[4])).toNanos();
        AtomicLong non2xx = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long[][] latencies = new long[connections][];
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            int slot = i;
            Thread thread = new Thread(() -> {
                HttpClient client = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                HttpRequest request = HttpRequest.newBuilder(url)
                        .header("Content-Type", "text/xml; charset=utf-8")
                        .header("Authorization", authorization)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build();
                long[] mine = new long[1024];
                int n = 0;
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    try {
                        int status = client.send(request, HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                        if (status / 100 != 2) {
                            non2xx.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = System.nanoTime() - sent;
                }
                latencies[slot] = Arrays.copyOf(mine, n);
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all =
                Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("  %d requests in %.2fs%n", all.length, seconds);
        System.out.printf("     50%%  %.2fms%n", percentile(all, 0.50));
        System.out.printf("     99%%  %.2fms%n", percentile(all, 0.99));
        if (failed.get() > 0) {
            System.out.printf("  Socket errors: connect 0, read %d, write 0, timeout 0%n", failed.get());
        }
        if (non2xx.get() > 0) {
            System.out.printf("  Non-2xx or 3xx responses: %d%n", non2xx.get());
        }
        System.out.printf("Requests/sec: %.2f%n", all.length / seconds);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)] / 1e6;
    }
}
