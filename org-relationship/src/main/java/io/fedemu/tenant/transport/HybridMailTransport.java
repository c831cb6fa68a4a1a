package io.fedemu.tenant.transport;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.Credential;
import io.fedemu.certs.PemFiles;
import io.fedemu.protocol.reason.Reason;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Mail between one on-premises organization and its Exchange Online tenant (docs/PROTOCOL.md section 17): the
 * wizard's connectors, a SubEthaSMTP server for each listening one (Default Frontend on every Client Access
 * server, Exchange Online Protection, a submission port per side), Angus Mail for each sending one, and the
 * mailboxes under the state directory. Connectors can be changed while it runs; the next session reads them.
 */
public final class HybridMailTransport implements AutoCloseable {
    /** The submission port's name on each side (Exchange 2013's "Client Frontend", Exchange Online's host). */
    public static final String CLOUD_SUBMISSION_HOST = "smtp.office365.com";

    private final OrganizationTransport onPremises;
    private final OrganizationTransport cloud;
    private final List<ReceiveConnector> initialFrontends;
    private final List<AtomicReference<ReceiveConnector>> frontends = new ArrayList<>();
    private final AtomicReference<SendConnector> sendConnector;
    private final AtomicReference<InboundConnector> inboundConnector;
    private final AtomicReference<OutboundConnector> outboundConnector;
    private final List<SmtpEndpoint> endpoints = new ArrayList<>();
    private final List<SmtpEndpoint> cloudEndpoints = new ArrayList<>();
    /** The internet this pair sends to and receives from by MX (section 20), or null: the pair alone. */
    private final InternetMail internet;

    /** Where each side's mailboxes live and the limits of the ports that have no connector object here. */
    public record Options(Path stateDirectory, Clock clock, int submissionMaxMessageSize, int submissionMaxRecipients) {
        public static Options defaults(Path stateDirectory, Clock clock) {
            return new Options(
                    stateDirectory,
                    clock,
                    HybridConnectors.DEFAULT_MAX_MESSAGE_SIZE,
                    HybridConnectors.DEFAULT_MAX_RECIPIENTS);
        }
    }

    private HybridMailTransport(
            Options options,
            MailOrganization onPremisesOrganization,
            MailOrganization cloudOrganization,
            HybridConnectors connectors,
            Credential onPremisesCertificate,
            Credential protectionCertificate,
            List<X509Certificate> roots,
            InternetFlows flows) {
        this.internet = flows == null ? null : flows.internet();
        this.initialFrontends = connectors.frontends();
        connectors.frontends().forEach(c -> frontends.add(new AtomicReference<>(c)));
        this.sendConnector = new AtomicReference<>(connectors.toCloud());
        this.inboundConnector = new AtomicReference<>(connectors.fromOnPremises());
        this.outboundConnector = new AtomicReference<>(connectors.toOnPremises());
        SmartHostClient client = new SmartHostClient(roots);
        String onPremisesFqdn = connectors.toCloud().fqdn();
        String protectionHost = connectors.toCloud().smartHost();
        this.onPremises = new OrganizationTransport(
                onPremisesOrganization,
                MailboxStore.of(options.stateDirectory(), onPremisesOrganization.name(), options.clock()),
                onPremisesFqdn,
                client,
                domain -> toCloud(domain, onPremisesCertificate)
                        .or(() -> toInternet(domain, INTERNET_SEND_CONNECTOR, onPremisesFqdn)),
                flows == null ? MailFlow.none() : flows.onPremises());
        this.cloud = new OrganizationTransport(
                cloudOrganization,
                MailboxStore.of(options.stateDirectory(), cloudOrganization.name(), options.clock()),
                protectionHost,
                client,
                domain -> toOnPremises(domain, protectionHost, protectionCertificate)
                        .or(() -> toInternet(domain, PROTECTION_ENDPOINT, protectionHost)),
                flows == null ? MailFlow.none() : flows.cloud());
    }

    /** The on-premises Send connector for every other domain (address space *, MX routing), as admins create it. */
    public static final String INTERNET_SEND_CONNECTOR = "To Internet";

    /** Exchange Online Protection's own name, its listener's and the one it sends to the internet under. */
    public static final String PROTECTION_ENDPOINT = "Exchange Online Protection";

    /**
     * The internet this pair joins (docs/PROTOCOL.md section 20) and what each side decides about its mail
     * besides the connectors.
     */
    public record InternetFlows(InternetMail internet, MailFlow onPremises, MailFlow cloud) {}

    /**
     * As {@link #start(Options, CertificateStore, CertificateAuthority, MailOrganization, MailOrganization, List,
     * String)}, joined to {@code flows.internet()}: each side sends to other domains by MX, and the pair's mail hosts
     * (the on-premises mail host on the first Default Frontend, each cloud domain's protection host on Exchange
     * Online Protection) resolve to their listeners.
     */
    public static HybridMailTransport start(
            Options options,
            CertificateStore certificates,
            CertificateAuthority authority,
            MailOrganization onPremises,
            MailOrganization cloud,
            List<String> clientAccessServers,
            String onPremisesFqdn,
            InternetFlows flows) {
        return launch(options, certificates, authority, onPremises, cloud, clientAccessServers, onPremisesFqdn, flows);
    }

