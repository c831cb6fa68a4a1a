package io.fedemu.emulator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Mends what was broken on purpose ({@code DELETE /admin/faults}), clocks included. */
@Command(
        name = "clear-fault",
        mixinStandardHelpOptions = true,
        description = "Mends every fault of every role, or of one role, and sets their clocks right.",
        footer = {"", "Examples:", "  fedemu clear-fault", "  fedemu clear-fault --role gateway"})
final class ClearFaultCommand implements Callable<Integer> {
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
                        .map(name -> {
                            if (FaultTargets.GATEWAY.equalsIgnoreCase(name)) {
                                return RoleFaults.of(
                                        FaultTargets.gateway(emulator).clearFaults());
                            }
                            return RoleFaults.of(
                                    emulator.tenant(name).name(),
                                    emulator.admin(name).clearFaults());
                        })
                        .toList());
        return ExitStatus.SUCCESS.code();
    }
}
