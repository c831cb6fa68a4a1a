package io.fedemu.emulator.cli;

import java.util.List;
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
final class SetSendConnectorCommand extends MailConnectorCommand {
    @Option(names = "--identity", required = true, paramLabel = "NAME", description = "The connector, by name.")
    String identity;

    @Option(
            names = "--address-spaces",
            paramLabel = "DOMAIN",
            split = ",",
            description = "The recipient domains it carries.")
    List<String> addressSpaces;

    @Option(names = "--smart-hosts", paramLabel = "HOST", split = ",", description = "The host it relays to.")
    List<String> smartHosts;

    @Option(names = "--require-tls", paramLabel = "BOOL", arity = "1", description = "Send only over TLS.")
    Boolean requireTls;

    @Option(
            names = "--tls-auth-level",
            paramLabel = "LEVEL",
            description = "EncryptionOnly, CertificateValidation or DomainValidation ($null: none).")
    String tlsAuthLevel;

    @Option(
            names = "--tls-domain",
            paramLabel = "DOMAIN",
            description = "The name the smart host certificate must carry (DomainValidation).")
    String tlsDomain;

    @Option(
            names = "--tls-certificate-name",
            paramLabel = "<I>ISSUER<S>SUBJECT",
            description = "The certificate presented as the TLS client.")
    String tlsCertificateName;

    @Option(names = "--fqdn", paramLabel = "HOST", description = "The EHLO name.")
    String fqdn;

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

    @Option(
            names = "--domain-secure-enabled",
            paramLabel = "BOOL",
            arity = "1",
            description = "Mutual TLS for TLSSendDomainSecureList domains.")
    Boolean domainSecureEnabled;

    @Override
    String kind() {
        return "send-connectors";
    }

    @Override
    public Integer call() {
        return set(
                identity,
                "AddressSpaces",
                addressSpaces,
                "SmartHosts",
                smartHosts,
                "RequireTLS",
                requireTls,
                "TlsAuthLevel",
                tlsAuthLevel,
                "TlsDomain",
                tlsDomain,
                "TlsCertificateName",
                tlsCertificateName,
                "Fqdn",
                fqdn,
                "CloudServicesMailEnabled",
                cloudServicesMailEnabled,
                "Enabled",
                enabled,
                "DomainSecureEnabled",
                domainSecureEnabled);
    }
}
