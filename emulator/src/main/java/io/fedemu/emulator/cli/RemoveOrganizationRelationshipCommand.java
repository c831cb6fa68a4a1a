package io.fedemu.emulator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Remove-OrganizationRelationship (without PowerShell's confirmation prompt: scripts run it). */
@Command(
        name = "remove-organization-relationship",
        mixinStandardHelpOptions = true,
        description = "Removes an organization relationship from a tenant.",
        footer = {
            "",
            "Example:",
            "  fedemu remove-organization-relationship --tenant fabrikam --identity \"To contoso cloud\""
        })
final class RemoveOrganizationRelationshipCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Option(names = "--tenant", required = true, paramLabel = "NAME", description = "The tenant holding it.")
    String tenant;

    @Option(names = "--identity", required = true, paramLabel = "NAME", description = "The relationship's name.")
    String identity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunningEmulator.in(state.path()).admin(tenant).removeOrganizationRelationship(identity);
        spec.commandLine()
                .getOut()
                .println("Removed organization relationship '" + identity + "' from " + tenant + ".");
        spec.commandLine().getOut().flush();
        return ExitStatus.SUCCESS.code();
    }
}
