package io.fedemu.tenant.faults;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Which server a URL reaches, for matching an outbound call to a link fault. Loopback names are one:
 * relationships say {@code localhost} while Autodiscover answers {@code 127.0.0.1}, and both are the same
 * partner on the same port.
 */
record LinkAuthority(String host, int port) {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    static LinkAuthority of(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return new LinkAuthority(LOOPBACK.contains(host) ? "loopback" : host, port);
    }
}
