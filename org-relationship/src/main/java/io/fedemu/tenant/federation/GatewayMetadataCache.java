package io.fedemu.tenant.federation;

import io.fedemu.client.gateway.GatewayClient;
import io.fedemu.protocol.gateway.GatewayMetadata;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tenant's copy of the gateway's federation metadata: issuer and signing certificates, current
 * and previous. Refreshed when older than the gateway's refresh interval, or on demand
 * (Set-FederationTrust -RefreshMetadata). Deliberately never refreshed because a token names an
 * unknown key: a stale copy after a gateway key rotation is the classic break trainers show.
 */
public final class GatewayMetadataCache {
    private final GatewayClient gateway;
    private final Clock clock;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<Snapshot>> inFlight = new AtomicReference<>();

    /** What was fetched and when. */
    public record Snapshot(GatewayMetadata metadata, List<X509Certificate> signingCertificates, Instant fetchedAt) {
        public Optional<X509Certificate> byThumbprint(String kid) {
            return signingCertificates.stream()
                    .filter(certificate ->
                            io.fedemu.certs.Thumbprints.sha1(certificate).equalsIgnoreCase(kid))
                    .findFirst();
        }
    }

    public GatewayMetadataCache(GatewayClient gateway, Clock clock) {
        this.gateway = gateway;
        this.clock = clock;
    }

    /**
     * The cached copy; fetched first if there is none. One older than its refresh interval is still returned,
     * and a background fetch replaces it.
     */
    public Snapshot current() {
        Snapshot cached = snapshot.get();
        if (cached == null) {
            return refresh();
        }
        if (clock.instant()
                .isAfter(cached.fetchedAt()
                        .plus(Duration.ofSeconds(cached.metadata().refreshIntervalSeconds())))) {
            refreshInBackground();
        }
        return cached;
    }

    /** The cached copy without fetching, if any: what diagnostics compare with the gateway's. */
    public Optional<Snapshot> cached() {
        return Optional.ofNullable(snapshot.get());
    }

    /** Fetches now (or joins the fetch under way) and returns what it fetched. */
    public Snapshot refresh() {
        try {
            return flight().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void refreshInBackground() {
        if (inFlight.get() == null) {
            CompletableFuture.runAsync(() -> {
                try {
                    flight().join();
                } catch (RuntimeException e) {
                    // The stale copy keeps serving; the next request past the interval tries again.
                }
            });
        }
    }

    /** The fetch under way, or a new one run on this thread: never two at once. */
    private CompletableFuture<Snapshot> flight() {
        CompletableFuture<Snapshot> mine = new CompletableFuture<>();
        CompletableFuture<Snapshot> running = inFlight.compareAndExchange(null, mine);
        if (running != null) {
            return running;
        }
        try {
            mine.complete(fetch());
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
        } finally {
            inFlight.set(null);
        }
        return mine;
    }

    private Snapshot fetch() {
        GatewayMetadata metadata = gateway.metadata();
        List<X509Certificate> certificates = new ArrayList<>();
        certificates.add(certificate(metadata.tokenIssuerCertificate()));
        if (metadata.tokenIssuerPrevCertificate() != null) {
            certificates.add(certificate(metadata.tokenIssuerPrevCertificate()));
        }
        Snapshot fresh = new Snapshot(metadata, List.copyOf(certificates), clock.instant());
        snapshot.set(fresh);
        return fresh;
    }

    private static X509Certificate certificate(GatewayMetadata.SigningCertificate signing) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(
                            Base64.getDecoder().decode(signing.x5c().get(0))));
        } catch (CertificateException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "the gateway's metadata holds an unreadable certificate " + signing.kid(), e);
        }
    }
}
