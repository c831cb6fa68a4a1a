package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Get-SendConnector: send connectors of a hybrid pair's side (docs/PROTOCOL.md section 18). */
@Command(
        name = "get-send-connector",
        mixinStandardHelpOptions = true,
        description = "Shows the send connectors of an organization (Get-SendConnector).",
        footer = {"", "Example:", "  fedemu get-send-connector"})
final class GetSendConnectorCommand extends MailConnectorCommand {
    @Option(names = "--identity", paramLabel = "NAME", description = "One connector, by name.")
    String identity;

    @Override
    String kind() {
        return "send-connectors";
    }

    @Override
    public Integer call() {
        return get(identity);
    }
}
