package io.fedemu.tenant;

import io.fedemu.certs.TrustBundles;
import io.fedemu.client.autodiscover.AutodiscoverClient;
import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.client.http.LinkRouter;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.tenant.crosspremises.FederatedAvailability;
import io.fedemu.tenant.crosspremises.PartnerHosts;
import io.fedemu.tenant.crosspremises.UnfederatedAvailability;
import io.fedemu.tenant.ews.CrossPremisesAvailability;
import io.fedemu.tenant.federation.AutodiscoverPartnerDiscovery;
import io.fedemu.tenant.federation.PartnerDiscovery;
import io.fedemu.tenant.mailtips.FederatedMailTips;
import io.fedemu.tenant.mailtips.LocalMailTips;
import io.fedemu.tenant.mailtips.MailTipsService;
import io.fedemu.tenant.relationship.RelationshipStore;
import io.fedemu.tenant.transport.tracking.FederatedDeliveryReports;
import io.fedemu.tenant.transport.tracking.PartnerDeliveryReports;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;

/**
 * The parts of a tenant that change when it federates: who answers for partners' mailboxes (free/busy, MailTips,
 * delivery reports) and the federated half itself. A tenant federated at start is switched on before it serves; one
 * started without a trust (issue 17's blank organization) serves the unfederated answers until New-FederationTrust
 * switches it on while it runs. Callers hold the switch, not a snapshot, so the next request sees the change.
 */
final class FederationSwitch implements AutoCloseable {
    private final TenantDefinition definition;
    private final Journal journal;
    private final RelationshipStore relationships;
    private final PartnerHosts partnerHosts;
    private final LocalMailTips localMailTips;
    private final LinkRouter links;
    private final SSLContext trust;
    private final Duration partnerBudget;
    private final AtomicReference<Tenant.Federation> federation = new AtomicReference<>();
    private final AtomicReference<CrossPremisesAvailability> crossPremises;
    private final AtomicReference<MailTipsService.RemoteMailTips> remoteMailTips;
    private final AtomicReference<PartnerDeliveryReports> partnerReports =
            new AtomicReference<>(PartnerDeliveryReports.UNFEDERATED);
    private ExecutorService partnerCalls;
    private org.apache.cxf.Bus clientBus;

    FederationSwitch(
            TenantDefinition definition,
            Journal journal,
            RelationshipStore relationships,
            PartnerHosts partnerHosts,
            LocalMailTips localMailTips,
            LinkRouter links,
            io.fedemu.certs.CertificateStore certificates,
            Duration partnerBudget) {
        this.definition = definition;
        this.journal = journal;
        this.relationships = relationships;
        this.partnerHosts = partnerHosts;
        this.localMailTips = localMailTips;
        this.links = links;
        this.trust = TrustBundles.clientContext(certificates.trustBundle());
        this.partnerBudget = partnerBudget;
        this.crossPremises =
                new AtomicReference<>(new UnfederatedAvailability(definition.name(), relationships, journal));
        this.remoteMailTips = new AtomicReference<>(MailTipsService.unfederated(localMailTips));
    }

    /** The federated half, or null while the organization has no federation trust. */
    Tenant.Federation federation() {
        return federation.get();
    }

    /** Free/busy for partners' mailboxes, as the organization answers it now. */
    CrossPremisesAvailability crossPremises() {
        return (targets, request, requester, requestId) ->
                crossPremises.get().answer(targets, request, requester, requestId);
    }

    /** MailTips for partners' recipients, as the organization answers them now. */
    MailTipsService.RemoteMailTips remoteMailTips() {
        return (recipients, names, requested, sender, requestId) ->
                remoteMailTips.get().answer(recipients, names, requested, sender, requestId);
    }

    /** Delivery reports followed into partners, as the organization follows them now. */
    PartnerDeliveryReports partnerReports() {
        return (relationship, sender, messageId, target, requestId) ->
                partnerReports.get().follow(relationship, sender, messageId, target, requestId);
    }

    /**
     * From now on the organization federates through {@code value}: partners' mailboxes are asked with delegation
     * tokens, on a bounded pool of partner calls.
     */
    synchronized void switchOn(Tenant.Federation value) {
        if (federation.get() != null) {
            throw new IllegalStateException(definition.name() + " federates already");
        }
        // Bounded: a burst of cross-boundary requests queues a little, then is refused with PARTNER_CALLS_BUSY
        // rather than growing threads without limit (each holds a connection to a partner).
        ThreadPoolExecutor bounded = new ThreadPoolExecutor(
                Tenant.PARTNER_CALL_THREADS,
                Tenant.PARTNER_CALL_THREADS,
                30,
                java.util.concurrent.TimeUnit.SECONDS,
                new java.util.concurrent.ArrayBlockingQueue<>(Tenant.PARTNER_CALL_QUEUE),
                daemon(definition.name() + "-partner-call"));
        bounded.allowCoreThreadTimeOut(true);
        partnerCalls = bounded;
        clientBus = org.apache.cxf.BusFactory.newInstance().createBus();
        Map<URI, AvailabilityClient> clients = new ConcurrentHashMap<>();
        org.apache.cxf.Bus bus = clientBus;
        Duration callTimeout =
                partnerBudget.minusMillis(500).isNegative() ? partnerBudget : partnerBudget.minusMillis(500);
        Map<URI, AutodiscoverClient> autodiscover = new ConcurrentHashMap<>();
        PartnerDiscovery discovery = new AutodiscoverPartnerDiscovery(
                url -> autodiscover.computeIfAbsent(links.route(url), u -> new AutodiscoverClient(u, trust, bus)),
                value.tokens(),
                journal,
                definition.name());
        java.util.function.Function<URI, AvailabilityClient> availability = url ->
                clients.computeIfAbsent(links.route(url), u -> new AvailabilityClient(bus, u, trust, callTimeout));
        crossPremises.set(new FederatedAvailability(
                definition.name(),
                relationships,
                value.tokens(),
                discovery,
                availability,
                journal,
                partnerCalls,
                partnerBudget,
                partnerHosts));
        remoteMailTips.set(new FederatedMailTips(
                definition.name(),
                relationships,
                value.tokens(),
                discovery,
                availability,
                partnerHosts,
                localMailTips,
                journal)::answer);
        partnerReports.set(new FederatedDeliveryReports(
                definition.name(), value.tokens(), discovery, availability, partnerHosts, journal));
        federation.set(value);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public synchronized void close() {
        if (partnerCalls != null) {
            partnerCalls.shutdownNow();
        }
        if (clientBus != null) {
            clientBus.shutdown(false);
        }
    }
}
