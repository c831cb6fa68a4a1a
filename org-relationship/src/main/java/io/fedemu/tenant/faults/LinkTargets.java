package io.fedemu.tenant.faults;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names a link fault may use for its target: {@code gateway} and the organizations the emulator
 * knows, each with the base URL it listens on; or any absolute http(s) URL.
 */
public record LinkTargets(Map<String, URI> named) {
    public static final LinkTargets NONE = new LinkTargets(Map.of());

    public LinkTargets {
        named = Map.copyOf(named);
    }

    public Optional<URI> resolve(String to) {
        if (to == null || to.isBlank()) {
            return Optional.empty();
        }
        for (Map.Entry<String, URI> entry : named.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(to.trim())) {
                return Optional.of(entry.getValue());
            }
        }
        try {
            URI uri = URI.create(to.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && uri.getPort() > 0
                    ? Optional.of(uri)
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
