package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * {@code fedemu up} (hybrid scenario) in a JVM of its own on a given state directory, as a user
 * runs it. The child is the {@code java} process itself, no wrapper script in between, so
 * {@link #killHard()} delivers SIGKILL to the emulator's JVM and nothing else.
 */
final class UpProcess {
    private final Process process;
    private final Path errors;
    private final StringBuffer printed = new StringBuffer();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final CountDownLatch drained = new CountDownLatch(1);
    private final long launchedNanos = System.nanoTime();
    private volatile boolean sawReady;

    private UpProcess(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        Thread reader = new Thread(this::read, "fedemu-up-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Launches without waiting. {@code generatingKeys}: keep C2 on, as the {@code fedemu} script does when
     * keys are generated (RSA key generation is several times faster with it); otherwise C1 only, which
     * starts faster on a busy 2-core machine.
     */
    static UpProcess launch(Path state, Path logs, int portBase, boolean generatingKeys) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (!generatingKeys) {
            command.add("-XX:TieredStopAtLevel=1");
        }
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "io.fedemu.emulator.cli.Main",
                "up",
                "--scenario",
                "../scenarios/hybrid.yaml",
                "--state-dir",
                state.toString(),
                "--port-base",
                String.valueOf(portBase)));
        Path errors = Files.createTempFile(logs, "fedemu-up", ".err");
        return new UpProcess(
                new ProcessBuilder(command).redirectError(errors.toFile()).start(), errors);
    }

    /** Launches and waits for {@code ready}; fails naming what the process printed if it never comes. */
    static UpProcess start(Path state, Path logs, int portBase, boolean generatingKeys) throws Exception {
        UpProcess up = launch(state, logs, portBase, generatingKeys);
        assertThat(up.ready.await(90, TimeUnit.SECONDS) && up.isReady())
                .as("'ready' within 90 s; %s", up.transcript())
                .isTrue();
        System.out.printf("fedemu up (pid %d): ready after %d ms%n", up.pid(), up.millisSinceLaunch());
        return up;
    }

    /** kill -9: no shutdown hook, no flush, no lock release other than the operating system's. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS))
                .as("gone within 30 s of SIGKILL")
                .isTrue();
        drained.await(5, TimeUnit.SECONDS);
        // 128 + 9: the JVM died of SIGKILL rather than exiting by itself.
        assertThat(process.exitValue()).as(transcript()).isEqualTo(137);
    }

    /** SIGTERM, as Ctrl-C; expects the clean exit {@code fedemu up} promises. */
    void stop() throws Exception {
        // Through the handle: Process.destroy() would also close our end of stdout and lose "Stopped.".
        process.toHandle().destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS))
                .as("stopped within 30 s")
                .isTrue();
        drained.await(5, TimeUnit.SECONDS);
        assertThat(process.exitValue()).as(transcript()).isZero();
        assertThat(output()).endsWith("Stopped." + System.lineSeparator());
    }

    /**
     * A port plan for {@code roles} roles (ports base, base + 1, ...) that are free now, below the
     * ephemeral range so that client sockets are unlikely to take them between two starts.
     */
    static int freePortBase(int roles) {
        Random random = new Random();
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = 20_000 + random.nextInt(12_000);
            if (IntStream.range(base, base + roles).allMatch(UpProcess::isFree)) {
                return base;
            }
        }
        throw new IllegalStateException("no " + roles + " free consecutive ports between 20000 and 32000");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** For an {@code @AfterEach}: whatever a failed test left running. */
    void killIfAlive() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    boolean isReady() {
        return sawReady;
    }

    long pid() {
        return process.pid();
    }

    long millisSinceLaunch() {
        return (System.nanoTime() - launchedNanos) / 1_000_000;
    }

    String output() {
        return printed.toString();
    }

    String transcript() {
        String err;
        try {
            err = Files.readString(errors);
        } catch (IOException e) {
            err = "(cannot read " + errors + ": " + e + ")";
        }
        return "stdout:%n%s%nstderr:%n%s".formatted(output(), err);
    }

    private void read() {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                printed.append(line).append(System.lineSeparator());
                if (line.equals("ready")) {
                    sawReady = true;
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            printed.append("(reading stdout failed: ").append(e).append(')');
        } finally {
            ready.countDown();
            drained.countDown();
        }
    }
}
