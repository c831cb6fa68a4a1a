package io.fedemu.emulator.cli;

import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Get-OrganizationRelationship: every relationship of a tenant as a table, or one in full. */
@Command(
        name = "get-organization-relationship",
        mixinStandardHelpOptions = true,
        description = "Lists a tenant's organization relationships (Format-Table), or shows one (Format-List).",
        footer = {
            "",
            "Example:",
            "  fedemu get-organization-relationship --tenant contoso-onprem",
            "  fedemu get-organization-relationship --tenant contoso-onprem --identity \"To contoso cloud\""
        })
final class GetOrganizationRelationshipCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(
            names = "--tenant",
            required = true,
            paramLabel = "NAME",
            description = "The tenant, as endpoints.json names it.")
    String tenant;

    @Option(names = "--identity", paramLabel = "NAME", description = "One relationship, by name.")
    String identity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        TenantAdminClient admin = RunningEmulator.in(state.path()).admin(tenant);
        if (identity != null) {
            output.print(out, admin.organizationRelationship(identity));
            return ExitStatus.SUCCESS.code();
        }
        List<OrganizationRelationship> relationships = admin.organizationRelationships();
        if (output.json()) {
            OutputOptions.printJson(out, relationships);
        } else {
            Table table = new Table("Name", "DomainNames", "Enabled", "FreeBusyAccessEnabled", "FreeBusyAccessLevel");
            relationships.forEach(r -> table.row(
                    r.name(),
                    FormatList.text(r.domainNames()),
                    FormatList.text(r.enabled()),
                    FormatList.text(r.freeBusyAccessEnabled()),
                    r.freeBusyAccessLevel().wireName()));
            table.print(out);
            out.flush();
        }
        return ExitStatus.SUCCESS.code();
    }
}
