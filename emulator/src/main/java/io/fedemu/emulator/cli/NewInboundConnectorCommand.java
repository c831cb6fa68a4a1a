package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * New-InboundConnector (issue 17, docs/PROTOCOL.md section 23): a connector with the parameters given, checked as
 * Set-InboundConnector checks them; a refusal (a 4xx problem naming the parameter) creates nothing.
 */
@Command(
        name = "new-inbound-connector",
        mixinStandardHelpOptions = true,
        description = "Creates the inbound connector (New-InboundConnector) with the parameters given.",
        footer = {
            "",
            "Example:",
            "  fedemu new-inbound-connector --tenant contoso-cloud --name \"Inbound from contoso-onprem\" --connector-type OnPremises --require-tls true --tls-sender-certificate-name mail.contoso.com"
        })
final class NewInboundConnectorCommand extends InboundConnectorParameters {
    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The connector's name.")
    String name;

    @Override
    public Integer call() {
        return create(name, parameters());
    }
}
