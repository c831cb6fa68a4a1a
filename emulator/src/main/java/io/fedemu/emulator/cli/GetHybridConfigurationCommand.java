package io.fedemu.emulator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Get-HybridConfiguration: the desired state the wizard's engine reads (issue 17). */
@Command(
        name = "get-hybrid-configuration",
        mixinStandardHelpOptions = true,
        description = "Shows an on-premises organization's HybridConfiguration object: the features, hybrid domains, "
                + "transport servers and certificate the Hybrid Configuration Wizard configures.",
        footer = {"", "Example:", "  fedemu get-hybrid-configuration --tenant contoso-onprem"})
final class GetHybridConfigurationCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(names = "--tenant", required = true, paramLabel = "ORG", description = "The on-premises organization.")
    String tenant;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        output.print(
                spec.commandLine().getOut(),
                RunningEmulator.in(state.path()).admin(tenant).hybridConfiguration());
        return ExitStatus.SUCCESS.code();
    }
}
