package io.fedemu.emulator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What is broken on purpose, per role ({@code GET /admin/faults} of each). */
@Command(
        name = "get-fault",
        mixinStandardHelpOptions = true,
        description = "Shows the faults in force: every role's, or one role's.",
        footer = {"", "Examples:", "  fedemu get-fault", "  fedemu get-fault --role contoso-onprem --json"})
final class GetFaultCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(names = "--role", paramLabel = "NAME", description = "gateway or an organization (default: every role).")
    String role;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunningEmulator emulator = RunningEmulator.in(state.path());
        output.print(
                spec.commandLine().getOut(),
                FaultTargets.roles(emulator, role).stream()
                        .map(name -> FaultTargets.current(emulator, name))
                        .toList());
        return ExitStatus.SUCCESS.code();
    }
}
