package io.fedemu.benchmarks;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Sends a fixed number of prepared requests with N concurrent synchronous clients and times each.
 * Bounded in count by design: it stops by itself, and only ever targets loopback.
 */
final class LoadDriver {
    private final HttpClient http;

    LoadDriver(HttpClient http) {
        this.http = http;
    }

    LoadResult run(String name, int concurrency, int requests, IntFunction<HttpRequest> request, int expectedStatus)
            throws Exception {
        return run(name, concurrency, requests, request, expectedStatus, body -> true);
    }

    /** As above; an answer with the expected status whose body {@code accept} refuses counts as a failure too. */
    LoadResult run(
            String name,
            int concurrency,
            int requests,
            IntFunction<HttpRequest> request,
            int expectedStatus,
            Predicate<String> accept)
            throws Exception {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long begin = System.nanoTime();
                    try {
                        HttpResponse<String> response =
                                http.send(request.apply(i), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != expectedStatus || !accept.test(response.body())) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - begin;
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new LoadResult(name, concurrency, requests, failures.get(), seconds, latencies);
    }
}
