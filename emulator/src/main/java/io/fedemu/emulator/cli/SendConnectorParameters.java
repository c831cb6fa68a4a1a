package io.fedemu.emulator.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** The parameters Set-SendConnector and New-SendConnector share (issue 17: the New- cmdlet takes the same). */
abstract class SendConnectorParameters extends MailConnectorCommand {
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

    /** Each parameter's Exchange name and its value (null: not given). */
    Object[] parameters() {
        return new Object[] {
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
            domainSecureEnabled
        };
    }
}
