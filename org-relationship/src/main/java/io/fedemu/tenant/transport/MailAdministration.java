package io.fedemu.tenant.transport;

import io.fedemu.protocol.reason.Reason;
import java.util.List;
import java.util.Map;

/**
 * The connector cmdlets of one side of a hybrid pair (docs/PROTOCOL.md section 18): on-premises has its Receive
 * connectors (Default Frontend on each Client Access server) and its Send connector; Exchange Online has the inbound
 * and outbound connectors of Exchange Online Protection; each has its transport config. A kind the side does not
 * have, or an identity it does not know, is {@link Reason#MAIL_CONNECTOR_NOT_FOUND}.
 */
public final class MailAdministration {
    /** The connector kinds as the admin API names them. */
    public static final String RECEIVE = "receive-connectors";

    public static final String SEND = "send-connectors";
    public static final String INBOUND = "inbound-connectors";
    public static final String OUTBOUND = "outbound-connectors";

    private final HybridMailTransport transport;
    private final boolean cloudSide;

    MailAdministration(HybridMailTransport transport, boolean cloudSide) {
        this.transport = transport;
        this.cloudSide = cloudSide;
    }

    public String organization() {
        return transport.organization(cloudSide);
    }

    /**
     * The SMTP certificates this side holds, each as a connector's TlsCertificateName names it, the one carrying the
     * mail host first (Get-ExchangeCertificate -Services SMTP): what the wizard gives Default Frontend and the Send
     * connector (issue 17).
     */
    public List<String> certificateNames() {
        return transport.certificates(cloudSide).tlsCertificateNames();
    }

    /** The on-premises mail host, on its certificate: the wizard's Fqdn, smart host and TlsSenderCertificateName. */
    public String onPremisesFqdn() {
        return transport.onPremisesFqdn();
    }

    /** Exchange Online Protection's host for the tenant: the Send connector's smart host. */
    public String protectionHost() {
        return transport.protectionHost();
    }

    /** Get-ReceiveConnector, Get-SendConnector, Get-InboundConnector or Get-OutboundConnector. */
    public List<Map<String, Object>> list(String kind) {
        return switch (checked(kind)) {
            case RECEIVE ->
                transport.receiveConnectors().stream().map(c -> view(c.name())).toList();
            // A side the wizard has not configured has none (issue 17).
            case SEND ->
                transport.sendConnector() == null
                        ? List.of()
                        : List.of(ConnectorSettings.view(transport.sendConnector()));
            case INBOUND ->
                transport.inboundConnector() == null
                        ? List.of()
                        : List.of(ConnectorSettings.view(transport.inboundConnector()));
            default ->
                transport.outboundConnector() == null
                        ? List.of()
                        : List.of(ConnectorSettings.view(transport.outboundConnector()));
        };
    }

    /** One connector by its identity (for a Receive connector, its name or {@code SERVER\name}). */
    public Map<String, Object> get(String kind, String identity) {
        return switch (checked(kind)) {
            case RECEIVE -> view(receiveName(identity));
            case SEND -> ConnectorSettings.view(named(transport.sendConnector(), SendConnector::name, identity, kind));
            case INBOUND ->
                ConnectorSettings.view(named(transport.inboundConnector(), InboundConnector::name, identity, kind));
            default ->
                ConnectorSettings.view(named(transport.outboundConnector(), OutboundConnector::name, identity, kind));
        };
    }

    /** The Set- cmdlet: every change checked together; a refusal changes nothing. */
    public Map<String, Object> set(String kind, String identity, Map<String, Object> changes) {
        switch (checked(kind)) {
            case RECEIVE -> {
                String name = receiveName(identity);
                ReceiveConnector changed = ConnectorSettings.receive(
                        transport.frontend(name).orElseThrow().connector(), changes);
                transport.setReceiveConnector(name, c -> changed);
                return view(name);
            }
            case SEND -> {
                SendConnector changed = ConnectorSettings.send(
                        named(transport.sendConnector(), SendConnector::name, identity, kind), changes);
                return ConnectorSettings.view(transport.setSendConnector(c -> changed));
            }
            case INBOUND -> {
                InboundConnector changed = ConnectorSettings.inbound(
                        named(transport.inboundConnector(), InboundConnector::name, identity, kind), changes);
                return ConnectorSettings.view(transport.setInboundConnector(c -> changed));
            }
            default -> {
                OutboundConnector changed = ConnectorSettings.outbound(
                        named(transport.outboundConnector(), OutboundConnector::name, identity, kind), changes);
                return ConnectorSettings.view(transport.setOutboundConnector(c -> changed));
            }
        }
    }

    /** Get-TransportConfig. */
    public Map<String, Object> transportConfig() {
        return ConnectorSettings.view(transport.transportConfig(cloudSide));
    }

