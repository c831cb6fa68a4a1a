package io.fedemu.emulator.cli;

/**
 * Ctrl-C and SIGTERM as a request to stop, not as JVM shutdown: the JVM's own handling exits with
 * 128+signal (130, 143) whatever the hooks do, while a clean stop of {@code fedemu up} should exit 0
 * so scripts and service managers see success. Where the signals cannot be handled (another platform,
 * a JVM without {@code jdk.unsupported}), the caller's shutdown hook still stops the roles.
 */
final class StopSignals {
    private StopSignals() {}

    /** Runs {@code stop} on SIGINT or SIGTERM; false if the handlers could not be installed. */
    static boolean install(Runnable stop) {
        try {
            for (String name : new String[] {"INT", "TERM"}) {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> stop.run());
            }
            return true;
        } catch (IllegalArgumentException | LinkageError unavailable) {
            return false;
        }
    }
}
