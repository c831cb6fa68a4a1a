package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Get-OutboundConnector: outbound connectors of a hybrid pair's side (docs/PROTOCOL.md section 18). */
@Command(
        name = "get-outbound-connector",
        mixinStandardHelpOptions = true,
        description = "Shows the outbound connectors of an organization (Get-OutboundConnector).",
        footer = {"", "Example:", "  fedemu get-outbound-connector"})
final class GetOutboundConnectorCommand extends MailConnectorCommand {
    @Option(names = "--identity", paramLabel = "NAME", description = "One connector, by name.")
    String identity;

    @Override
    String kind() {
        return "outbound-connectors";
    }

    @Override
    public Integer call() {
        return get(identity);
    }
}
