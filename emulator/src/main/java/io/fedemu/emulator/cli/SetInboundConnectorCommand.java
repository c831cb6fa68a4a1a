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
final class SetInboundConnectorCommand extends MailConnectorCommand {
    @Option(names = "--identity", required = true, paramLabel = "NAME", description = "The connector, by name.")
    String identity;

    @Option(names = "--connector-type", paramLabel = "TYPE", description = "OnPremises or Partner.")
    String connectorType;

    @Option(
            names = "--tls-sender-certificate-name",
            paramLabel = "NAME",
            description = "The name the sending server certificate must carry.")
    String tlsSenderCertificateName;

    @Option(
            names = "--require-tls",
            paramLabel = "BOOL",
            arity = "1",
            description = "Require TLS from the sending server.")
    Boolean requireTls;

    @Option(
            names = "--enabled",
            paramLabel = "BOOL",
            arity = "1",
            description = "Attribute mail with it (true) or not (false).")
    Boolean enabled;

    @Override
    String kind() {
        return "inbound-connectors";
    }

    @Override
    public Integer call() {
        return set(
                identity,
                "ConnectorType",
                connectorType,
                "TlsSenderCertificateName",
                tlsSenderCertificateName,
                "RequireTls",
                requireTls,
                "Enabled",
                enabled);
    }
}
