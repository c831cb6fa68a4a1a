package io.fedemu.tenant.transport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Set- cmdlets of the four connectors and of the transport config, with the checks Exchange's cmdlets make
 * (docs/PROTOCOL.md section 18), and what the Get- cmdlets show. Each applies all its changes to a copy and checks
 * the result as a whole, so a refused change leaves the connector as it was.
 */
final class ConnectorSettings {
    static final List<String> RECEIVE = List.of(
            "Enabled",
            "TlsCertificateName",
            "TlsDomainCapabilities",
            "AuthMechanism",
            "RequireTLS",
            "DomainSecureEnabled",
            "MaxMessageSize");
    static final List<String> SEND = List.of(
            "AddressSpaces",
            "SmartHosts",
            "RequireTLS",
            "TlsAuthLevel",
            "TlsDomain",
            "TlsCertificateName",
            "Fqdn",
            "CloudServicesMailEnabled",
            "Enabled",
            "DomainSecureEnabled");
    static final List<String> INBOUND = List.of("ConnectorType", "TlsSenderCertificateName", "RequireTls", "Enabled");
    static final List<String> OUTBOUND = List.of(
            "SmartHosts",
            "TlsSettings",
            "TlsDomain",
            "RouteAllMessagesViaOnPremises",
            "CloudServicesMailEnabled",
            "Enabled");
    static final List<String> TRANSPORT_CONFIG = List.of("TLSSendDomainSecureList", "TLSReceiveDomainSecureList");

    /** Set-ReceiveConnector -AuthMechanism's values. */
    static final List<String> AUTH_MECHANISMS = List.of(
            "None", "Tls", "Integrated", "BasicAuth", "BasicAuthRequireTLS", "ExchangeServer", "ExternalAuthoritative");
    /** The TlsDomainCapabilities capabilities of an Exchange 2013 Receive connector. */
    static final List<String> CAPABILITIES = List.of(
            "None", "AcceptOorgProtocol", "AcceptOorgHeader", "AcceptCloudServicesMail", "AcceptCrossForestMail");

    static final List<String> TLS_AUTH_LEVELS = List.of("EncryptionOnly", "CertificateValidation", "DomainValidation");
    static final List<String> CONNECTOR_TYPES = List.of("OnPremises", "Partner");
    private static final Pattern CAPABILITY = Pattern.compile("([^:]+):(.+)");

    private ConnectorSettings() {}

    static ReceiveConnector receive(ReceiveConnector c, Map<String, Object> changes) {
        SettingValues v = SettingValues.of(changes, "a Receive connector", RECEIVE);
        List<String> auth = v.list("AuthMechanism", c.authMechanism()).stream()
                .map(m -> canonical("AuthMechanism", m, AUTH_MECHANISMS))
                .distinct()
                .toList();
        if (auth.isEmpty()) {
            throw ConnectorSettingRefused.invalid("AuthMechanism", "must name at least one mechanism (or None)");
        }
        boolean requireTls = v.bool("RequireTLS", c.requireTls());
        boolean domainSecure = v.bool("DomainSecureEnabled", c.domainSecureEnabled());
        if (requireTls && !auth.contains("Tls")) {
            throw ConnectorSettingRefused.invalid("RequireTLS", "$true needs Tls in AuthMechanism");
        }
        if (domainSecure && !auth.contains("Tls")) {
            throw ConnectorSettingRefused.invalid("DomainSecureEnabled", "$true needs Tls in AuthMechanism");
        }
        return new ReceiveConnector(
                c.name(),
                c.server(),
                c.fqdn(),
                c.port(),
                auth,
                requireTls,
                v.tlsCertificateName("TlsCertificateName", c.tlsCertificateName()),
                capabilities(v.text("TlsDomainCapabilities", c.tlsDomainCapabilities(), true), c),
                domainSecure,
                v.size("MaxMessageSize", c.maxMessageSize()),
                c.maxRecipientsPerMessage(),
                v.bool("Enabled", c.enabled()));
    }

