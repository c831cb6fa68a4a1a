package io.fedemu.emulator.cli;

import java.util.List;
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
final class SetOutboundConnectorCommand extends MailConnectorCommand {
    @Option(names = "--identity", required = true, paramLabel = "NAME", description = "The connector, by name.")
    String identity;

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

    @Override
    public Integer call() {
        return set(
                identity,
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
                enabled);
    }
}
