package io.fedemu.emulator.cli;

import java.util.concurrent.CountDownLatch;

/**
 * Keeps a started role (gateway or tenant) running until Ctrl-C, SIGTERM or, when embedded in a
 * test, an interrupt; then stops it once. A shutdown hook stays as the fallback where the signals
 * cannot be handled, so the role's port is released however the JVM ends.
 */
final class RunningRole {
    private RunningRole() {}

    static void untilStopped(AutoCloseable role, String name) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> close(role), "fedemu-" + name + "-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        // Only as the fedemu process itself: inside a test JVM the signals belong to the test runner.
        if (Boolean.getBoolean(Main.OWNS_SIGNALS)) {
            StopSignals.install(stopped::countDown);
        }
        boolean interrupted = false;
        try {
            stopped.await();
        } catch (InterruptedException e) {
            interrupted = true;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            return;
        }
        // Stop first, then restore the interrupt: with the flag set, Jetty's stop fails half-way
        // (ClosedSelectorException) and the port may stay bound (as UpCommand does it).
        close(role);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void close(AutoCloseable role) {
        try {
            role.close();
        } catch (Exception e) {
            // Stopping: nothing useful to do with a failure to close but to go on.
        }
    }
}
