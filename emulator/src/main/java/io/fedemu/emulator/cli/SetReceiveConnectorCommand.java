package io.fedemu.emulator.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Set-ReceiveConnector: changes only the parameters given, with the checks Exchange's cmdlet makes; a refusal (a 400 problem
 * naming the parameter) changes nothing (docs/PROTOCOL.md section 18).
 */
@Command(
        name = "set-receive-connector",
        mixinStandardHelpOptions = true,
        description = "Changes a receive connector (Set-ReceiveConnector); parameters not given stay as they are.",
        footer = {
            "",
            "Examples:",
            "  fedemu set-receive-connector --identity \"Default Frontend EX2013-01\" --require-tls true",
            "  fedemu set-receive-connector --identity \"Default Frontend EX2013-01\" --enabled false"
        })
final class SetReceiveConnectorCommand extends MailConnectorCommand {
    @Option(names = "--identity", required = true, paramLabel = "NAME", description = "The connector, by name.")
    String identity;

    @Option(names = "--enabled", paramLabel = "BOOL", arity = "1", description = "Listen (true) or not (false).")
    Boolean enabled;

    @Option(
            names = "--tls-certificate-name",
            paramLabel = "<I>ISSUER<S>SUBJECT",
            description = "The certificate offered on STARTTLS.")
    String tlsCertificateName;

    @Option(
            names = "--tls-domain-capabilities",
            paramLabel = "DOMAIN:CAPABILITY",
            description = "E.g. mail.protection.outlook.com:AcceptCloudServicesMail.")
    String tlsDomainCapabilities;

    @Option(
            names = "--auth-mechanism",
            paramLabel = "MECHANISM",
            split = ",",
            description =
                    "None, Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer, ExternalAuthoritative.")
    List<String> authMechanism;

    @Option(
            names = "--require-tls",
            paramLabel = "BOOL",
            arity = "1",
            description = "Refuse MAIL FROM before STARTTLS (needs Tls in AuthMechanism).")
    Boolean requireTls;

    @Option(
            names = "--domain-secure-enabled",
            paramLabel = "BOOL",
            arity = "1",
            description = "Mark mail from TLSReceiveDomainSecureList domains Domain Secured.")
    Boolean domainSecureEnabled;

    @Option(names = "--max-message-size", paramLabel = "SIZE", description = "E.g. 36MB.")
    String maxMessageSize;

    @Override
    String kind() {
        return "receive-connectors";
    }

    @Override
    public Integer call() {
        return set(
                identity,
                "Enabled",
                enabled,
                "TlsCertificateName",
                tlsCertificateName,
                "TlsDomainCapabilities",
                tlsDomainCapabilities,
                "AuthMechanism",
                authMechanism,
                "RequireTLS",
                requireTls,
                "DomainSecureEnabled",
                domainSecureEnabled,
                "MaxMessageSize",
                maxMessageSize);
    }
}
