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

    /** Get-ReceiveConnector, Get-SendConnector, Get-InboundConnector or Get-OutboundConnector. */
    public List<Map<String, Object>> list(String kind) {
        return switch (checked(kind)) {
            case RECEIVE ->
                transport.receiveConnectors().stream().map(c -> view(c.name())).toList();
            case SEND -> List.of(ConnectorSettings.view(transport.sendConnector()));
            case INBOUND -> List.of(ConnectorSettings.view(transport.inboundConnector()));
            default -> List.of(ConnectorSettings.view(transport.outboundConnector()));
        };
    }

    /** One connector by its identity (for a Receive connector, its name or {@code SERVER\name}). */
    public Map<String, Object> get(String kind, String identity) {
        return switch (checked(kind)) {
            case RECEIVE -> view(receiveName(identity));
            case SEND ->
                ConnectorSettings.view(
                        named(transport.sendConnector().name(), identity, kind, transport.sendConnector()));
            case INBOUND ->
                ConnectorSettings.view(
                        named(transport.inboundConnector().name(), identity, kind, transport.inboundConnector()));
            default ->
                ConnectorSettings.view(
                        named(transport.outboundConnector().name(), identity, kind, transport.outboundConnector()));
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
                named(transport.sendConnector().name(), identity, kind, null);
                SendConnector changed = ConnectorSettings.send(transport.sendConnector(), changes);
                return ConnectorSettings.view(transport.setSendConnector(c -> changed));
            }
            case INBOUND -> {
                named(transport.inboundConnector().name(), identity, kind, null);
                InboundConnector changed = ConnectorSettings.inbound(transport.inboundConnector(), changes);
                return ConnectorSettings.view(transport.setInboundConnector(c -> changed));
            }
            default -> {
                named(transport.outboundConnector().name(), identity, kind, null);
                OutboundConnector changed = ConnectorSettings.outbound(transport.outboundConnector(), changes);
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

    private <T> T named(String name, String identity, String kind, T connector) {
        if (!name.equalsIgnoreCase(identity.trim())) {
            throw notFound(kind, identity);
        }
        return connector;
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
