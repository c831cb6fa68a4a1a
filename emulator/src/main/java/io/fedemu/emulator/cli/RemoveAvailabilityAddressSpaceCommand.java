package io.fedemu.emulator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Remove-AvailabilityAddressSpace (without PowerShell's confirmation prompt: scripts run it). */
@Command(
        name = "remove-availability-address-space",
        mixinStandardHelpOptions = true,
        description = "Removes an availability address space from a tenant.",
        footer = {
            "",
            "Example:",
            "  fedemu remove-availability-address-space --tenant contoso-onprem --identity contoso.mail.onmicrosoft.com"
        })
final class RemoveAvailabilityAddressSpaceCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Option(names = "--tenant", required = true, paramLabel = "NAME", description = "The tenant holding it.")
    String tenant;

    @Option(
            names = "--identity",
            required = true,
            paramLabel = "FOREST",
            description = "The address space's forest name.")
    String identity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunningEmulator.in(state.path()).admin(tenant).removeAvailabilityAddressSpace(identity);
        spec.commandLine()
                .getOut()
                .println("Removed availability address space '" + identity + "' from " + tenant + ".");
        spec.commandLine().getOut().flush();
        return ExitStatus.SUCCESS.code();
    }
}