    static SendConnector send(SendConnector c, Map<String, Object> changes) {
        SettingValues v = SettingValues.of(changes, "a Send connector", SEND);
        List<String> spaces = v.hosts("AddressSpaces", c.addressSpaces(), true);
        if (spaces.isEmpty()) {
            throw ConnectorSettingRefused.invalid("AddressSpaces", "a Send connector needs at least one address space");
        }
        List<String> smartHosts = v.hosts("SmartHosts", List.of(c.smartHost()), false);
        if (smartHosts.size() != 1) {
            // fedemu's Send connector relays to one smart host (docs/PROTOCOL.md section 18).
            throw ConnectorSettingRefused.invalid("SmartHosts", "give exactly one smart host, got " + smartHosts);
        }
        boolean requireTls = v.bool("RequireTLS", c.requireTls());
        TlsAuthLevel level = v.choice("TlsAuthLevel", name(c.tlsAuthLevel()), TLS_AUTH_LEVELS, true)
                .map(ConnectorSettings::level)
                .orElse(null);
        String tlsDomain = v.host("TlsDomain", c.tlsDomain(), true, true);
        if (level != null && !requireTls) {
            throw ConnectorSettingRefused.invalid("TlsAuthLevel", "cannot be set while RequireTLS is $false");
        }
        if (level == TlsAuthLevel.DOMAIN_VALIDATION && tlsDomain == null) {
            throw ConnectorSettingRefused.invalid(
                    "TlsDomain", "a smart host connector with TlsAuthLevel DomainValidation needs a TlsDomain");
        }
        return new SendConnector(
                c.name(),
                spaces,
                smartHosts.get(0),
                c.smartHostPort(),
                requireTls,
                level,
                tlsDomain,
                v.tlsCertificateName("TlsCertificateName", c.tlsCertificateName()),
                v.bool("CloudServicesMailEnabled", c.cloudServicesMailEnabled()),
                v.host("Fqdn", c.fqdn(), false, false),
                v.bool("Enabled", c.enabled()),
                v.bool("DomainSecureEnabled", c.domainSecureEnabled()));
    }

    static InboundConnector inbound(InboundConnector c, Map<String, Object> changes) {
        SettingValues v = SettingValues.of(changes, "an inbound connector", INBOUND);
        String type = v.choice("ConnectorType", c.connectorType(), CONNECTOR_TYPES, false)
                .orElseThrow();
        String sender = v.host("TlsSenderCertificateName", c.tlsSenderCertificateName(), true, true);
        if (InboundConnector.ON_PREMISES.equals(type) && sender == null) {
            // An OnPremises connector identifies the sending server by certificate (or IP address, not emulated).
            throw ConnectorSettingRefused.invalid(
                    "TlsSenderCertificateName", "an OnPremises inbound connector needs the sender's certificate name");
        }
        return new InboundConnector(
                c.name(), type, v.bool("RequireTls", c.requireTls()), sender, v.bool("Enabled", c.enabled()));
    }

    static OutboundConnector outbound(OutboundConnector c, Map<String, Object> changes) {
        SettingValues v = SettingValues.of(changes, "an outbound connector", OUTBOUND);
        List<String> smartHosts = v.hosts("SmartHosts", c.smartHosts(), false);
        if (smartHosts.isEmpty()) {
            throw ConnectorSettingRefused.invalid("SmartHosts", "an OnPremises outbound connector needs a smart host");
        }
        TlsAuthLevel level = v.choice("TlsSettings", name(c.tlsSettings()), TLS_AUTH_LEVELS, true)
                .map(ConnectorSettings::level)
                .orElse(null);
        String tlsDomain = v.host("TlsDomain", c.tlsDomain(), true, true);
        if (level == TlsAuthLevel.DOMAIN_VALIDATION && tlsDomain == null) {
            throw ConnectorSettingRefused.invalid("TlsDomain", "TlsSettings DomainValidation needs a TlsDomain");
        }
        boolean centralized = v.bool("RouteAllMessagesViaOnPremises", c.routeAllMessagesViaOnPremises());
        if (centralized && !InboundConnector.ON_PREMISES.equals(c.connectorType())) {
            throw ConnectorSettingRefused.invalid(
                    "RouteAllMessagesViaOnPremises",
                    "only an OnPremises connector can route all messages via on-premises");
        }
        return new OutboundConnector(
                c.name(),
                c.connectorType(),
                c.recipientDomains(),
                smartHosts,
                c.smartHostPort(),
                level,
                tlsDomain,
                centralized,
                v.bool("CloudServicesMailEnabled", c.cloudServicesMailEnabled()),
                v.bool("Enabled", c.enabled()));
    }

    static TransportConfig transportConfig(TransportConfig c, Map<String, Object> changes) {
        SettingValues v = SettingValues.of(changes, "the transport config", TRANSPORT_CONFIG);
        // The secure lists take no wildcards (Set-TransportConfig).
        return new TransportConfig(
                v.hosts("TLSSendDomainSecureList", c.tlsSendDomainSecureList(), false),
                v.hosts("TLSReceiveDomainSecureList", c.tlsReceiveDomainSecureList(), false));
    }