    /**
     * Issues each side's certificate from the emulator CA, lays out the wizard's connectors and starts every
     * listening one on its own loopback port.
     *
     * @param clientAccessServers the on-premises 2013 Client Access servers (one Default Frontend each)
     * @param onPremisesFqdn the on-premises mail host name (on its certificate, the Send connector's Fqdn)
     */
    public static HybridMailTransport start(
            Options options,
            CertificateStore certificates,
            CertificateAuthority authority,
            MailOrganization onPremises,
            MailOrganization cloud,
            List<String> clientAccessServers,
            String onPremisesFqdn) {
        return launch(options, certificates, authority, onPremises, cloud, clientAccessServers, onPremisesFqdn, null);
    }

    private static HybridMailTransport launch(
            Options options,
            CertificateStore certificates,
            CertificateAuthority authority,
            MailOrganization onPremises,
            MailOrganization cloud,
            List<String> clientAccessServers,
            String onPremisesFqdn,
            InternetFlows flows) {
        // The mail host name and each server's own FQDN, as an Exchange SMTP certificate carries them.
        List<String> onPremisesNames = new ArrayList<>(List.of(onPremisesFqdn));
        clientAccessServers.forEach(server -> onPremisesNames.add(server.toLowerCase(Locale.ROOT) + "."
                + onPremises.acceptedDomains().get(0)));
        Credential onPremisesCertificate =
                certificates.smtpServer("smtp-" + onPremises.name(), onPremisesNames, authority);
        String protectionHost = HybridConnectors.protectionHost(onPremises);
        Credential protectionCertificate = certificates.smtpServer(
                "smtp-protection-" + cloud.name(),
                List.of(HybridConnectors.PROTECTION_DOMAIN, protectionHost, CLOUD_SUBMISSION_HOST),
                authority);
        List<X509Certificate> roots = PemFiles.read(certificates.trustBundle());
        HybridConnectors connectors = HybridConnectors.byWizard(
                onPremises,
                cloud,
                clientAccessServers,
                onPremisesFqdn,
                CertificateNames.tlsCertificateName(onPremisesCertificate.certificate()));
        HybridMailTransport transport = new HybridMailTransport(
                options, onPremises, cloud, connectors, onPremisesCertificate, protectionCertificate, roots, flows);
        try {
            transport.listen(options, onPremisesCertificate, protectionCertificate, roots);
        } catch (RuntimeException e) {
            transport.close();
            throw e;
        }
        return transport;
    }

    private void listen(
            Options options,
            Credential onPremisesCertificate,
            Credential protectionCertificate,
            List<X509Certificate> roots) {
        Receptions.Limits submissionLimits =
                new Receptions.Limits(options.submissionMaxMessageSize(), options.submissionMaxRecipients());
        String protectionHost = sendConnector.get().smartHost();
        SmtpEndpoint protection = SmtpEndpoint.start(
                PROTECTION_ENDPOINT,
                protectionHost,
                0,
                protectionCertificate,
                roots,
                true,
                Receptions.protection(cloud, protectionHost, inboundConnector::get, submissionLimits),
                null);
        endpoints.add(protection);
        cloudEndpoints.add(protection);
        sendConnector.updateAndGet(c -> c.withSmartHostPort(protection.port()));
        for (AtomicReference<ReceiveConnector> frontend : frontends) {
            ReceiveConnector c = frontend.get();
            endpoints.add(SmtpEndpoint.start(
                    c.name(),
                    c.fqdn(),
                    c.port(),
                    onPremisesCertificate,
                    roots,
                    true,
                    Receptions.frontend(onPremises, frontend::get),
                    null));
        }
        int firstFrontend = endpoints.get(1).port();
        outboundConnector.updateAndGet(c -> c.withSmartHostPort(firstFrontend));
        String server = initialFrontends.get(0).server();
        endpoints.add(SmtpEndpoint.start(
                "Client Frontend " + server,
                sendConnector.get().fqdn(),
                0,
                onPremisesCertificate,
                roots,
                false,
                Receptions.submission(onPremises, sendConnector.get().fqdn(), submissionLimits),
                new BasicAuthentication(passwords(onPremises))));
        SmtpEndpoint cloudSubmission = SmtpEndpoint.start(
                "Client Submission " + CLOUD_SUBMISSION_HOST,
                CLOUD_SUBMISSION_HOST,
                0,
                protectionCertificate,
                roots,
                false,
                Receptions.submission(cloud, CLOUD_SUBMISSION_HOST, submissionLimits),
                new BasicAuthentication(passwords(cloud)));
        endpoints.add(cloudSubmission);
        cloudEndpoints.add(cloudSubmission);
        if (internet != null) {
            internet.register(sendConnector.get().fqdn(), firstFrontend);
            cloud.organization()
                    .acceptedDomains()
                    .forEach(d -> internet.register(HybridConnectors.protectionHostOf(d), protection.port()));
            internet.register(protectionHost, protection.port());
        }
    }

