package io.fedemu.tenant.transport;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.Credential;
import io.fedemu.certs.PemFiles;
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
    private final List<AtomicReference<ReceiveConnector>> frontendSettings = new ArrayList<>();
    private final List<FrontendListener> frontends = new ArrayList<>();
    private final AtomicReference<SendConnector> sendConnector;
    private final AtomicReference<InboundConnector> inboundConnector;
    private final AtomicReference<OutboundConnector> outboundConnector;
    /** The on-premises mail host (on its certificate) and Exchange Online Protection's host for this tenant. */
    private final String onPremisesFqdn;

    private final String protectionHost;
    /** Where a Send connector created later relays (EOP) and where an outbound connector's hop lands (issue 17). */
    private volatile int protectionPort;

    private volatile int firstFrontendPort;
    private final List<SmtpEndpoint> endpoints = new ArrayList<>();
    /** Every listening connector in endpoints.json's order; ports never change, even when one restarts. */
    private final List<Listener> listing = new ArrayList<>();

    private final List<String> cloudListeners = new ArrayList<>();
    private final SmtpCertificates onPremisesCertificates;
    private final SmtpCertificates cloudCertificates;
    private final ConnectorRelays relays;
    private final AtomicReference<TransportConfig> onPremisesConfig;
    private final AtomicReference<TransportConfig> cloudConfig = new AtomicReference<>(TransportConfig.NONE);
    private volatile MailFaults faults = MailFaults.NONE;
    /** The internet this pair sends to and receives from by MX (section 20), or null: the pair alone. */
    private final InternetMail internet;

    /** Where each side's mailboxes live and the limits of the ports that have no connector object here. */
    public record Options(
            Path stateDirectory,
            Clock clock,
            int submissionMaxMessageSize,
            int submissionMaxRecipients,
            ConnectionLimits connectionLimits) {
        public Options(Path stateDirectory, Clock clock, int submissionMaxMessageSize, int submissionMaxRecipients) {
            this(stateDirectory, clock, submissionMaxMessageSize, submissionMaxRecipients, ConnectionLimits.DEFAULTS);
        }

        /** The same options with every listening connector held to {@code limits}. */
        public Options withConnectionLimits(ConnectionLimits limits) {
            return new Options(stateDirectory, clock, submissionMaxMessageSize, submissionMaxRecipients, limits);
        }

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
            String onPremisesFqdn,
            String protectionHost,
            SmtpCertificates onPremisesCertificates,
            SmtpCertificates cloudCertificates,
            List<X509Certificate> roots,
            InternetFlows flows) {
        this.internet = flows == null ? null : flows.internet();
        this.initialFrontends = connectors.frontends();
        connectors.frontends().forEach(c -> frontendSettings.add(new AtomicReference<>(c)));
        this.sendConnector = new AtomicReference<>(connectors.toCloud());
        this.inboundConnector = new AtomicReference<>(connectors.fromOnPremises());
        this.outboundConnector = new AtomicReference<>(connectors.toOnPremises());
        this.onPremisesCertificates = onPremisesCertificates;
        this.cloudCertificates = cloudCertificates;
        this.onPremisesConfig = new AtomicReference<>(
                new TransportConfig(List.of(), onPremisesOrganization.tlsReceiveDomainSecureList()));
        SmartHostClient client = new SmartHostClient(roots);
        this.onPremisesFqdn = onPremisesFqdn;
        this.protectionHost = protectionHost;
        this.relays = new ConnectorRelays(this, protectionHost);
        this.onPremises = new OrganizationTransport(
                onPremisesOrganization,
                MailboxStore.of(options.stateDirectory(), onPremisesOrganization.name(), options.clock()),
                onPremisesFqdn,
                client,
                domain -> relays.toCloud(domain).or(() -> toInternet(domain, INTERNET_SEND_CONNECTOR, onPremisesFqdn)),
                flows == null ? MailFlow.none() : flows.onPremises());
        this.cloud = new OrganizationTransport(
                cloudOrganization,
                MailboxStore.of(options.stateDirectory(), cloudOrganization.name(), options.clock()),
                protectionHost,
                client,
                domain -> relays.toOnPremises(domain).or(() -> toInternet(domain, PROTECTION_ENDPOINT, protectionHost)),
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
        return launch(
                options,
                certificates,
                authority,
                onPremises,
                cloud,
                clientAccessServers,
                onPremisesFqdn,
                flows,
                Wizard.CONFIGURED);
    }

    /**
     * Which sides the Hybrid Configuration Wizard has configured (issue 17): an unconfigured on-premises side has no
     * hybrid Send connector and Default Frontend has neither the certificate nor the cloud mail capability; an
     * unconfigured cloud side has no OnPremises inbound or outbound connector. Mail between the premises then goes by
     * MX, as internet mail, until the connectors are created.
     */
    public record Wizard(boolean onPremises, boolean cloud) {
        public static final Wizard CONFIGURED = new Wizard(true, true);
    }

    /** As {@link #start(Options, CertificateStore, CertificateAuthority, MailOrganization, MailOrganization, List,
     * String, InternetFlows)}, with only what {@code wizard} says was configured. */
    public static HybridMailTransport start(
            Options options,
            CertificateStore certificates,
            CertificateAuthority authority,
            MailOrganization onPremises,
            MailOrganization cloud,
            List<String> clientAccessServers,
            String onPremisesFqdn,
            InternetFlows flows,
            Wizard wizard) {
        return launch(
                options,
                certificates,
                authority,
                onPremises,
                cloud,
                clientAccessServers,
                onPremisesFqdn,
                flows,
                wizard);
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
        return launch(
                options,
                certificates,
                authority,
                onPremises,
                cloud,
                clientAccessServers,
                onPremisesFqdn,
                null,
                Wizard.CONFIGURED);
    }

    private static HybridMailTransport launch(
            Options options,
            CertificateStore certificates,
            CertificateAuthority authority,
            MailOrganization onPremises,
            MailOrganization cloud,
            List<String> clientAccessServers,
            String onPremisesFqdn,
            InternetFlows flows,
            Wizard wizard) {
        // The mail host name and each server's own FQDN, as an Exchange SMTP certificate carries them.
        List<String> onPremisesNames = new ArrayList<>(List.of(onPremisesFqdn));
        clientAccessServers.forEach(server -> onPremisesNames.add(server.toLowerCase(Locale.ROOT) + "."
                + onPremises.acceptedDomains().get(0)));
        Credential onPremisesCertificate =
                certificates.smtpServer("smtp-" + onPremises.name(), onPremisesNames, authority);
        // The first server's own certificate, carrying only its name: what a wrong TlsCertificateName picks.
        Credential serverCertificate = certificates.smtpServer(
                "smtp-server-" + onPremises.name(),
                List.of(clientAccessServers.get(0).toLowerCase(Locale.ROOT)),
                authority);
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
                        CertificateNames.tlsCertificateName(onPremisesCertificate.certificate()))
                .asConfigured(wizard.onPremises(), wizard.cloud());
        AtomicReference<HybridMailTransport> running = new AtomicReference<>();
        SmtpCertificates onPremisesCertificates = new SmtpCertificates(
                List.of(onPremisesCertificate, serverCertificate),
                authority,
                () -> running.get() != null && running.get().faults.expiredCertificate(onPremises.name()));
        SmtpCertificates cloudCertificates = new SmtpCertificates(
                List.of(protectionCertificate),
                authority,
                () -> running.get() != null && running.get().faults.expiredCertificate(cloud.name()));
        HybridMailTransport transport = new HybridMailTransport(
                options,
                onPremises,
                cloud,
                connectors,
                onPremisesFqdn,
                protectionHost,
                onPremisesCertificates,
                cloudCertificates,
                roots,
                flows);
        running.set(transport);
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
        SmtpEndpoint protection = SmtpEndpoint.start(
                options.connectionLimits(),
                PROTECTION_ENDPOINT,
                protectionHost,
                0,
                cloudCertificates::primary,
                roots,
                true,
                Receptions.protection(cloud, protectionHost, inboundConnector::get, submissionLimits),
                null);
        endpoints.add(protection);
        listed(protection, true);
        protectionPort = protection.port();
        sendConnector.updateAndGet(c -> c == null ? null : c.withSmartHostPort(protection.port()));
        for (AtomicReference<ReceiveConnector> frontend : frontendSettings) {
            FrontendListener listener = FrontendListener.start(
                    frontend,
                    onPremisesCertificates,
                    roots,
                    Receptions.frontend(
                            onPremises,
                            frontend::get,
                            () -> onPremisesConfig.get().tlsReceiveDomainSecureList(),
                            () -> cloudConfig
                                    .get()
                                    .sendsDomainSecureTo(
                                            onPremises.organization().acceptedDomains())),
                    options.connectionLimits());
            frontends.add(listener);
            listing.add(new Listener(frontend.get().name(), frontend.get().fqdn(), listener.port()));
        }
        int firstFrontend = frontends.get(0).port();
        firstFrontendPort = firstFrontend;
        outboundConnector.updateAndGet(c -> c == null ? null : c.withSmartHostPort(firstFrontend));
        String server = initialFrontends.get(0).server();
        SmtpEndpoint onPremisesSubmission = SmtpEndpoint.start(
                options.connectionLimits(),
                "Client Frontend " + server,
                onPremisesFqdn,
                0,
                onPremisesCertificate,
                roots,
                false,
                Receptions.submission(onPremises, onPremisesFqdn, submissionLimits),
                new BasicAuthentication(passwords(onPremises)));
        endpoints.add(onPremisesSubmission);
        listed(onPremisesSubmission, false);
        SmtpEndpoint cloudSubmission = SmtpEndpoint.start(
                options.connectionLimits(),
                "Client Submission " + CLOUD_SUBMISSION_HOST,
                CLOUD_SUBMISSION_HOST,
                0,
                protectionCertificate,
                roots,
                false,
                Receptions.submission(cloud, CLOUD_SUBMISSION_HOST, submissionLimits),
                new BasicAuthentication(passwords(cloud)));
        endpoints.add(cloudSubmission);
        listed(cloudSubmission, true);
        if (internet != null) {
            internet.register(onPremisesFqdn, firstFrontend);
            cloud.organization()
                    .acceptedDomains()
                    .forEach(d -> internet.register(HybridConnectors.protectionHostOf(d), protection.port()));
            internet.register(protectionHost, protection.port());
        }
    }

    /**
     * By MX to the internet, when this pair is joined to one; otherwise no route. An MX that leads back to the sender's
     * own listener (Exchange Online without an outbound connector, for an on-premises domain whose MX is Exchange
     * Online Protection: the blank start of issue 17) is the mail loop Exchange stops with its hop count; fedemu
     * refuses it at the first turn with the same report instead of holding sixty sessions open.
     */
    private Optional<Relay> toInternet(String domain, String connector, String ehloName) {
        if (internet == null) {
            return Optional.empty();
        }
        Relay relay = internet.relay(domain, connector, ehloName);
        if (relay.hop() != null
                && relay.refusedBeforeSending() == null
                && PROTECTION_ENDPOINT.equals(connector)
                && relay.hop().port() == protectionPort) {
            return Optional.of(Relay.refusing(connector, io.fedemu.protocol.reason.Reason.MAIL_HOP_COUNT_EXCEEDED));
        }
        return Optional.of(relay);
    }

    private void listed(SmtpEndpoint endpoint, boolean cloudSide) {
        listing.add(new Listener(endpoint.name(), endpoint.hostName(), endpoint.port()));
        if (cloudSide) {
            cloudListeners.add(endpoint.name());
        }
    }

    /**
     * Writes each side's transport events to its organization's message tracking log (issue 15, PROTOCOL.md
     * section 19): the tenants keep the logs, the transport reports to them.
     */
    public HybridMailTransport tracking(
            io.fedemu.tenant.transport.tracking.MessageTrackingLog onPremisesLog,
            io.fedemu.tenant.transport.tracking.MessageTrackingLog cloudLog) {
        onPremises.tracking(new io.fedemu.tenant.transport.tracking.TransportTracking(onPremisesLog));
        cloud.tracking(new io.fedemu.tenant.transport.tracking.TransportTracking(cloudLog));
        return this;
    }

    /** Each listening connector's name and loopback port, for endpoints.json's {@code smtp}. */
    public Map<String, Integer> endpoints() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        listing.forEach(e -> ports.put(e.connector(), e.port()));
        return ports;
    }

    /** The listening connectors of one side: {@code cloudSide} Exchange Online's, otherwise on-premises'. */
    public List<Listener> listeners(boolean cloudSide) {
        return listing.stream()
                .filter(e -> cloudListeners.contains(e.connector()) == cloudSide)
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
        return listing.get(listing.size() - (cloudSide ? 1 : 2)).port();
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
        return frontends.stream().map(FrontendListener::connector).toList();
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

    /** The on-premises mail host: the Fqdn a Send connector created without one announces. */
    public String onPremisesFqdn() {
        return onPremisesFqdn;
    }

    /** Exchange Online Protection's host for this tenant: the smart host of the hybrid Send connector. */
    public String protectionHost() {
        return protectionHost;
    }

    /** New-SendConnector: relays from the next message on; null when the side has one already. */
    synchronized SendConnector createSendConnector(SendConnector created) {
        if (sendConnector.get() != null) {
            return null;
        }
        sendConnector.set(created.withSmartHostPort(protectionPort));
        return sendConnector.get();
    }

    /** New-InboundConnector; null when the side has one already. */
    synchronized InboundConnector createInboundConnector(InboundConnector created) {
        return inboundConnector.compareAndSet(null, created) ? created : null;
    }

    /** New-OutboundConnector: its hop lands on the first Default Frontend; null when the side has one already. */
    synchronized OutboundConnector createOutboundConnector(OutboundConnector created) {
        OutboundConnector placed = created.withSmartHostPort(firstFrontendPort);
        return outboundConnector.compareAndSet(null, placed) ? placed : null;
    }

    /** Remove-SendConnector, -InboundConnector or -OutboundConnector: mail between the premises goes by MX again. */
    synchronized void removeConnector(String kind) {
        switch (kind) {
            case MailAdministration.SEND -> sendConnector.set(null);
            case MailAdministration.INBOUND -> inboundConnector.set(null);
            default -> outboundConnector.set(null);
        }
    }

    /** Set-SendConnector: the next message through it sees the change. */
    public SendConnector setSendConnector(UnaryOperator<SendConnector> change) {
        return sendConnector.updateAndGet(change);
    }

    /** Set-InboundConnector on the Exchange Online side. */
    public InboundConnector setInboundConnector(UnaryOperator<InboundConnector> change) {
        return inboundConnector.updateAndGet(change);
    }

    /** Set-ReceiveConnector on the connector named {@code name}; its binding follows (section 18). */
    public ReceiveConnector setReceiveConnector(String name, UnaryOperator<ReceiveConnector> change) {
        return frontend(name)
                .orElseThrow(() -> new IllegalArgumentException("no Receive connector " + name))
                .change(change);
    }

    /** Set-OutboundConnector on the Exchange Online side. */
    public OutboundConnector setOutboundConnector(UnaryOperator<OutboundConnector> change) {
        return outboundConnector.updateAndGet(change);
    }

    /** Get-TransportConfig of the on-premises ({@code cloudSide} false) or cloud organization. */
    public TransportConfig transportConfig(boolean cloudSide) {
        return (cloudSide ? cloudConfig : onPremisesConfig).get();
    }

    /** Set-TransportConfig of one side. */
    public TransportConfig setTransportConfig(boolean cloudSide, UnaryOperator<TransportConfig> change) {
        return (cloudSide ? cloudConfig : onPremisesConfig).updateAndGet(change);
    }

    /** The faults of the mail path (set-fault), asked at every hop. */
    public void faults(MailFaults value) {
        this.faults = value == null ? MailFaults.NONE : value;
    }

    /** The connector cmdlets of one side (docs/PROTOCOL.md section 18). */
    public MailAdministration administration(boolean cloudSide) {
        return new MailAdministration(this, cloudSide);
    }

    MailFaults faults() {
        return faults;
    }

    Optional<FrontendListener> frontend(String name) {
        return frontends.stream()
                .filter(f -> f.connector().name().equalsIgnoreCase(name))
                .findFirst();
    }

    /** The Receive connector the outbound connector's hop reaches (the first frontend). */
    FrontendListener firstFrontend() {
        return frontends.get(0);
    }

    SmtpCertificates certificates(boolean cloudSide) {
        return cloudSide ? cloudCertificates : onPremisesCertificates;
    }

    @Override
    public void close() {
        frontends.forEach(FrontendListener::close);
        endpoints.forEach(SmtpEndpoint::close);
        relays.close();
    }

    private static java.util.function.BiPredicate<String, String> passwords(OrganizationTransport side) {
        return (user, password) -> side.organization()
                .mailbox(user)
                .map(m -> m.password() != null && m.password().equals(password))
                .orElse(false);
    }
}
