package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Set-InboundConnector: changes only the parameters given, with the checks Exchange's cmdlet makes; a refusal (a 400 problem
 * naming the parameter) changes nothing (docs/PROTOCOL.md section 18).
 */
@Command(
        name = "set-inbound-connector",
        mixinStandardHelpOptions = true,
        description = "Changes a inbound connector (Set-InboundConnector); parameters not given stay as they are.",
        footer = {
            "",
            "Examples:",
            "  fedemu set-inbound-connector --identity \"Inbound from contoso-onprem\" --tls-sender-certificate-name mail.contoso.com"
        })
final class SetInboundConnectorCommand extends InboundConnectorParameters {
    @Option(names = "--identity", required = true, paramLabel = "NAME", description = "The connector, by name.")
    String identity;

    @Override
    public Integer call() {
        return set(identity, parameters());
    }
}
