package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Get-ReceiveConnector: receive connectors of a hybrid pair's side (docs/PROTOCOL.md section 18). */
@Command(
        name = "get-receive-connector",
        mixinStandardHelpOptions = true,
        description = "Shows the receive connectors of an organization (Get-ReceiveConnector).",
        footer = {"", "Example:", "  fedemu get-receive-connector --identity \"Default Frontend EX2013-01\""})
final class GetReceiveConnectorCommand extends MailConnectorCommand {
    @Option(names = "--identity", paramLabel = "NAME", description = "One connector, by name.")
    String identity;

    @Override
    String kind() {
        return "receive-connectors";
    }

    @Override
    public Integer call() {
        return get(identity);
    }
}
