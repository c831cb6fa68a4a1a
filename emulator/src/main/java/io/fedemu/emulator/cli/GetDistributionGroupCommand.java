package io.fedemu.emulator.cli;

import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.protocol.tenant.DistributionGroupInfo;
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

/**
 * Get-DistributionGroup: an organization's distribution groups as a table, or one in full with its members; with
 * {@code --members}, Get-DistributionGroupMember: the group's direct members and their recipient types.
 */
@Command(
        name = "get-distribution-group",
        mixinStandardHelpOptions = true,
        description = "Lists an organization's distribution groups (Format-Table), shows one (Format-List), or "
                + "lists one's members (Get-DistributionGroupMember).",
        footer = {
            "",
            "Example:",
            "  fedemu get-distribution-group --tenant contoso-onprem",
            "  fedemu get-distribution-group --identity sales@contoso.com --members"
        })
final class GetDistributionGroupCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(
            names = "--tenant",
            paramLabel = "NAME",
            description = "The organization, as endpoints.json names it (default: the only one, or the one whose "
                    + "accepted domain the --identity address is in).")
    String tenant;

    @Option(names = "--identity", paramLabel = "NAME", description = "One group, by name or address.")
    String identity;

    @Option(
            names = "--members",
            description = "With --identity: its direct members, as Get-DistributionGroupMember lists them.")
    boolean members;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (members && identity == null) {
            throw new IllegalArgumentException("--members needs --identity: the group whose members to list");
        }
        RunningEmulator emulator = RunningEmulator.in(state.path());
        String domain =
                identity == null || identity.indexOf('@') < 0 ? null : identity.substring(identity.indexOf('@') + 1);
        Endpoints.Tenant organization = emulator.tenantOrOnly(
                tenant,
                "the domain of " + identity,
                domain == null ? null : t -> t.domains().stream().anyMatch(domain::equalsIgnoreCase));
        TenantAdminClient admin = emulator.admin(organization);
        if (identity != null) {
            DistributionGroupInfo group = admin.distributionGroup(identity);
            if (members) {
                printMembers(out, group.members());
            } else if (output.json()) {
                OutputOptions.printJson(out, group);
            } else {
                FormatList.print(out, view(group));
            }
            return ExitStatus.SUCCESS.code();
        }
        List<DistributionGroupInfo> groups = admin.distributionGroups();
        if (output.json()) {
            OutputOptions.printJson(out, groups);
        } else {
            Table table = new Table("Name", "DisplayName", "GroupType", "PrimarySmtpAddress");
            groups.forEach(g -> table.row(g.name(), g.displayName(), "Universal", g.primarySmtpAddress()));
            table.print(out);
            out.flush();
        }
        return ExitStatus.SUCCESS.code();
    }

    private void printMembers(PrintWriter out, List<DistributionGroupInfo.Member> list) {
        if (output.json()) {
            OutputOptions.printJson(out, list);
            return;
        }
        Table table = new Table("Name", "RecipientType", "PrimarySmtpAddress");
        list.forEach(m -> table.row(m.name(), m.recipientType(), m.primarySmtpAddress()));
        table.print(out);
        out.flush();
    }

    private static Map<String, String> view(DistributionGroupInfo group) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Name", group.name());
        lines.put("DisplayName", group.displayName());
        lines.put("GroupType", "Universal");
        lines.put("PrimarySmtpAddress", group.primarySmtpAddress());
        lines.put(
                "Members",
                "{"
                        + String.join(
                                ", ",
                                group.members().stream()
                                        .map(DistributionGroupInfo.Member::primarySmtpAddress)
                                        .toList())
                        + "}");
        return lines;
    }
}
