package io.fedemu.emulator.cli;

import picocli.CommandLine.Option;

/** The parameters Set-InboundConnector and New-InboundConnector share (issue 17: the New- cmdlet takes the same). */
abstract class InboundConnectorParameters extends MailConnectorCommand {
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

    /** Each parameter's Exchange name and its value (null: not given). */
    Object[] parameters() {
        return new Object[] {
            "ConnectorType",
            connectorType,
            "TlsSenderCertificateName",
            tlsSenderCertificateName,
            "RequireTls",
            requireTls,
            "Enabled",
            enabled
        };
    }
}
