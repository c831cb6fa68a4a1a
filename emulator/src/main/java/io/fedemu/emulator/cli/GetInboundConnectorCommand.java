package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Get-InboundConnector: inbound connectors of a hybrid pair's side (docs/PROTOCOL.md section 18). */
@Command(
        name = "get-inbound-connector",
        mixinStandardHelpOptions = true,
        description = "Shows the inbound connectors of an organization (Get-InboundConnector).",
        footer = {"", "Example:", "  fedemu get-inbound-connector --json"})
final class GetInboundConnectorCommand extends MailConnectorCommand {
    @Option(names = "--identity", paramLabel = "NAME", description = "One connector, by name.")
    String identity;

    @Override
    String kind() {
        return "inbound-connectors";
    }

    @Override
    public Integer call() {
        return get(identity);
    }
}
