package io.fedemu.tenant.hybrid;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.transport.HybridConnectors;
import io.fedemu.tenant.transport.MailAdministration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Stage 8: secure mail between the premises. The certificate the HybridConfiguration names must be one the receiving
 * servers hold for SMTP and carry the on-premises smart host's name; then Default Frontend on each receiving server
 * takes Exchange Online's mail (TlsDomainCapabilities), the Send connector "Outbound to Office 365" sends to Exchange
 * Online Protection, and Exchange Online gets its inbound and outbound OnPremises connectors. Their values come from
 * transport's {@code HybridConnectors.*ByWizard} (the connectors the shipped hybrid starts with, {@link
 * HybridConnectors#byWizard}); the stage varies only what the SecureMail and Centralized features decide. The MX
 * record is never touched.
 */
final class ConfigureMailFlowStage implements HybridStage {
    static final String SEND_CONNECTOR = "Outbound to Office 365";
    static final String FRONTEND = "Default Frontend ";

    @Override
    public int number() {
        return 8;
    }

    @Override
    public String name() {
        return "Configure Mail Flow";
    }

    @Override
    public String subtask() {
        return CONFIGURE;
    }

    @Override
    public String why() {
        return "Mail between the premises stays internal (authenticated, its headers kept) only when it travels over "
                + "connectors that present and expect the hybrid certificate by name, with TLS.";
    }

    @Override
    public StagePlan plan(WizardRun run) {
        StagePlan plan = new StagePlan();
        HybridConfiguration configuration = run.configuration();
        HybridOrganization onPremises = run.onPremises();
        HybridOrganization cloud = run.cloud();
        String smartHost = configuration.onPremisesSmartHost();
        String certificate = configuration.tlsCertificateName();
        for (String server : configuration.receivingTransportServers()) {
            checkCertificate(onPremises, server, certificate, smartHost);
            plan.checked("Get-ExchangeCertificate -Server " + server + ": " + certificate + " is enabled for SMTP and "
                    + "carries " + smartHost);
        }
        boolean secure = configuration.has(HybridFeature.SECURE_MAIL);
        List<Map<String, Object>> receive = onPremises.connectors(MailAdministration.RECEIVE);
        for (String server : configuration.receivingTransportServers()) {
            Map<String, Object> frontend = receive.stream()
                    .filter(c -> String.valueOf(c.get("name")).equalsIgnoreCase(FRONTEND + server))
                    .findFirst()
                    .orElseThrow(() -> new HybridStageFailure(
                            Reason.HYBRID_STEP_REFUSED,
                            "HCW8010 Default Receive Connector cannot be found on server " + server + ".",
                            "the Receive connector \"" + FRONTEND + server + "\" must exist on " + server));
            Map<String, Object> desired = new LinkedHashMap<>();
            desired.put("Enabled", true);
            desired.putAll(HybridConnectors.defaultFrontendByWizard(certificate));
            reconcile(
                    plan,
                    onPremises,
                    MailAdministration.RECEIVE,
                    server + "\\" + FRONTEND + server,
                    frontend,
                    desired,
                    Map.of());
        }
        // The connectors' values are transport's (HybridConnectors, what the shipped hybrid starts with); the
        // wizard varies only what its features decide, and keeps apart what only New- takes.
        Map<String, Object> send = HybridConnectors.sendConnectorByWizard(
                run.coexistenceDomain(),
                HybridConnectors.protectionHostOf(configuration.domains().get(0)),
                smartHost,
                certificate);
        if (!secure) {
            // Exchange refuses a TlsAuthLevel without RequireTLS.
            send.put("RequireTLS", false);
            send.remove("TlsAuthLevel");
        }
        Map<String, Object> sendOnCreate = onCreateOnly(send, "SmartHosts");
        reconcile(
                plan,
                onPremises,
                MailAdministration.SEND,
                SEND_CONNECTOR,
                find(onPremises, MailAdministration.SEND, SEND_CONNECTOR),
                enabled(send),
                sendOnCreate);
        String inboundName = "Inbound from " + onPremises.name();
        Map<String, Object> inbound = HybridConnectors.inboundConnectorByWizard(onPremises.name(), smartHost);
        inbound.put("RequireTls", secure);
        reconcile(
                plan,
                cloud,
                MailAdministration.INBOUND,
                inboundName,
                find(cloud, MailAdministration.INBOUND, inboundName),
                enabled(inbound),
                Map.of());
        String outboundName = "Outbound to " + onPremises.name();
        Map<String, Object> outbound =
                HybridConnectors.outboundConnectorByWizard(onPremises.name(), configuration.domains(), smartHost);
        outbound.put("RouteAllMessagesViaOnPremises", configuration.has(HybridFeature.CENTRALIZED));
        Map<String, Object> outboundOnCreate =
                onCreateOnly(outbound, "ConnectorType", "RecipientDomains", "SmartHosts");
        reconcile(
                plan,
                cloud,
                MailAdministration.OUTBOUND,
                outboundName,
                find(cloud, MailAdministration.OUTBOUND, outboundName),
                enabled(outbound),
                outboundOnCreate);
        plan.checked("MX records: left as they are (the wizard never changes MX)");
        return plan;
    }

