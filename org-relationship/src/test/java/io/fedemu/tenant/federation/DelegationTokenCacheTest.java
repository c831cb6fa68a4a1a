package io.fedemu.tenant.federation;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.certs.AdjustableClock;
import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.Credential;
import io.fedemu.client.gateway.FederationAssertions;
import io.fedemu.protocol.gateway.Offer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the requesting side sees of its token cache: how often it asks the gateway, by its own clock. */
class DelegationTokenCacheTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final String FABRIKAM = "FYDIBOHF25SPDLT.fabrikam.com";
    private static final String TAILSPIN = "FYDIBOHF25SPDLT.tailspintoys.com";
    private static final Offer FREE_BUSY = Offer.SHARING_CALENDAR_FREE_BUSY;

    private static Credential contosoKey;

    private final AdjustableClock clock = new AdjustableClock(Clock.fixed(T0, ZoneOffset.UTC));
    private final GatewayStub gateway = new GatewayStub();

    @BeforeAll
    static void keys() {
        contosoKey = CertificateAuthority.selfSignedFederation("contoso", Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    private DelegationTokenCache cache(int maximumSize) {
        FederationAssertions assertions = new FederationAssertions(contosoKey, "FYDIBOHF25SPDLT.contoso.com", clock);
        return new DelegationTokenCache(gateway.client(), () -> assertions, clock, maximumSize);
    }

    @Test
    void aTokenIsReusedUntilTwoMinutesBeforeItExpiresThenAskedForAgain() {
        gateway.issues(FABRIKAM, "token-1", Duration.ofHours(1));
        DelegationTokenCache cache = cache(100);

        assertThat(cache.token("alice@contoso.com", "a", FABRIKAM, FREE_BUSY))
                .isEqualTo(new DelegationTokenCache.Token("token-1", false));
        assertThat(cache.token("ALICE@contoso.com", "a", FABRIKAM.toLowerCase(), FREE_BUSY))
                .as("the same user and partner, however spelled")
                .isEqualTo(new DelegationTokenCache.Token("token-1", true));

        clock.setOffset(Duration.ofMinutes(57).plusSeconds(59));
        assertThat(cache.token("alice@contoso.com", "a", FABRIKAM, FREE_BUSY).cached())
                .isTrue();
        assertThat(gateway.tokenRequests()).isEqualTo(1);

        clock.setOffset(Duration.ofMinutes(58));
        assertThat(cache.token("alice@contoso.com", "a", FABRIKAM, FREE_BUSY).cached())
                .as("renewed " + DelegationTokenCache.RENEW_BEFORE + " before expiry")
                .isFalse();
        assertThat(gateway.tokenRequests()).isEqualTo(2);
    }

    @Test
    void eachTokenIsKeptForItsOwnLifetime() {
        gateway.issues(FABRIKAM, "short", Duration.ofMinutes(10)).issues(TAILSPIN, "long", Duration.ofHours(8));
        DelegationTokenCache cache = cache(100);
        cache.token("alice@contoso.com", "a", FABRIKAM, FREE_BUSY);
        cache.token("alice@contoso.com", "a", TAILSPIN, FREE_BUSY);

        clock.setOffset(Duration.ofMinutes(30));

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.token("alice@contoso.com", "a", TAILSPIN, FREE_BUSY))
                .isEqualTo(new DelegationTokenCache.Token("long", true));
        assertThat(cache.token("alice@contoso.com", "a", FABRIKAM, FREE_BUSY))
                .isEqualTo(new DelegationTokenCache.Token("short", false));
        assertThat(gateway.tokenRequests()).isEqualTo(3);
    }

    @Test
    void aTokenTooShortLivedToRenewInTimeIsNeverReused() {
        gateway.issues(FABRIKAM, "brief", Duration.ofSeconds(90));
        DelegationTokenCache cache = cache(100);

        cache.token("alice@contoso.com", "a", FABRIKAM, FREE_BUSY);

        assertThat(cache.token("alice@contoso.com", "a", FABRIKAM, FREE_BUSY).cached())
                .isFalse();
        assertThat(gateway.tokenRequests()).isEqualTo(2);
    }

    @Test
    void theCacheHoldsAtMostItsBoundAndEveryoneStillGetsAToken() {
        gateway.issues(FABRIKAM, "token", Duration.ofHours(1));
        DelegationTokenCache cache = cache(3);

        for (int i = 0; i < 10; i++) {
            assertThat(cache.token("user" + i + "@contoso.com", "u" + i, FABRIKAM, FREE_BUSY)
                            .value())
                    .isEqualTo("token");
        }

        assertThat(cache.size()).isEqualTo(3);
        assertThat(gateway.tokenRequests()).isEqualTo(10);
    }

    @Test
    void aForgottenTokenIsAskedForAgain() {
        gateway.issues(FABRIKAM, "token", Duration.ofHours(1));
        DelegationTokenCache cache = cache(100);
        cache.token("alice@contoso.com", "a", FABRIKAM, FREE_BUSY);

        cache.forget("Alice@Contoso.com", FABRIKAM, FREE_BUSY);

        assertThat(cache.token("alice@contoso.com", "a", FABRIKAM, FREE_BUSY).cached())
                .isFalse();
        cache.clear();
        assertThat(cache.size()).isZero();
    }
}
