package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Set-SendConnector: changes only the parameters given, with the checks Exchange's cmdlet makes; a refusal (a 400 problem
 * naming the parameter) changes nothing (docs/PROTOCOL.md section 18).
 */
@Command(
        name = "set-send-connector",
        mixinStandardHelpOptions = true,
        description = "Changes a send connector (Set-SendConnector); parameters not given stay as they are.",
        footer = {
            "",
            "Examples:",
            "  fedemu set-send-connector --identity \"Outbound to Office 365\" --tls-certificate-name \"<I>CN=fedemu Emulator Issuing CA, O=fedemu<S>CN=mail.contoso.com, O=fedemu\"",
            "  fedemu set-send-connector --identity \"Outbound to Office 365\" --enabled false"
        })
final class SetSendConnectorCommand extends SendConnectorParameters {
    @Option(names = "--identity", required = true, paramLabel = "NAME", description = "The connector, by name.")
    String identity;

    @Override
    public Integer call() {
        return set(identity, parameters());
    }
}
