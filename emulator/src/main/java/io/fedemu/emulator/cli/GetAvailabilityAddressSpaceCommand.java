package io.fedemu.emulator.cli;

import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.protocol.tenant.AvailabilityAddressSpace;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Get-AvailabilityAddressSpace: every address space of a tenant as a table, or one in full. */
@Command(
        name = "get-availability-address-space",
        mixinStandardHelpOptions = true,
        description = "Lists a tenant's availability address spaces (Format-Table), or shows one (Format-List): where "
                + "its Exchange 2007 servers send their users' free/busy requests for another domain.",
        footer = {
            "",
            "Example:",
            "  fedemu get-availability-address-space --tenant contoso-onprem",
            "  fedemu get-availability-address-space --tenant contoso-onprem --identity contoso.mail.onmicrosoft.com"
        })
final class GetAvailabilityAddressSpaceCommand implements Callable<Integer> {
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

    @Option(names = "--identity", paramLabel = "FOREST", description = "One address space, by its forest name.")
    String identity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        TenantAdminClient admin = RunningEmulator.in(state.path()).admin(tenant);
        if (identity != null) {
            output.print(out, admin.availabilityAddressSpace(identity));
            return ExitStatus.SUCCESS.code();
        }
        List<AvailabilityAddressSpace> spaces = admin.availabilityAddressSpaces();
        if (output.json()) {
            OutputOptions.printJson(out, spaces);
        } else {
            Table table = new Table("ForestName", "AccessMethod", "UseServiceAccount", "ProxyUrl");
            spaces.forEach(space -> table.row(
                    space.forestName(),
                    space.accessMethod(),
                    FormatList.text(space.useServiceAccount()),
                    space.proxyUrl()));
            table.print(out);
            out.flush();
        }
        return ExitStatus.SUCCESS.code();
    }
}
