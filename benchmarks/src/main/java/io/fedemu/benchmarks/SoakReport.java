package io.fedemu.benchmarks;

import java.util.List;

/**
 * The soak's verdict, printed: requests and errors per kind (goal: no error), the memory samples and their
 * trend (goal: flat, never above the bound), the journal's size. The slope over the second half leaves out
 * start-up and warm-up, when the heap and the JIT's code cache are still growing.
 */
record SoakReport(
        SoakLoad.Options options, SoakSamples samples, List<SoakLoad.Count> counts, List<String> firstErrors) {

    /** Prints the report; true if the soak met its goals. */
    boolean print() {
        List<SoakSamples.Sample> all = samples.all();
        double seconds = all.isEmpty()
                ? options.durationSeconds()
                : all.get(all.size() - 1).seconds();
        System.out.println();
        System.out.printf("%-30s %10s %8s %9s %9s%n", "requests", "count", "errors", "req/s", "mean ms");
        long requests = 0;
        long errors = 0;
        for (SoakLoad.Count count : counts) {
            requests += count.requests();
            errors += count.errors();
            System.out.printf(
                    "%-30s %10d %8d %9.1f %9.2f%n",
                    count.kind(),
                    count.requests(),
                    count.errors(),
                    count.requests() / seconds,
                    count.meanNanos() / 1e6);
        }
        System.out.printf("%-30s %10d %8d %9.1f%n", "total", requests, errors, requests / seconds);
        if (!firstErrors.isEmpty()) {
            System.out.println("first errors:");
            firstErrors.forEach(e -> System.out.println("  " + e));
        }

        System.out.println();
        System.out.printf(
                "%8s %9s %10s %8s %9s %11s%n", "time s", "RSS MB", "requests", "errors", "journal", "journal MB");
        for (SoakSamples.Sample s : all) {
            System.out.printf(
                    "%8.0f %9.1f %10d %8d %9d %11.2f%n",
                    s.seconds(),
                    s.rssMb(),
                    s.requests(),
                    s.errors(),
                    s.journalEntries(),
                    s.journalBytes() / (1024.0 * 1024));
        }
        double min = all.stream().mapToDouble(SoakSamples.Sample::rssMb).min().orElse(Double.NaN);
        double max = all.stream().mapToDouble(SoakSamples.Sample::rssMb).max().orElse(Double.NaN);
        double last = all.isEmpty() ? Double.NaN : all.get(all.size() - 1).rssMb();
        System.out.println();
        System.out.printf(
                "RSS min / max / last:  %.1f / %.1f / %.1f MB (bound %d MB)%n", min, max, last, options.maxRssMb());
        System.out.printf(
                "RSS slope:             %+.2f MB/min over the run, %+.2f MB/min over the second half%n",
                SoakSamples.slopeMbPerMinute(all), SoakSamples.slopeMbPerMinute(samples.secondHalf()));
        if (!all.isEmpty()) {
            SoakSamples.Sample end = all.get(all.size() - 1);
            System.out.printf(
                    "journal at the end:    %d entries, %.2f MB as JSON%n",
                    end.journalEntries(), end.journalBytes() / (1024.0 * 1024));
        }
        boolean memoryGone = all.stream().anyMatch(s -> s.rssKb() < 0);
        boolean passed = errors == 0 && !memoryGone && max <= options.maxRssMb();
        System.out.printf(
                "result:                %s (%d errors%s, max RSS %.1f MB of %d)%n",
                passed ? "PASS" : "FAIL",
                errors,
                memoryGone ? ", the emulator process was gone at a sample" : "",
                max,
                options.maxRssMb());
        return passed;
    }
}
