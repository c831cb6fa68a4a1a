package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Remove-OutboundConnector (issue 17, docs/PROTOCOL.md section 23): Exchange Online sends on-premises mail by MX again.
 */
@Command(
        name = "remove-outbound-connector",
        mixinStandardHelpOptions = true,
        description = "Removes the outbound connector (Remove-OutboundConnector).",
        footer = {"", "Example:", "  fedemu remove-outbound-connector --identity \"Outbound to contoso-onprem\""})
final class RemoveOutboundConnectorCommand extends MailConnectorCommand {
    @Option(names = "--identity", required = true, paramLabel = "NAME", description = "The connector, by name.")
    String identity;

    @Override
    String kind() {
        return "outbound-connectors";
    }

    @Override
    public Integer call() {
        return remove(identity);
    }
}
