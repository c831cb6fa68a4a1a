package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Remove-SendConnector (issue 17, docs/PROTOCOL.md section 23): on-premises mail to the cloud's routing domain goes by MX again, as internet mail.
 */
@Command(
        name = "remove-send-connector",
        mixinStandardHelpOptions = true,
        description = "Removes the send connector (Remove-SendConnector).",
        footer = {"", "Example:", "  fedemu remove-send-connector --identity \"Outbound to Office 365\""})
final class RemoveSendConnectorCommand extends MailConnectorCommand {
    @Option(names = "--identity", required = true, paramLabel = "NAME", description = "The connector, by name.")
    String identity;

    @Override
    String kind() {
        return "send-connectors";
    }

    @Override
    public Integer call() {
        return remove(identity);
    }
}
