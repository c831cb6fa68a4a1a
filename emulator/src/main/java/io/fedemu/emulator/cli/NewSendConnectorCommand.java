package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * New-SendConnector (issue 17, docs/PROTOCOL.md section 23): a connector with the parameters given, checked as
 * Set-SendConnector checks them; a refusal (a 4xx problem naming the parameter) creates nothing.
 */
@Command(
        name = "new-send-connector",
        mixinStandardHelpOptions = true,
        description = "Creates the send connector (New-SendConnector) with the parameters given.",
        footer = {
            "",
            "Example:",
            "  fedemu new-send-connector --tenant contoso-onprem --name \"Outbound to Office 365\" --address-spaces contoso.mail.onmicrosoft.com --smart-hosts contoso-com.mail.protection.outlook.com --require-tls true --tls-auth-level DomainValidation --tls-domain mail.protection.outlook.com --cloud-services-mail-enabled true --tls-certificate-name \"<I>CN=fedemu Emulator Issuing CA,O=fedemu<S>CN=mail.contoso.com,O=fedemu\""
        })
final class NewSendConnectorCommand extends SendConnectorParameters {
    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The connector's name.")
    String name;

    @Override
    public Integer call() {
        return create(name, parameters());
    }
}
