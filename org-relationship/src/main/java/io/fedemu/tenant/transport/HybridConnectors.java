package io.fedemu.tenant.transport;

import java.util.List;
import java.util.Locale;

/**
 * The connectors of one hybrid pair, as the Hybrid Configuration Wizard leaves them (docs/PROTOCOL.md section
 * 17): "Default Frontend &lt;server&gt;" on each 2013 Client Access server with the certificate and the cloud
 * mail capability, the Send connector "Outbound to Office 365", and Exchange Online Protection's two OnPremises
 * connectors ("Inbound from &lt;guid&gt;" and "Outbound to &lt;guid&gt;" in Exchange; named by organization here).
 */
public record HybridConnectors(
        List<ReceiveConnector> frontends,
        SendConnector toCloud,
        InboundConnector fromOnPremises,
        OutboundConnector toOnPremises) {
    /** The name on Exchange Online Protection's certificate, the TlsDomain the wizard gives both sides. */
    public static final String PROTECTION_DOMAIN = "mail.protection.outlook.com";

    /** Exchange's default MaxMessageSize on Default Frontend (36 MB). */
    public static final int DEFAULT_MAX_MESSAGE_SIZE = 36 * 1024 * 1024;

    /** Exchange's default MaxRecipientsPerMessage on a Receive connector. */
    public static final int DEFAULT_MAX_RECIPIENTS = 200;

    public HybridConnectors {
        frontends = List.copyOf(frontends);
    }

    /**
     * The wizard's connectors for {@code onPremises} and {@code cloud}.
     *
     * @param clientAccessServers the 2013 Client Access servers, each getting its Default Frontend
     * @param onPremisesFqdn the name on the on-premises certificate (the Send connector's Fqdn, the inbound
     *     connector's TlsSenderCertificateName, the outbound connector's smart host)
     * @param tlsCertificateName {@code <I>issuer<S>subject} of the on-premises certificate
     */
    public static HybridConnectors byWizard(
            MailOrganization onPremises,
            MailOrganization cloud,
            List<String> clientAccessServers,
            String onPremisesFqdn,
            String tlsCertificateName) {
        List<ReceiveConnector> frontends = clientAccessServers.stream()
                .map(server -> new ReceiveConnector(
                        "Default Frontend " + server,
                        server,
                        onPremisesFqdn,
                        0,
                        List.of("Tls", "Integrated", "BasicAuth", "BasicAuthRequireTLS", "ExchangeServer"),
                        false,
                        tlsCertificateName,
                        PROTECTION_DOMAIN + ":" + ReceiveConnector.ACCEPT_CLOUD_SERVICES_MAIL,
                        false,
                        DEFAULT_MAX_MESSAGE_SIZE,
                        DEFAULT_MAX_RECIPIENTS))
                .toList();
        SendConnector toCloud = new SendConnector(
                "Outbound to Office 365",
                List.of(cloud.routingDomain()),
                protectionHost(onPremises),
                0,
                true,
                TlsAuthLevel.DOMAIN_VALIDATION,
                PROTECTION_DOMAIN,
                tlsCertificateName,
                true,
                onPremisesFqdn);
        InboundConnector fromOnPremises = new InboundConnector(
                "Inbound from " + onPremises.name(), InboundConnector.ON_PREMISES, true, onPremisesFqdn, true);
        OutboundConnector toOnPremises = new OutboundConnector(
                "Outbound to " + onPremises.name(),
                InboundConnector.ON_PREMISES,
                onPremises.acceptedDomains(),
                List.of(onPremisesFqdn),
                0,
                TlsAuthLevel.DOMAIN_VALIDATION,
                onPremisesFqdn,
                false,
                true,
                true);
        return new HybridConnectors(frontends, toCloud, fromOnPremises, toOnPremises);
    }

    /**
     * These connectors as far as the wizard has configured each side (issue 17): an unconfigured on-premises side
     * keeps Default Frontend (a default Receive connector) without certificate or cloud mail capability and has no
     * Send connector; an unconfigured cloud side has no inbound or outbound connector.
     */
    public HybridConnectors asConfigured(boolean onPremisesSide, boolean cloudSide) {
        List<ReceiveConnector> receive = onPremisesSide
                ? frontends
                : frontends.stream()
                        .map(c -> new ReceiveConnector(
                                c.name(),
                                c.server(),
                                c.fqdn(),
                                c.port(),
                                c.authMechanism(),
                                c.requireTls(),
                                null,
                                null,
                                c.domainSecureEnabled(),
                                c.maxMessageSize(),
                                c.maxRecipientsPerMessage(),
                                c.enabled()))
                        .toList();
        return new HybridConnectors(
                receive,
                onPremisesSide ? toCloud : null,
                cloudSide ? fromOnPremises : null,
                cloudSide ? toOnPremises : null);
    }

    /**
     * Set-ReceiveConnector "Default Frontend &lt;server&gt;" as the wizard runs it: the certificate and the capability
     * that makes Exchange Online Protection's mail internal.
     */
    public static java.util.Map<String, Object> defaultFrontendByWizard(String tlsCertificateName) {
        java.util.Map<String, Object> settings = new java.util.LinkedHashMap<>();
        settings.put("TlsCertificateName", tlsCertificateName);
        settings.put("TlsDomainCapabilities", PROTECTION_DOMAIN + ":" + ReceiveConnector.ACCEPT_CLOUD_SERVICES_MAIL);
        return settings;
    }

    /**
     * New-SendConnector "Outbound to Office 365" as the wizard runs it (the body of {@code POST
     * /admin/mail/send-connectors}): {@link #byWizard}'s Send connector.
     *
     * @param routingDomain the tenant's coexistence domain ({@code contoso.mail.onmicrosoft.com})
     * @param protectionHost {@link #protectionHostOf} the first on-premises domain
     */
    public static java.util.Map<String, Object> sendConnectorByWizard(
            String routingDomain, String protectionHost, String onPremisesFqdn, String tlsCertificateName) {
        java.util.Map<String, Object> settings = new java.util.LinkedHashMap<>();
        settings.put("Name", "Outbound to Office 365");
        settings.put("AddressSpaces", List.of(routingDomain));
        settings.put("SmartHosts", List.of(protectionHost));
        settings.put("RequireTLS", true);
        settings.put("TlsAuthLevel", "DomainValidation");
        settings.put("TlsDomain", PROTECTION_DOMAIN);
        settings.put("TlsCertificateName", tlsCertificateName);
        settings.put("CloudServicesMailEnabled", true);
        settings.put("Fqdn", onPremisesFqdn);
        return settings;
    }

    /** New-InboundConnector "Inbound from &lt;organization&gt;" as the wizard runs it: {@link #byWizard}'s. */
    public static java.util.Map<String, Object> inboundConnectorByWizard(String onPremises, String onPremisesFqdn) {
        java.util.Map<String, Object> settings = new java.util.LinkedHashMap<>();
        settings.put("Name", "Inbound from " + onPremises);
        settings.put("ConnectorType", InboundConnector.ON_PREMISES);
        settings.put("RequireTls", true);
        settings.put("TlsSenderCertificateName", onPremisesFqdn);
        return settings;
    }

    /**
     * New-OutboundConnector "Outbound to &lt;organization&gt;" as the wizard runs it: {@link #byWizard}'s.
     *
     * @param onPremisesDomains the on-premises accepted domains it carries
     */
    public static java.util.Map<String, Object> outboundConnectorByWizard(
            String onPremises, List<String> onPremisesDomains, String onPremisesFqdn) {
        java.util.Map<String, Object> settings = new java.util.LinkedHashMap<>();
        settings.put("Name", "Outbound to " + onPremises);
        settings.put("ConnectorType", InboundConnector.ON_PREMISES);
        settings.put("RecipientDomains", onPremisesDomains);
        settings.put("SmartHosts", List.of(onPremisesFqdn));
        settings.put("TlsSettings", "DomainValidation");
        settings.put("TlsDomain", onPremisesFqdn);
        settings.put("RouteAllMessagesViaOnPremises", false);
        settings.put("CloudServicesMailEnabled", true);
        return settings;
    }

    /** The tenant's protection endpoint, {@code contoso-com.mail.protection.outlook.com} for contoso.com. */
    public static String protectionHost(MailOrganization onPremises) {
        return protectionHostOf(onPremises.acceptedDomains().get(0));
    }

    /** The MX host Exchange Online gives {@code domain}: {@code contoso-com.mail.protection.outlook.com}. */
    public static String protectionHostOf(String domain) {
        return domain.replace('.', '-').toLowerCase(Locale.ROOT) + "." + PROTECTION_DOMAIN;
    }
}
