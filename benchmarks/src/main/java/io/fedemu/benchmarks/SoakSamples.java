package io.fedemu.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a soak samples at a fixed interval: the emulator's resident memory (VmRSS of its JVM, read from
 * /proc, so Linux only), how many requests and errors the clients had counted by then, and the journal's
 * size; and the least-squares trend of the memory over the run.
 */
final class SoakSamples {
    /** One sample; {@code journalEntries} and {@code journalBytes} are -1 when the journal could not be read. */
    record Sample(double seconds, long rssKb, long requests, long errors, int journalEntries, long journalBytes) {
        double rssMb() {
            return rssKb / 1024.0;
        }
    }

    private final List<Sample> samples = new CopyOnWriteArrayList<>();

    void add(Sample sample) {
        samples.add(sample);
    }

    List<Sample> all() {
        return List.copyOf(samples);
    }

    /** The samples taken at or after half the run, the part where start-up and warm-up are behind. */
    List<Sample> secondHalf() {
        List<Sample> all = all();
        if (all.isEmpty()) {
            return all;
        }
        double half = all.get(all.size() - 1).seconds() / 2;
        return all.stream().filter(s -> s.seconds() >= half).toList();
    }

    /** VmRSS of process {@code pid} in kB, as /proc/PID/status reports it; -1 once the process is gone. */
    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The least-squares slope of resident memory over time, in MB per minute; NaN with fewer than two
     * samples. A flat line is what a soak hopes for: a steady climb is a leak or a cache without a bound.
     */
    static double slopeMbPerMinute(List<Sample> samples) {
        int n = samples.size();
        if (n < 2) {
            return Double.NaN;
        }
        double meanT =
                samples.stream().mapToDouble(s -> s.seconds() / 60).average().orElseThrow();
        double meanM = samples.stream().mapToDouble(Sample::rssMb).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (Sample s : samples) {
            double dt = s.seconds() / 60 - meanT;
            covariance += dt * (s.rssMb() - meanM);
            variance += dt * dt;
        }
        return variance == 0 ? Double.NaN : covariance / variance;
    }
}
