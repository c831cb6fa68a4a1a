package io.fedemu.tenant.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fedemu.certs.AdjustableClock;
import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.Credential;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tenant's copy of the gateway metadata: one fetch at a time, and a stale copy never makes a request wait. */
class GatewayMetadataCacheTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private final AdjustableClock clock = new AdjustableClock(Clock.fixed(T0, ZoneOffset.UTC));
    private final GatewayStub gateway = new GatewayStub();

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void concurrentFirstRequestsShareOneFetch() {
        gateway.publishes(key("one"));
        GatewayMetadataCache cache = new GatewayMetadataCache(gateway.client(), clock);

        List<CompletableFuture<GatewayMetadataCache.Snapshot>> callers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            callers.add(CompletableFuture.supplyAsync(cache::current));
        }
        callers.forEach(CompletableFuture::join);

        assertThat(callers.stream().map(CompletableFuture::join).distinct()).hasSize(1);
        assertThat(gateway.metadataRequests()).isEqualTo(1);
    }

    @Test
    void aStaleCopyKeepsServingWhileOneBackgroundFetchReplacesIt() {
        Credential first = key("first");
        gateway.publishes(first);
        GatewayMetadataCache cache = new GatewayMetadataCache(gateway.client(), clock);
        GatewayMetadataCache.Snapshot before = cache.current();
        Credential second = key("second");
        gateway.publishes(second);

        clock.setOffset(Duration.ofDays(366)); // past the stub's refresh interval of a year
        GatewayMetadataCache.Snapshot during = cache.current();

        assertThat(during).as("answered from the stale copy, not after a fetch").isSameAs(before);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> cache.cached()
                        .orElseThrow()
                        .byThumbprint(second.thumbprint())
                        .isPresent());
        assertThat(cache.current().byThumbprint(first.thumbprint())).isEmpty();
        assertThat(gateway.metadataRequests()).isEqualTo(2);
    }

    @Test
    void anExplicitRefreshFetchesNow() {
        gateway.publishes(key("first"));
        GatewayMetadataCache cache = new GatewayMetadataCache(gateway.client(), clock);
        cache.current();
        Credential second = key("second");
        gateway.publishes(second);

        assertThat(cache.refresh().byThumbprint(second.thumbprint())).isPresent();
        assertThat(cache.current().byThumbprint(second.thumbprint())).isPresent();
    }

    private static Credential key(String name) {
        return CertificateAuthority.create(Clock.systemUTC()).issueTokenSigning(name);
    }
}