    /**
     * What a run keeps as desired on an existing connector: {@code body} without its name and without what only New-
     * takes (taken off by {@link #onCreateOnly}), enabled (a disabled connector is drift the wizard puts back).
     */
    private static Map<String, Object> enabled(Map<String, Object> body) {
        body.remove("Name");
        body.put("Enabled", true);
        return body;
    }

    /** Takes {@code keys} off {@code body}: parameters New- sets and a later run leaves alone. */
    private static Map<String, Object> onCreateOnly(Map<String, Object> body, String... keys) {
        Map<String, Object> taken = new LinkedHashMap<>();
        for (String key : keys) {
            taken.put(key, body.remove(key));
        }
        return taken;
    }

    /** "The Secure Mail Certificate on server S is not bound to the SMTP Service", as Exchange stops. */
    private static void checkCertificate(
            HybridOrganization onPremises, String server, String certificate, String smartHost) {
        List<HybridOrganization.SmtpCertificate> held = onPremises.smtpCertificates();
        Optional<HybridOrganization.SmtpCertificate> named = held.stream()
                .filter(c -> certificate != null && c.tlsCertificateName().equalsIgnoreCase(certificate))
                .filter(c -> smartHost != null && carries(c, smartHost))
                .findFirst();
        if (named.isEmpty()) {
            List<String> usable = held.stream()
                    .filter(c -> smartHost != null && carries(c, smartHost))
                    .map(HybridOrganization.SmtpCertificate::tlsCertificateName)
                    .toList();
            throw new HybridStageFailure(
                    Reason.HYBRID_SECURE_MAIL_CERTIFICATE_NOT_BOUND,
                    "The Secure Mail Certificate on server " + server + " is not bound to the SMTP Service: "
                            + (certificate == null ? "no TlsCertificateName is set" : certificate)
                            + " is no SMTP certificate of " + server + " carrying " + smartHost + ".",
                    usable.isEmpty()
                            ? "enable a certificate carrying " + smartHost + " for SMTP on " + server
                            : "fedemu set-hybrid-configuration --tenant " + onPremises.name()
                                    + " --tls-certificate-name '" + usable.get(0) + "'");
        }
    }

    static boolean carries(HybridOrganization.SmtpCertificate certificate, String host) {
        String wanted = host.toLowerCase(Locale.ROOT);
        return certificate.names().stream()
                .map(n -> n.toLowerCase(Locale.ROOT))
                .anyMatch(n -> n.equals(wanted)
                        || (n.startsWith("*.")
                                && wanted.endsWith(n.substring(1))
                                && wanted.indexOf('.') == wanted.length() - n.length() + 1));
    }

    private static Optional<Map<String, Object>> find(HybridOrganization side, String kind, String name) {
        return side.connectors(kind).stream()
                .filter(c -> name.equalsIgnoreCase(String.valueOf(c.getOrDefault("identity", c.get("name")))))
                .findFirst();
    }

    private static void reconcile(
            StagePlan plan,
            HybridOrganization side,
            String kind,
            String identity,
            Optional<Map<String, Object>> current,
            Map<String, Object> desired,
            Map<String, Object> onCreate) {
        reconcile(plan, side, kind, identity, current.orElse(null), desired, onCreate);
    }

    private static void reconcile(
            StagePlan plan,
            HybridOrganization side,
            String kind,
            String identity,
            Map<String, Object> current,
            Map<String, Object> desired,
            Map<String, Object> onCreate) {
        String noun = noun(kind);
        if (current == null) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("Name", identity);
            properties.putAll(onCreate);
            properties.putAll(desired);
            plan.create(
                    "New-" + noun + " " + ConnectorDifference.parameters(properties) + " (" + side.name() + ")",
                    noun + " \"" + identity + "\" on " + side.name(),
                    () -> side.newConnector(kind, properties));
            return;
        }
        Map<String, Object> changes = ConnectorDifference.between(current, desired);
        if (changes.isEmpty()) {
            plan.checked("Get-" + noun + " \"" + identity + "\" (" + side.name() + "): as desired");
            return;
        }
        plan.change(
                "Set-" + noun + " -Identity \"" + identity + "\" " + ConnectorDifference.parameters(changes) + " ("
                        + side.name() + ")",
                () -> side.setConnector(kind, identity, changes));
    }

    private static String noun(String kind) {
        return switch (kind) {
            case MailAdministration.RECEIVE -> "ReceiveConnector";
            case MailAdministration.SEND -> "SendConnector";
            case MailAdministration.INBOUND -> "InboundConnector";
            default -> "OutboundConnector";
        };
    }
}
