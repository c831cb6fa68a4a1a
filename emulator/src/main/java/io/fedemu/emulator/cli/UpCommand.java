package io.fedemu.emulator.cli;

import io.fedemu.client.availability.EwsFaultException;
import io.fedemu.client.http.UnreachableException;
import io.fedemu.emulator.dashboard.Dashboard;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.topology.Topology;
import io.fedemu.topology.launcher.EndpointsFile;
import io.fedemu.topology.launcher.ReadinessCheck;
import io.fedemu.topology.launcher.StateDirectoryLock;
import io.fedemu.topology.launcher.StateReset;
import io.fedemu.topology.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The one-command launcher: a whole scenario in this JVM, described in endpoints.json, until Ctrl-C. */
@Command(
        name = "up",
        mixinStandardHelpOptions = true,
        description = {
            "Starts the gateway and every tenant of a scenario on loopback HTTPS, prints the endpoints, "
                    + "the users and the trust bundle, writes them to DIR/endpoints.json and prints 'ready' once a "
                    + "free/busy request across the boundary has been answered. Ctrl-C or SIGTERM stops it (exit 0).",
            "State (relationships, calendars, keys) is kept across restarts; --reset restores the scenario."
        },
        footer = {
            "",
            "Example:",
            "  fedemu up --state-dir /tmp/fedemu",
            "  fedemu up --scenario scenarios/partner.yaml --state-dir /tmp/fedemu --reset",
            "  fedemu up --http --port-base 0"
        })
final class UpCommand implements Callable<Integer> {
    @Mixin
    ScenarioOption scenario;

    @Mixin
    StateDirectoryOption state;

    @Option(
            names = "--port-base",
            paramLabel = "N",
            defaultValue = "9440",
            description = "The gateway on N, the organizations on N+1, N+2, ... in scenario order, as fedemu tenant "
                    + "plans them; 0 picks free ports (default: ${DEFAULT-VALUE}).")
    int portBase;

    @Option(
            names = "--reset",
            description = "Delete the role state of DIR first (tenants/, gateway/, "
                    + "certs/federation/, certs/signing/, endpoints.json), so the scenario starts as written. The root CA "
                    + "and TLS certificates are kept.")
    boolean reset;

    @Option(
            names = "--http",
            description = "Serve every role over plain HTTP instead of HTTPS, for tools that "
                    + "cannot be pointed at a trust bundle. Basic passwords then cross loopback in clear.")
    boolean http;

    @Option(
            names = "--no-dashboard",
            description =
                    "Do not serve the trainer's dashboard (by default on the port after the last organization's).")
    boolean noDashboard;

    @Spec
    CommandSpec spec;

    /** The trainer's dashboard (issue 16), or null without it. */
    private volatile Dashboard dashboard;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();

    @Override
    public Integer call() {
        Scenario loaded = scenario.load();
        // Before anything is read, reset or written: a second instance on this directory stops here.
        try (StateDirectoryLock lock = state.lockExclusive(spec)) {
            return run(loaded);
        }
    }

    private Integer run(Scenario loaded) {
        PrintWriter out = spec.commandLine().getOut();
        Path stateDirectory = state.path();
        if (reset) {
            List<Path> removed = StateReset.reset(stateDirectory);
            out.println(
                    removed.isEmpty()
                            ? "Reset: no role state in " + stateDirectory
                            : "Reset: removed "
                                    + removed.stream()
                                            .map(p ->
                                                    stateDirectory.relativize(p).toString())
                                            .toList());
        }
        Topology.Options options = Topology.Options.in(stateDirectory).portBase(portBase);
        Topology topology = Topology.start(loaded, http ? options.plainHttp() : options);
        if (loaded.adminOpen()) {
            AdminAccessNotice.warn(spec.commandLine().getErr(), loaded.scenario());
        }
        Thread hook = new Thread(() -> stop(topology), "fedemu-up-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Endpoints endpoints = EndpointsFile.describe(topology);
            if (!noDashboard) {
                dashboard = Dashboard.start(topology, endpoints, dashboardPort(loaded));
                endpoints = endpoints.withDashboard(dashboard.url().toString());
            }
            EndpointsFile.write(stateDirectory, endpoints);
            UpReport.print(out, endpoints, EndpointsFile.in(stateDirectory));
            out.flush();
            Optional<ReadinessCheck.Result> check = ReadinessCheck.run(topology);
            out.println(check.map(result -> "Self-check: " + result.summary())
                    .orElse("Self-check: skipped (no organization has both a user and a remote mailbox)"));
        } catch (UnreachableException | EwsFaultException e) {
            stop(topology);
            removeHook(hook);
            spec.commandLine()
                    .getErr()
                    .println("fedemu up: the self-check across the boundary failed: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return e instanceof UnreachableException ? ExitStatus.UNREACHABLE.code() : ExitStatus.TRUST_FAILURE.code();
        } catch (RuntimeException e) {
            stop(topology);
            removeHook(hook);
            throw e;
        }
        // Installed only now: a signal during start-up takes the JVM's way out, through the hook. Only as the
        // fedemu process itself: embedded in a test JVM the signals belong to the test runner, and an interrupt stops.
        if (Boolean.getBoolean(Main.OWNS_SIGNALS)) {
            StopSignals.install(stopped::countDown);
        }
        out.println("ready");
        out.flush();
        boolean interrupted = false;
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // Embedded use (tests): an interrupt stops the topology like a signal would.
            interrupted = true;
        }
        // The interrupt is restored only after the stop: with the flag set, Jetty's own waits while stopping
        // are cut short (ClosedSelectorException, InterruptedException) and the stop is not clean.
        stop(topology);
        out.println("Stopped.");
        out.flush();
        removeHook(hook);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return ExitStatus.SUCCESS.code();
    }

    /** After a stop of our own the hook has nothing left to do; in-process callers should not accumulate them. */
    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Stopped by the hook itself (a signal we could not handle): nothing left to remove.
        }
    }

    /** The port after the last organization's in the plan (0: a free one, as the roles' with --port-base 0). */
    private int dashboardPort(Scenario loaded) {
        return portBase == 0 ? 0 : portBase + loaded.organizations().size() + 1;
    }

    /** Once, from whichever comes first: the signal, an interrupt, or a JVM shutdown hook. */
    private void stop(Topology topology) {
        if (closed.compareAndSet(false, true)) {
            if (dashboard != null) {
                dashboard.close();
            }
            topology.close();
        }
        stopped.countDown();
    }
}
