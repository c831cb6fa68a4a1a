package io.fedemu.emulator.cli;

import io.fedemu.protocol.emulator.Endpoints;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Move-ActiveMailboxDatabase -ActivateOnServer (without PowerShell's confirmation prompt: scripts run it). The
 * database's mailboxes are served from the new server from the next request on.
 */
@Command(
        name = "move-active-mailbox-database",
        mixinStandardHelpOptions = true,
        description = "Mounts a mailbox database's copy on another server that holds one.",
        footer = {"", "Example:", "  fedemu move-active-mailbox-database --identity DB01 --activate-on-server EX2013-02"
        })
final class MoveActiveMailboxDatabaseCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(
            names = "--tenant",
            paramLabel = "NAME",
            description = "The organization, as endpoints.json names it (default: the only one, or the one with "
                    + "the server --activate-on-server names).")
    String tenant;

    @Option(names = "--identity", required = true, paramLabel = "NAME", description = "The database.")
    String identity;

    @Option(
            names = "--activate-on-server",
            required = true,
            paramLabel = "SERVER",
            description = "The server whose copy is to be mounted.")
    String server;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunningEmulator emulator = RunningEmulator.in(state.path());
        Endpoints.Tenant organization = emulator.tenantOrOnly(
                tenant,
                "a server named " + server,
                t -> t.servers().stream().anyMatch(s -> s.name().equalsIgnoreCase(server)));
        output.print(
                spec.commandLine().getOut(), emulator.admin(organization).moveActiveMailboxDatabase(identity, server));
        return ExitStatus.SUCCESS.code();
    }
}