    static Map<String, Object> view(ReceiveConnector c, int port, boolean offersStartTls) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("identity", c.server() + "\\" + c.name());
        v.put("name", c.name());
        v.put("server", c.server());
        v.put("fqdn", c.fqdn());
        v.put("enabled", c.enabled());
        v.put("bindings", List.of("127.0.0.1:" + port));
        v.put("tlsCertificateName", c.tlsCertificateName());
        v.put("tlsDomainCapabilities", c.tlsDomainCapabilities());
        v.put("authMechanism", c.authMechanism());
        v.put("requireTls", c.requireTls());
        v.put("domainSecureEnabled", c.domainSecureEnabled());
        v.put("maxMessageSize", c.maxMessageSize());
        v.put("maxRecipientsPerMessage", c.maxRecipientsPerMessage());
        v.put("startTlsOffered", offersStartTls);
        return v;
    }

    static Map<String, Object> view(SendConnector c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("identity", c.name());
        v.put("addressSpaces", c.addressSpaces());
        v.put("smartHosts", List.of(c.smartHost()));
        v.put("requireTls", c.requireTls());
        v.put("tlsAuthLevel", name(c.tlsAuthLevel()));
        v.put("tlsDomain", c.tlsDomain());
        v.put("tlsCertificateName", c.tlsCertificateName());
        v.put("fqdn", c.fqdn());
        v.put("cloudServicesMailEnabled", c.cloudServicesMailEnabled());
        v.put("enabled", c.enabled());
        v.put("domainSecureEnabled", c.domainSecureEnabled());
        return v;
    }

    static Map<String, Object> view(InboundConnector c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("identity", c.name());
        v.put("connectorType", c.connectorType());
        v.put("tlsSenderCertificateName", c.tlsSenderCertificateName());
        v.put("requireTls", c.requireTls());
        v.put("enabled", c.enabled());
        return v;
    }

    static Map<String, Object> view(OutboundConnector c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("identity", c.name());
        v.put("connectorType", c.connectorType());
        v.put("recipientDomains", c.recipientDomains());
        v.put("smartHosts", c.smartHosts());
        v.put("tlsSettings", name(c.tlsSettings()));
        v.put("tlsDomain", c.tlsDomain());
        v.put("routeAllMessagesViaOnPremises", c.routeAllMessagesViaOnPremises());
        v.put("cloudServicesMailEnabled", c.cloudServicesMailEnabled());
        v.put("enabled", c.enabled());
        return v;
    }

    static Map<String, Object> view(TransportConfig c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("tlsSendDomainSecureList", c.tlsSendDomainSecureList());
        v.put("tlsReceiveDomainSecureList", c.tlsReceiveDomainSecureList());
        return v;
    }

    /** Exchange's name of a TLS auth level ({@code DomainValidation}), or null. */
    static String name(TlsAuthLevel level) {
        if (level == null) {
            return null;
        }
        return switch (level) {
            case ENCRYPTION_ONLY -> "EncryptionOnly";
            case CERTIFICATE_VALIDATION -> "CertificateValidation";
            case DOMAIN_VALIDATION -> "DomainValidation";
        };
    }

    private static TlsAuthLevel level(String name) {
        return switch (name) {
            case "EncryptionOnly" -> TlsAuthLevel.ENCRYPTION_ONLY;
            case "CertificateValidation" -> TlsAuthLevel.CERTIFICATE_VALIDATION;
            default -> TlsAuthLevel.DOMAIN_VALIDATION;
        };
    }

    /** {@code domain:Capability[,Capability]}, each capability one Exchange 2013 knows. */
    private static String capabilities(String value, ReceiveConnector c) {
        if (value == null || value.equals(c.tlsDomainCapabilities())) {
            return value;
        }
        var m = CAPABILITY.matcher(value.trim());
        if (!m.matches()) {
            throw ConnectorSettingRefused.invalid("TlsDomainCapabilities", "must be domain:Capability, got " + value);
        }
        String domain = m.group(1).trim().toLowerCase(Locale.ROOT);
        if (!domain.equals("*")) {
            SettingValues.checkHost("TlsDomainCapabilities", domain, true);
        }
        List<String> capabilities = java.util.Arrays.stream(m.group(2).split(","))
                .map(capability -> canonical("TlsDomainCapabilities", capability.trim(), CAPABILITIES))
                .toList();
        return domain + ":" + String.join(",", capabilities);
    }

    private static String canonical(String field, String value, List<String> allowed) {
        return allowed.stream()
                .filter(a -> a.equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(
                        () -> ConnectorSettingRefused.invalid(field, "must be one of " + allowed + ", got " + value));
    }
}
