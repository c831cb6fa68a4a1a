package io.fedemu.emulator.cli;

import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.protocol.tenant.MailboxInfo;
import io.fedemu.protocol.tenant.MailboxListing;
import io.fedemu.protocol.tenant.RemoteMailboxInfo;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Get-Mailbox: an organization's mailboxes with the database each is homed on and the server serving it now.
 * Remote mailboxes are not listed, as Get-Mailbox does not list them (their mailbox is in the partner).
 */
@Command(
        name = "get-mailbox",
        mixinStandardHelpOptions = true,
        description = "Lists an organization's mailboxes with their server and database (Format-Table), or shows "
                + "one (Format-List).",
        footer = {
            "",
            "Example:",
            "  fedemu get-mailbox --tenant contoso-onprem",
            "  fedemu get-mailbox --identity alice@contoso.com"
        })
final class GetMailboxCommand implements Callable<Integer> {
    /** Every mailbox the directory lists is a user's: rooms and shared mailboxes are not modelled. */
    static final String USER_MAILBOX = "UserMailbox";

    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(
            names = "--tenant",
            paramLabel = "NAME",
            description = "The organization, as endpoints.json names it (default: the only one, or the one where "
                    + "the --identity address has its mailbox).")
    String tenant;

    @Option(
            names = "--identity",
            paramLabel = "ADDRESS",
            description = "One mailbox, by primary address, alias or name.")
    String identity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RunningEmulator emulator = RunningEmulator.in(state.path());
        Endpoints.Tenant organization = emulator.tenantOrOnly(
                tenant,
                "a mailbox " + identity,
                identity == null
                        ? null
                        : t -> t.mailboxes().stream()
                                .anyMatch(m -> Endpoints.Mailbox.MAILBOX.equals(m.kind())
                                        && (m.address().equalsIgnoreCase(identity)
                                                || alias(m.address()).equalsIgnoreCase(identity))));
        MailboxListing listing = emulator.admin(organization).mailboxes();
        if (identity != null) {
            MailboxInfo mailbox = find(listing, identity).orElseThrow(() -> notFound(organization, listing));
            if (output.json()) {
                OutputOptions.printJson(out, mailbox);
            } else {
                FormatList.print(out, view(mailbox));
            }
            return ExitStatus.SUCCESS.code();
        }
        if (output.json()) {
            OutputOptions.printJson(out, listing.mailboxes());
        } else {
            Table table =
                    new Table("Name", "Alias", "PrimarySmtpAddress", "ServerName", "Database", "RecipientTypeDetails");
            listing.mailboxes()
                    .forEach(m -> table.row(
                            m.displayName(),
                            alias(m),
                            m.address(),
                            FormatList.text(m.server()),
                            FormatList.text(m.database()),
                            USER_MAILBOX));
            table.print(out);
            out.flush();
        }
        return ExitStatus.SUCCESS.code();
    }

    /** -Identity takes the address, the alias or the name, as Exchange's does. */
    private static Optional<MailboxInfo> find(MailboxListing listing, String identity) {
        return listing.mailboxes().stream()
                .filter(m -> m.address().equalsIgnoreCase(identity)
                        || alias(m).equalsIgnoreCase(identity)
                        || m.displayName().equalsIgnoreCase(identity))
                .findFirst();
    }

    private IllegalArgumentException notFound(Endpoints.Tenant organization, MailboxListing listing) {
        Optional<RemoteMailboxInfo> remote = listing.remoteMailboxes().stream()
                .filter(r -> r.address().equalsIgnoreCase(identity))
                .findFirst();
        return new IllegalArgumentException(remote.map(r -> identity + " is a remote mailbox of "
                        + organization.name() + " (targetAddress " + r.targetAddress()
                        + "): its mailbox is in the organization that holds " + r.targetAddress())
                .orElse(organization.name() + " has no mailbox '" + identity + "'"));
    }

    static String alias(MailboxInfo mailbox) {
        return alias(mailbox.address());
    }

    /** The alias Exchange derives from the primary address: its local part. */
    static String alias(String address) {
        return address.substring(0, address.indexOf('@'));
    }

    private static Map<String, String> view(MailboxInfo mailbox) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Name", mailbox.displayName());
        lines.put("Alias", alias(mailbox));
        lines.put("PrimarySmtpAddress", mailbox.address());
        lines.put("RecipientTypeDetails", USER_MAILBOX);
        lines.put("ServerName", FormatList.text(mailbox.server()));
        lines.put("Database", FormatList.text(mailbox.database()));
        lines.put("TimeZone", mailbox.timeZone());
        return lines;
    }
}
