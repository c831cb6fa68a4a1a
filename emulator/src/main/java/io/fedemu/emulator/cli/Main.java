package io.fedemu.emulator.cli;

import io.fedemu.certs.CertificateStoreException;
import io.fedemu.client.autodiscover.AutodiscoverException;
import io.fedemu.client.availability.EwsFaultException;
import io.fedemu.client.http.ProblemException;
import io.fedemu.client.http.UnreachableException;
import io.fedemu.topology.launcher.StateDirectoryInUseException;
import io.fedemu.topology.launcher.StateDirectoryOwnerException;
import io.fedemu.topology.scenario.RelationshipDerivationException;
import io.fedemu.topology.scenario.ScenarioException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/** Entry point of the runnable jar. */
public final class Main {
    private Main() {}

    /** Set when this JVM is the fedemu command itself, so long-running commands may handle SIGTERM. */
    static final String OWNS_SIGNALS = "fedemu.ownsSignals";

    public static void main(String[] args) {
        System.setProperty(OWNS_SIGNALS, "true");
        // Logging set up on this thread before any role starts its own: otherwise SLF4J buffers the
        // calls other threads make meanwhile and prints a "replayed" warning above the user's output.
        org.slf4j.LoggerFactory.getILoggerFactory();
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests run it in-process with their own writers. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new FedemuCommand());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            // Known failures are the user's to fix: one line naming the problem, no stack trace.
            if (exception instanceof RelationshipDerivationException derivation) {
                return fail(
                        cmd,
                        exception,
                        switch (derivation.failure()) {
                            case PARTNER_UNREACHABLE -> ExitStatus.UNREACHABLE;
                            case PARTNER_REFUSED -> ExitStatus.TRUST_FAILURE;
                            case RELATIONSHIP_REFUSED -> ExitStatus.FAILURE;
                        });
            }
            if (exception instanceof UnreachableException
                    || exception instanceof io.fedemu.client.dns.DnsLookupException) {
                return fail(cmd, exception, ExitStatus.UNREACHABLE);
            }
            if (exception instanceof EwsFaultException || exception instanceof AutodiscoverException) {
                // The partner or the gateway refused: a link of the trust chain, not the command, failed.
                return fail(cmd, exception, ExitStatus.TRUST_FAILURE);
            }
            if (exception instanceof StateDirectoryInUseException
                    || exception instanceof StateDirectoryOwnerException) {
                // Another instance, or another user's directory: nothing was read, reset or written.
                return fail(cmd, exception, ExitStatus.FAILURE);
            }
            if (exception instanceof ProblemException) {
                // The tenant refused the change (no such relationship, a duplicate name): the problem names why.
                return fail(cmd, exception, ExitStatus.FAILURE);
            }
            if (exception instanceof CertificateStoreException
                    || exception instanceof ScenarioException
                    || exception instanceof UncheckedIOException
                    || exception instanceof IllegalArgumentException
                    || exception instanceof IllegalStateException) {
                cmd.getErr().println("fedemu: " + exception.getMessage());
                cmd.getErr().flush();
                return ExitStatus.FAILURE.code();
            }
            throw exception;
        });
        return commandLine;
    }

    private static int fail(CommandLine cmd, Exception exception, ExitStatus status) {
        cmd.getErr().println("fedemu " + cmd.getCommandName() + ": " + exception.getMessage());
        cmd.getErr().flush();
        return status.code();
    }
}
