package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Set-OutboundConnector: changes only the parameters given, with the checks Exchange's cmdlet makes; a refusal (a 400 problem
 * naming the parameter) changes nothing (docs/PROTOCOL.md section 18).
 */
@Command(
        name = "set-outbound-connector",
        mixinStandardHelpOptions = true,
        description = "Changes a outbound connector (Set-OutboundConnector); parameters not given stay as they are.",
        footer = {
            "",
            "Examples:",
            "  fedemu set-outbound-connector --identity \"Outbound to contoso-onprem\" --tls-domain mail.contoso.com"
        })
final class SetOutboundConnectorCommand extends OutboundConnectorParameters {
    @Option(names = "--identity", required = true, paramLabel = "NAME", description = "The connector, by name.")
    String identity;

    @Override
    public Integer call() {
        return set(identity, parameters());
    }
}
