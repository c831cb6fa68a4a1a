package io.fedemu.emulator.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** The parameters Set-OutboundConnector and New-OutboundConnector share (issue 17: the New- cmdlet takes the same). */
abstract class OutboundConnectorParameters extends MailConnectorCommand {
    @Option(names = "--smart-hosts", paramLabel = "HOST", split = ",", description = "The on-premises mail hosts.")
    List<String> smartHosts;

    @Option(
            names = "--tls-settings",
            paramLabel = "LEVEL",
            description = "EncryptionOnly, CertificateValidation or DomainValidation ($null: none).")
    String tlsSettings;

    @Option(
            names = "--tls-domain",
            paramLabel = "DOMAIN",
            description = "The name the on-premises certificate must carry (DomainValidation).")
    String tlsDomain;

    @Option(
            names = "--route-all-messages-via-on-premises",
            paramLabel = "BOOL",
            arity = "1",
            description = "Centralized transport.")
    Boolean routeAllMessagesViaOnPremises;

    @Option(
            names = "--cloud-services-mail-enabled",
            paramLabel = "BOOL",
            arity = "1",
            description = "Keep organization headers as cross-premises headers.")
    Boolean cloudServicesMailEnabled;

    @Option(
            names = "--enabled",
            paramLabel = "BOOL",
            arity = "1",
            description = "Route through it (true) or not (false).")
    Boolean enabled;

    @Override
    String kind() {
        return "outbound-connectors";
    }

    /** Each parameter's Exchange name and its value (null: not given). */
    Object[] parameters() {
        return new Object[] {
            "SmartHosts",
            smartHosts,
            "TlsSettings",
            tlsSettings,
            "TlsDomain",
            tlsDomain,
            "RouteAllMessagesViaOnPremises",
            routeAllMessagesViaOnPremises,
            "CloudServicesMailEnabled",
            cloudServicesMailEnabled,
            "Enabled",
            enabled
        };
    }
}
