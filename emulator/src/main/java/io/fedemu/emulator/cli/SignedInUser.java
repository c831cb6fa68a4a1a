package io.fedemu.emulator.cli;

import io.fedemu.protocol.emulator.Endpoints;
import java.io.PrintWriter;
import java.util.UUID;
import java.util.function.BiConsumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * What the commands that ask EWS as one of a tenant's users share (a picocli mixin): the tenant, the user and their
 * password, {@code --trace}; the request id and the output.
 */
final class SignedInUser {
    @Option(names = "--tenant", required = true, paramLabel = "NAME", description = "The tenant whose EWS is asked.")
    String tenant;

    @Option(names = "--as", required = true, paramLabel = "ADDRESS", description = "The user asking (HTTP Basic).")
    String user;

    @Option(names = "--password", paramLabel = "P", description = "The user's password (default: endpoints.json's).")
    String password;

    @Option(names = "--trace", description = "Add the journal entries both tenants recorded for this request.")
    boolean trace;

    /** {@code --password}, else the user's password in endpoints.json. */
    String password(RunningEmulator emulator, Endpoints.Tenant asked, CommandSpec spec) {
        return password != null
                ? password
                : emulator.password(asked, user)
                        .orElseThrow(() -> new ParameterException(
                                spec.commandLine(), "no password for " + user + " in endpoints.json: give --password"));
    }

    /** Our own request id, so the journals of both tenants can be read for exactly this request. */
    static String requestId() {
        return "fedemu-cli-" + UUID.randomUUID();
    }

    /** The answer as JSON with {@code --json}, else as {@code text} prints it. */
    static <T> void print(CommandSpec spec, OutputOptions output, T answer, BiConsumer<PrintWriter, T> text) {
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            OutputOptions.printJson(out, answer);
        } else {
            text.accept(out, answer);
        }
    }
}