    /** Each listening connector's name and loopback port, for endpoints.json's {@code smtp}. */
    public Map<String, Integer> endpoints() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        endpoints.forEach(e -> ports.put(e.name(), e.port()));
        return ports;
    }

    /** The listening connectors of one side: {@code cloudSide} Exchange Online's, otherwise on-premises'. */
    public List<Listener> listeners(boolean cloudSide) {
        return endpoints.stream()
                .filter(e -> cloudEndpoints.contains(e) == cloudSide)
                .map(e -> new Listener(e.name(), e.hostName(), e.port()))
                .toList();
    }

    /** A listening connector as endpoints.json lists it under {@code smtp}. */
    public record Listener(String connector, String host, int port) {}

    /** The name of the on-premises organization ({@code cloud} false) or of the cloud one. */
    public String organization(boolean cloudSide) {
        return (cloudSide ? cloud : onPremises).organization().name();
    }

    /** The loopback port where the users of the on-premises ({@code cloud} false) or cloud side submit. */
    public int submissionPort(boolean cloudSide) {
        return endpoints.get(endpoints.size() - (cloudSide ? 1 : 2)).port();
    }

    /** The messages {@code mailbox} received on whichever side holds it, oldest first. */
    public List<MimeMessage> messages(String mailbox) {
        if (cloud.organization().mailbox(mailbox).isPresent()) {
            return cloud.store()
                    .messages(cloud.organization().mailbox(mailbox).get().primaryAddress());
        }
        return onPremises
                .organization()
                .mailbox(mailbox)
                .map(m -> onPremises.store().messages(m.primaryAddress()))
                .orElseThrow(() -> new IllegalArgumentException("no mailbox " + mailbox + " on either side"));
    }

    public List<ReceiveConnector> receiveConnectors() {
        return frontends.stream().map(AtomicReference::get).toList();
    }

    public SendConnector sendConnector() {
        return sendConnector.get();
    }

    public InboundConnector inboundConnector() {
        return inboundConnector.get();
    }

    public OutboundConnector outboundConnector() {
        return outboundConnector.get();
    }

    /** Set-SendConnector: the next message through it sees the change. */
    public SendConnector setSendConnector(UnaryOperator<SendConnector> change) {
        return sendConnector.updateAndGet(change);
    }

    /** Set-InboundConnector on the Exchange Online side. */
    public InboundConnector setInboundConnector(UnaryOperator<InboundConnector> change) {
        return inboundConnector.updateAndGet(change);
    }

    /** Set-ReceiveConnector on the connector named {@code name}. */
    public ReceiveConnector setReceiveConnector(String name, UnaryOperator<ReceiveConnector> change) {
        return frontends.stream()
                .filter(f -> f.get().name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Receive connector " + name))
                .updateAndGet(change);
    }

    @Override
    public void close() {
        endpoints.forEach(SmtpEndpoint::close);
    }

    private Optional<Relay> toCloud(String domain, Credential certificate) {
        SendConnector c = sendConnector.get();
        if (!c.carries(domain)) {
            return Optional.empty();
        }
        // The Send connector presents the certificate its TlsCertificateName names; none matching, it cannot try.
        boolean found = certificate != null
                && CertificateNames.tlsCertificateName(certificate.certificate())
                        .equals(c.tlsCertificateName());
        SmartHostClient.Hop hop = new SmartHostClient.Hop(
                c.smartHostPort(),
                c.fqdn(),
                c.requireTls(),
                c.tlsAuthLevel(),
                c.tlsDomain(),
                found ? certificate : null);
        return Optional.of(new Relay(
                c.name(), hop, c.cloudServicesMailEnabled(), found ? null : Reason.MAIL_SEND_CERTIFICATE_NOT_FOUND));
    }

    private Optional<Relay> toOnPremises(String domain, String protectionHost, Credential certificate) {
        OutboundConnector c = outboundConnector.get();
        // Centralized transport (RouteAllMessagesViaOnPremises) sends every domain's mail through on-premises.
        if (!c.enabled() || !(c.carries(domain) || c.routeAllMessagesViaOnPremises())) {
            return Optional.empty();
        }
        SmartHostClient.Hop hop = new SmartHostClient.Hop(
                c.smartHostPort(), protectionHost, true, c.tlsSettings(), c.tlsDomain(), certificate);
        return Optional.of(new Relay(c.name(), hop, c.cloudServicesMailEnabled(), null));
    }

    /** By MX to the internet, when this pair is joined to one; otherwise no route. */
    private Optional<Relay> toInternet(String domain, String connector, String ehloName) {
        return internet == null ? Optional.empty() : Optional.of(internet.relay(domain, connector, ehloName));
    }

    /** Set-OutboundConnector on the Exchange Online side (RouteAllMessagesViaOnPremises among others). */
    public OutboundConnector setOutboundConnector(UnaryOperator<OutboundConnector> change) {
        return outboundConnector.updateAndGet(change);
    }

    private static java.util.function.BiPredicate<String, String> passwords(OrganizationTransport side) {
        return (user, password) -> side.organization()
                .mailbox(user)
                .map(m -> m.password() != null && m.password().equals(password))
                .orElse(false);
    }
}
