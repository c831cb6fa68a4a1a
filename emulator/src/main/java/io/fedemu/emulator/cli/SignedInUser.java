package io.fedemu.emulator.cli;

import io.fedemu.protocol.emulator.Endpoints;
import java.io.PrintWriter;
import java.util.UUID;
import java.util.function.BiConsumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What the commands that ask EWS as one of a tenant's users share: the password, the request id, the output. */
final class SignedInUser {
    private SignedInUser() {}

    /** {@code --password}, else the user's password in endpoints.json. */
    static String password(
            RunningEmulator emulator, Endpoints.Tenant asked, String user, String given, CommandSpec spec) {
        return given != null
                ? given
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
