package io.fedemu.emulator.cli;

import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.protocol.tenant.DatabaseCopyInfo;
import io.fedemu.protocol.tenant.MailboxDatabaseInfo;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Get-MailboxDatabase -Status: where each database is mounted and which servers hold its copies. */
@Command(
        name = "get-mailbox-database",
        mixinStandardHelpOptions = true,
        description = "Lists an organization's mailbox databases with the server of the mounted copy and every "
                + "copy's activation preference (Format-Table), or shows one (Format-List).",
        footer = {
            "",
            "Example:",
            "  fedemu get-mailbox-database --tenant contoso-onprem",
            "  fedemu get-mailbox-database --tenant contoso-onprem --identity DB01"
        })
final class GetMailboxDatabaseCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(
            names = "--tenant",
            paramLabel = "NAME",
            description = "The organization, as endpoints.json names it (default: the only one, or the one with "
                    + "the database --identity names).")
    String tenant;

    @Option(names = "--identity", paramLabel = "NAME", description = "One database, by name.")
    String identity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RunningEmulator emulator = RunningEmulator.in(state.path());
        // endpoints.json does not list databases: each organization is asked for its own.
        Endpoints.Tenant organization = emulator.tenantOrOnly(
                tenant,
                "a database named " + identity,
                identity == null
                        ? null
                        : t -> emulator.admin(t).mailboxDatabases().stream()
                                .anyMatch(d -> d.name().equalsIgnoreCase(identity)));
        TenantAdminClient admin = emulator.admin(organization);
        if (identity != null) {
            MailboxDatabaseInfo database = admin.mailboxDatabase(identity);
            if (output.json()) {
                OutputOptions.printJson(out, database);
            } else {
                FormatList.print(out, view(database));
            }
            return ExitStatus.SUCCESS.code();
        }
        List<MailboxDatabaseInfo> databases = admin.mailboxDatabases();
        if (output.json()) {
            OutputOptions.printJson(out, databases);
        } else {
            Table table = new Table("Name", "Server", "Mounted", "ActivationPreference");
            databases.forEach(
                    d -> table.row(d.name(), d.server(), FormatList.text(d.mounted()), activationPreference(d)));
            table.print(out);
            out.flush();
        }
        return ExitStatus.SUCCESS.code();
    }

    /** Exchange's spelling of the property: {[EX2013-01, 1], [EX2013-02, 2]}. */
    static String activationPreference(MailboxDatabaseInfo database) {
        return FormatList.text(database.copies().stream()
                .map(c -> "[" + c.server() + ", " + c.activationPreference() + "]")
                .toList());
    }

    private static Map<String, String> view(MailboxDatabaseInfo database) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Name", database.name());
        lines.put("Server", database.server());
        lines.put("Mounted", FormatList.text(database.mounted()));
        lines.put(
                "Servers",
                FormatList.text(
                        database.copies().stream().map(DatabaseCopyInfo::server).toList()));
        lines.put("ActivationPreference", activationPreference(database));
        lines.put(
                "CopyStatus",
                FormatList.text(database.copies().stream()
                        .map(c -> c.server() + ": " + c.status())
                        .toList()));
        return lines;
    }
}
