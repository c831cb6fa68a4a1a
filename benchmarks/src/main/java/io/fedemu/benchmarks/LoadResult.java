package io.fedemu.benchmarks;

import java.util.Arrays;
import java.util.List;

/** Throughput and latency percentiles of one load phase. */
record LoadResult(String name, int concurrency, int requests, int failures, double seconds, long[] latenciesNanos) {

    double throughput() {
        return requests / seconds;
    }

    double meanMillis() {
        return Arrays.stream(latenciesNanos).average().orElse(0) / 1e6;
    }

    /** One result of the phases of {@code parts} together: their requests over their summed time. */
    static LoadResult merged(String name, List<LoadResult> parts) {
        long[] latencies = parts.stream()
                .flatMapToLong(part -> Arrays.stream(part.latenciesNanos()))
                .toArray();
        return new LoadResult(
                name,
                parts.get(0).concurrency(),
                parts.stream().mapToInt(LoadResult::requests).sum(),
                parts.stream().mapToInt(LoadResult::failures).sum(),
                parts.stream().mapToDouble(LoadResult::seconds).sum(),
                latencies);
    }

    double percentileMillis(double p) {
        long[] sorted = latenciesNanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    String line() {
        return String.format(
                "%-28s c=%-3d n=%-6d fail=%-3d %9.1f req/s  p50 %7.2f ms  p99 %7.2f ms",
                name, concurrency, requests, failures, throughput(), percentileMillis(50), percentileMillis(99));
    }
}
