package io.fedemu.tenant.transport;

import io.fedemu.certs.Credential;
import io.fedemu.protocol.reason.Reason;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The two hops between the premises as the connectors stand now (docs/PROTOCOL.md sections 17 and 18): the Send
 * connector to Exchange Online Protection and the outbound connector back to Default Frontend. A disabled connector
 * or an unknown smart host refuses before connecting; a strip-starttls link fault puts a real proxy on the path; and
 * a failed hop is diagnosed where the sender's reply alone cannot name the cause.
 */
final class ConnectorRelays implements AutoCloseable {
    private final HybridMailTransport transport;
    private final String protectionHost;
    /** One STARTTLS-stripping proxy per target port, started when the fault is first met. */
    private final Map<Integer, StartTlsStrippingProxy> proxies = new ConcurrentHashMap<>();

    ConnectorRelays(HybridMailTransport transport, String protectionHost) {
        this.transport = transport;
        this.protectionHost = protectionHost;
    }

    Optional<Relay> toCloud(String domain) {
        SendConnector c = transport.sendConnector();
        // No hybrid Send connector (the wizard has not run): the domain goes by MX like any internet domain.
        if (c == null || !c.carries(domain)) {
            return Optional.empty();
        }
        if (!c.enabled()) {
            return Optional.of(Relay.refusing(c.name(), Reason.MAIL_CONNECTOR_DISABLED));
        }
        if (!c.smartHost().equalsIgnoreCase(protectionHost)) {
            return Optional.of(Relay.refusing(c.name(), Reason.MAIL_SMART_HOST_NOT_FOUND));
        }
        // The Send connector presents the certificate its TlsCertificateName names; none matching, it cannot try.
        Optional<Credential> certificate = transport.certificates(false).named(c.tlsCertificateName());
        if (certificate.isEmpty()) {
            return Optional.of(Relay.refusing(c.name(), Reason.MAIL_SEND_CERTIFICATE_NOT_FOUND));
        }
        boolean stripped = strips(false);
        SmartHostClient.Hop hop = new SmartHostClient.Hop(
                port(c.smartHostPort(), stripped),
                c.fqdn(),
                c.requireTls(),
                c.tlsAuthLevel(),
                c.tlsDomain(),
                certificate.get());
        return Optional.of(new Relay(c.name(), hop, c.cloudServicesMailEnabled(), null, outcome -> outcome));
    }

    Optional<Relay> toOnPremises(String domain) {
        OutboundConnector c = transport.outboundConnector();
        // Centralized transport (RouteAllMessagesViaOnPremises) sends every domain's mail through on-premises.
        if (c == null || !(c.carries(domain) || c.routeAllMessagesViaOnPremises())) {
            return Optional.empty();
        }
        if (!c.enabled()) {
            return Optional.of(Relay.refusing(c.name(), Reason.MAIL_CONNECTOR_DISABLED));
        }
        if (c.smartHosts().stream()
                .noneMatch(h ->
                        transport.certificates(false).hostNames().contains(h.toLowerCase(java.util.Locale.ROOT)))) {
            return Optional.of(Relay.refusing(c.name(), Reason.MAIL_SMART_HOST_NOT_FOUND));
        }
        boolean stripped = strips(true);
        FrontendListener frontend = transport.firstFrontend();
        SmartHostClient.Hop hop = new SmartHostClient.Hop(
                port(c.smartHostPort(), stripped),
                protectionHost,
                c.tlsSettings() != null,
                c.tlsSettings(),
                c.tlsDomain(),
                transport.certificates(true).primary());
        return Optional.of(new Relay(c.name(), hop, c.cloudServicesMailEnabled(), null, outcome -> {
            // Exchange Online's queue shows the same reply for each; the frontend's state names the cause.
            if (outcome.reason() == Reason.MAIL_HOP_UNREACHABLE
                    && !frontend.connector().enabled()) {
                return SmartHostClient.refusedBy(Reason.MAIL_RECEIVE_CONNECTOR_DISABLED);
            }
            if (outcome.reason() == Reason.MAIL_STARTTLS_STRIPPED && !stripped && !frontend.offersStartTls()) {
                return SmartHostClient.refusedBy(Reason.MAIL_RECEIVE_CERTIFICATE_NOT_FOUND);
            }
            return outcome;
        }));
    }

    /** Whether the strip-starttls link fault is set on the path from one side to the other. */
    private boolean strips(boolean fromCloud) {
        return transport.faults().stripsStartTls(transport.organization(fromCloud), transport.organization(!fromCloud));
    }

    private int port(int target, boolean stripped) {
        if (!stripped) {
            return target;
        }
        return proxies.computeIfAbsent(target, StartTlsStrippingProxy::to).port();
    }

    @Override
    public void close() {
        proxies.values().forEach(StartTlsStrippingProxy::close);
        proxies.clear();
    }
}