    /** Set-TransportConfig (the Domain Security lists). */
    public Map<String, Object> setTransportConfig(Map<String, Object> changes) {
        TransportConfig changed = ConnectorSettings.transportConfig(transport.transportConfig(cloudSide), changes);
        return ConnectorSettings.view(transport.setTransportConfig(cloudSide, c -> changed));
    }

    private Map<String, Object> view(String receiveConnector) {
        FrontendListener f = transport.frontend(receiveConnector).orElseThrow();
        return ConnectorSettings.view(f.connector(), f.port(), f.offersStartTls());
    }

    private String checked(String kind) {
        List<String> kinds = cloudSide ? List.of(INBOUND, OUTBOUND) : List.of(RECEIVE, SEND);
        if (!kinds.contains(kind)) {
            throw new ConnectorSettingRefused(
                    Reason.MAIL_CONNECTOR_NOT_FOUND,
                    organization() + " has no " + kind + "; it has " + kinds
                            + (cloudSide
                                    ? " (Receive and Send connectors are on-premises')"
                                    : " (inbound and outbound connectors are Exchange Online's)"));
        }
        return kind;
    }

    private String receiveName(String identity) {
        String name = identity.contains("\\") ? identity.substring(identity.indexOf('\\') + 1) : identity;
        return transport.frontend(name).map(f -> f.connector().name()).orElseThrow(() -> notFound(RECEIVE, identity));
    }

    /** {@code connector} when it exists and {@code identity} names it. */
    private <T> T named(T connector, java.util.function.Function<T, String> name, String identity, String kind) {
        if (connector == null || !name.apply(connector).equalsIgnoreCase(identity.trim())) {
            throw notFound(kind, identity);
        }
        return connector;
    }

    /**
     * New-SendConnector, New-InboundConnector or New-OutboundConnector (issue 17): the Set- cmdlet's checks on the
     * new connector; fedemu keeps one hybrid connector of each kind, so a second is {@link Reason#MAIL_CONNECTOR_EXISTS}.
     */
    public Map<String, Object> create(String kind, Map<String, Object> settings) {
        switch (checked(kind)) {
            case RECEIVE -> throw builtIn("New-ReceiveConnector");
            case SEND -> {
                SendConnector made = NewConnectors.send(settings, transport.onPremisesFqdn());
                return ConnectorSettings.view(exists(kind, transport.sendConnector(), SendConnector::name)
                        .orElseGet(() -> transport.createSendConnector(made)));
            }
            case INBOUND -> {
                InboundConnector made = NewConnectors.inbound(settings);
                return ConnectorSettings.view(exists(kind, transport.inboundConnector(), InboundConnector::name)
                        .orElseGet(() -> transport.createInboundConnector(made)));
            }
            default -> {
                OutboundConnector made = NewConnectors.outbound(settings);
                return ConnectorSettings.view(exists(kind, transport.outboundConnector(), OutboundConnector::name)
                        .orElseGet(() -> transport.createOutboundConnector(made)));
            }
        }
    }

    /** Remove-SendConnector, Remove-InboundConnector or Remove-OutboundConnector -Identity (issue 17). */
    public void remove(String kind, String identity) {
        switch (checked(kind)) {
            case RECEIVE -> throw builtIn("Remove-ReceiveConnector");
            case SEND -> named(transport.sendConnector(), SendConnector::name, identity, kind);
            case INBOUND -> named(transport.inboundConnector(), InboundConnector::name, identity, kind);
            default -> named(transport.outboundConnector(), OutboundConnector::name, identity, kind);
        }
        transport.removeConnector(kind);
    }

    /** Refuses when the side has its connector of this kind already; never returns a present value. */
    private <T> java.util.Optional<T> exists(String kind, T current, java.util.function.Function<T, String> name) {
        if (current != null) {
            throw NewConnectors.exists(organization(), kind, name.apply(current));
        }
        return java.util.Optional.empty();
    }

    private ConnectorSettingRefused builtIn(String cmdlet) {
        return new ConnectorSettingRefused(
                Reason.MAIL_CONNECTOR_BUILT_IN,
                cmdlet + ": Default Frontend is the default Receive connector of each Exchange 2013 Client Access "
                        + "server of " + organization() + "; change it with set-receive-connector");
    }

    private ConnectorSettingRefused notFound(String kind, String identity) {
        return new ConnectorSettingRefused(
                Reason.MAIL_CONNECTOR_NOT_FOUND,
                organization() + " has no " + kind.replace("-connectors", " connector") + " '" + identity + "'; get-"
                        + kind.replace("-connectors", "-connector") + " lists them");
    }

    /** Get-ExchangeCertificate -Services SMTP of this side's servers (issue 17: the wizard's certificate check). */
    public List<Map<String, Object>> certificates() {
        return transport.certificates(cloudSide).listing();
    }
}
