package io.fedemu.emulator.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * New-OutboundConnector (issue 17, docs/PROTOCOL.md section 23): a connector with the parameters given, checked as
 * Set-OutboundConnector checks them; a refusal (a 4xx problem naming the parameter) creates nothing.
 */
@Command(
        name = "new-outbound-connector",
        mixinStandardHelpOptions = true,
        description = "Creates the outbound connector (New-OutboundConnector) with the parameters given.",
        footer = {
            "",
            "Example:",
            "  fedemu new-outbound-connector --tenant contoso-cloud --name \"Outbound to contoso-onprem\" --connector-type OnPremises --recipient-domains contoso.com --smart-hosts mail.contoso.com --tls-settings DomainValidation --tls-domain mail.contoso.com --cloud-services-mail-enabled true"
        })
final class NewOutboundConnectorCommand extends OutboundConnectorParameters {
    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The connector's name.")
    String name;

    @Option(names = "--connector-type", paramLabel = "TYPE", description = "OnPremises or Partner.")
    String connectorType;

    @Option(
            names = "--recipient-domains",
            required = true,
            paramLabel = "DOMAIN",
            split = ",",
            description = "The domains whose mail it carries.")
    List<String> recipientDomains;

    /** The shared parameters with ConnectorType and RecipientDomains, which only New-OutboundConnector takes. */
    private Object[] outboundParameters() {
        Object[] shared = parameters();
        Object[] all = java.util.Arrays.copyOf(shared, shared.length + 4);
        all[shared.length] = "ConnectorType";
        all[shared.length + 1] = connectorType;
        all[shared.length + 2] = "RecipientDomains";
        all[shared.length + 3] = recipientDomains;
        return all;
    }

    @Override
    public Integer call() {
        return create(name, outboundParameters());
    }
}
