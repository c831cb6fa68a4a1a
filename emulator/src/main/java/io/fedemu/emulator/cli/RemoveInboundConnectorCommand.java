package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Remove-InboundConnector (issue 17, docs/PROTOCOL.md section 23): Exchange Online treats the on-premises servers as anonymous internet senders again.
 */
@Command(
        name = "remove-inbound-connector",
        mixinStandardHelpOptions = true,
        description = "Removes the inbound connector (Remove-InboundConnector).",
        footer = {"", "Example:", "  fedemu remove-inbound-connector --identity \"Inbound from contoso-onprem\""})
final class RemoveInboundConnectorCommand extends MailConnectorCommand {
    @Option(names = "--identity", required = true, paramLabel = "NAME", description = "The connector, by name.")
    String identity;

    @Override
    String kind() {
        return "inbound-connectors";
    }

    @Override
    public Integer call() {
        return remove(identity);
    }
}
