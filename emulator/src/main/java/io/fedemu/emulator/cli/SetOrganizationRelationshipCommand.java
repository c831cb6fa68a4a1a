package io.fedemu.emulator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Set-OrganizationRelationship: changes only the parameters given, prints the result. */
@Command(
        name = "set-organization-relationship",
        mixinStandardHelpOptions = true,
        description = "Changes an organization relationship of a tenant; parameters not given stay as they are.",
        footer = {
            "",
            "Example:",
            "  fedemu set-organization-relationship --tenant contoso-cloud --identity \"To contoso on-premises\" "
                    + "--enabled false",
            "  fedemu set-organization-relationship --tenant fabrikam --identity \"To contoso cloud\" "
                    + "--free-busy-access-level LimitedDetails"
        })
final class SetOrganizationRelationshipCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(names = "--tenant", required = true, paramLabel = "NAME", description = "The tenant holding it.")
    String tenant;

    @Option(names = "--identity", required = true, paramLabel = "NAME", description = "The relationship's name.")
    String identity;

    @Option(names = "--name", paramLabel = "NEW", description = "Rename the relationship.")
    String rename;

    @Mixin
    RelationshipParameters parameters;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (parameters.none() && rename == null) {
            throw new ParameterException(spec.commandLine(), "Nothing to change: name at least one parameter");
        }
        var changed = RunningEmulator.in(state.path())
                .admin(tenant)
                .setOrganizationRelationship(
                        identity, parameters.changes().name(rename).build());
        output.print(spec.commandLine().getOut(), changed);
        return ExitStatus.SUCCESS.code();
    }
}
