package io.fedemu.emulator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The one-command launcher. The roles it starts land in later issues; until then it says plainly
 * what exists, rather than pretending to start a topology.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Starts the gateway and every tenant of a scenario on loopback HTTPS.",
        footer = {"", "Example:", "  fedemu up --state-dir /tmp/fedemu"})
final class UpCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        err.println("fedemu up: the scenario launcher is not built yet. What this build can do:");
        err.println("  fedemu certs init --state-dir " + state.path() + "   create the emulator PKI and trust bundle");
        err.println("  fedemu certs show --state-dir " + state.path() + "   list its certificates");
        err.println("  fedemu gateway --state-dir " + state.path() + "      run the federation gateway alone");
        err.println("  fedemu tenant contoso-onprem --state-dir " + state.path() + "   run one organization alone");
        err.println("Run fedemu --help for the full list.");
        err.flush();
        return ExitStatus.FAILURE.code();
    }
}
