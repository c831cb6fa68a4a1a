package io.fedemu.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** One process per state directory, as the command line enforces it. */
class StateDirectoryLockCommandTest {
    @TempDir
    Path state;

    @Test
    void aSecondUpAResetAndAGatewayAreRefusedWhileUpRunsAndNothingIsDeleted() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        ExecutorService runner = Executors.newSingleThreadExecutor();
        Future<Integer> first = runner.submit(
                () -> commandLine.execute("up", "--state-dir", state.toString(), "--port-base", "0", "--http"));
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> out.toString().contains("ready") || first.isDone());
            assertThat(out.toString()).contains("ready");
            String pid = String.valueOf(ProcessHandle.current().pid());
            String holder = "is in use by pid " + pid + " (fedemu up --state-dir " + state + " --port-base 0 --http)";

            CommandRun second = CommandRun.of("up", "--state-dir", state.toString(), "--port-base", "0");
            assertThat(second.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
            assertThat(second.err()).contains("fedemu up: state directory " + state + " " + holder);
            assertThat(second.out()).doesNotContain("ready");

            CommandRun reset = CommandRun.of("up", "--state-dir", state.toString(), "--port-base", "0", "--reset");
            assertThat(reset.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
            assertThat(reset.err()).contains(holder);
            assertThat(reset.out()).doesNotContain("Reset:");
            assertThat(state.resolve("endpoints.json")).isRegularFile();
            assertThat(state.resolve("certs/signing")).isDirectory();

            CommandRun gateway = CommandRun.of("gateway", "--state-dir", state.toString(), "--http");
            assertThat(gateway.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
            assertThat(gateway.err()).contains("fedemu gateway: state directory " + state + " " + holder);

            CommandRun tenant = CommandRun.of(
                    "tenant", "contoso-cloud", "--state-dir", state.toString(), "--port-base", "0", "--http");
            assertThat(tenant.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
            assertThat(tenant.err()).contains(holder);
        } finally {
            runner.shutdownNow();
            assertThat(first.get(60, TimeUnit.SECONDS)).isZero();
        }
        // Stopped: the directory is free again, and --reset runs (checked through the lock, not a second start).
        try (var lock = io.fedemu.topology.launcher.StateDirectoryLock.exclusive(state, "fedemu up --reset")) {
            assertThat(lock.directory()).isEqualTo(state);
        }
    }

    @Test
    void aStateDirectoryOpenToOthersIsTightenedWithAMessage() throws Exception {
        Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwxrwxr-x"));
        CommandRun gateway = CommandRun.of("tenant", "no-such-organization", "--state-dir", state.toString());
        // The scenario refuses the name before the directory is touched: nothing is tightened yet.
        assertThat(gateway.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state)))
                .isEqualTo("rwxrwxr-x");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        ExecutorService runner = Executors.newSingleThreadExecutor();
        Future<Integer> running =
                runner.submit(() -> commandLine.execute("gateway", "--state-dir", state.toString(), "--http"));
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> out.toString().contains("ready") || running.isDone());
            assertThat(err.toString())
                    .contains("fedemu: state directory " + state
                            + " was rwxrwxr-x, open to other users; tightened to rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state)))
                    .isEqualTo("rwx------");
        } finally {
            runner.shutdownNow();
            running.get(60, TimeUnit.SECONDS);
        }
    }
}
