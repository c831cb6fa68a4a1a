package io.fedemu.emulator.cli;

import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.protocol.tenant.ExchangeServerInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Get-ExchangeServer: an organization's servers as a table, or one in full with the URLs it serves. */
@Command(
        name = "get-exchange-server",
        mixinStandardHelpOptions = true,
        description = "Lists an organization's Exchange servers with their roles and versions (Format-Table), or "
                + "shows one (Format-List).",
        footer = {
            "",
            "Example:",
            "  fedemu get-exchange-server --tenant contoso-onprem",
            "  fedemu get-exchange-server --tenant contoso-onprem --identity EX2013-01"
        })
final class GetExchangeServerCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(
            names = "--tenant",
            paramLabel = "NAME",
            description = "The organization, as endpoints.json names it (default: the only one, or the one with "
                    + "the server --identity names).")
    String tenant;

    @Option(names = "--identity", paramLabel = "NAME", description = "One server, by name.")
    String identity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RunningEmulator emulator = RunningEmulator.in(state.path());
        Endpoints.Tenant organization = emulator.tenantOrOnly(
                tenant,
                "a server named " + identity,
                identity == null
                        ? null
                        : t -> t.servers().stream().anyMatch(s -> s.name().equalsIgnoreCase(identity)));
        TenantAdminClient admin = emulator.admin(organization);
        if (identity != null) {
            output.print(out, admin.exchangeServer(identity));
            return ExitStatus.SUCCESS.code();
        }
        List<ExchangeServerInfo> servers = admin.exchangeServers();
        if (output.json()) {
            OutputOptions.printJson(out, servers);
        } else {
            // Exchange's columns, then the release: 2007's AdminDisplayVersion does not show its update rollup.
            Table table = new Table("Name", "ServerRole", "AdminDisplayVersion", "Release");
            servers.forEach(s -> table.row(s.name(), s.serverRole(), s.adminDisplayVersion(), s.release()));
            table.print(out);
            out.flush();
        }
        return ExitStatus.SUCCESS.code();
    }
}
