package io.fedemu.gateway.settings;

import io.fedemu.protocol.gateway.GatewayPaths;
import io.fedemu.protocol.gateway.Offer;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the gateway behaves. {@code externalUrl} is where clients reach it: the issuer and every URL
 * it publishes derive from it, never from the Host header of a request, so they stay the same
 * whatever name a client used.
 *
 * @param clockSkew          tolerance on lifetimes of assertions and subject tokens
 * @param assertionMaxLifetime longest an assertion may still be valid when presented; bounds the replay cache
 * @param certificateOverlap how long after a publish the organization's previous certificate still authenticates
 */
public record GatewaySettings(
        URI externalUrl,
        Map<Offer, Duration> tokenLifetimes,
        Duration clockSkew,
        Duration assertionMaxLifetime,
        Duration certificateOverlap,
        Duration metadataRefreshInterval,
        int replayCacheCapacity) {

    public static final Duration DEFAULT_FREE_BUSY_LIFETIME = Duration.ofMinutes(15);
    public static final Duration DEFAULT_AUTODISCOVER_LIFETIME = Duration.ofHours(8);

    public GatewaySettings {
        Objects.requireNonNull(externalUrl, "externalUrl");
        String text = externalUrl.toString();
        externalUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        tokenLifetimes = Map.copyOf(tokenLifetimes);
    }

    /** Minutes for free/busy and the other per-request offers, hours for Autodiscover (issue 3). */
    public static GatewaySettings defaults(URI externalUrl) {
        Map<Offer, Duration> lifetimes = new EnumMap<>(Offer.class);
        for (Offer offer : Offer.values()) {
            lifetimes.put(offer, DEFAULT_FREE_BUSY_LIFETIME);
        }
        lifetimes.put(Offer.AUTODISCOVER, DEFAULT_AUTODISCOVER_LIFETIME);
        return new GatewaySettings(
                externalUrl,
                lifetimes,
                Duration.ofMinutes(5),
                Duration.ofMinutes(10),
                Duration.ofHours(24),
                Duration.ofHours(24),
                200_000);
    }

    public Duration lifetime(Offer offer) {
        return tokenLifetimes.getOrDefault(offer, DEFAULT_FREE_BUSY_LIFETIME);
    }

    /** The token issuer URI: the {@code iss} of every token and the {@code issuer} of discovery. */
    public String issuer() {
        return externalUrl.toString();
    }

    public URI tokenEndpoint() {
        return URI.create(issuer() + GatewayPaths.TOKEN);
    }
}
