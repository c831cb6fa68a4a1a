package io.fedemu.client.dns;

import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where DNS says a domain's SOAP Autodiscover is (docs/PROTOCOL.md section 22), in the order fedemu tries them: the
 * SRV record {@code _autodiscover._tcp.<domain>} (its target and port), then the A record {@code autodiscover.<domain>}
 * on HTTPS's port 443. The loopback port convention: every name the emulated DNS serves is 127.0.0.1, so a loopback
 * answer becomes {@code https://localhost:<port>} (the name every role's certificate carries, since Java's own
 * resolver cannot be pointed at the emulated DNS); any other address is used as it is.
 */
public final class AutodiscoverLocations {
    public static final String PATH = "/autodiscover/autodiscover.svc";
    public static final int HTTPS_PORT = 443;

    private AutodiscoverLocations() {}

    /** The Autodiscover URLs to try for {@code domain}, SRV first; empty when DNS knows neither record. */
    public static List<URI> of(String domain, DnsLookup dns) {
        List<URI> urls = new ArrayList<>();
        Optional<SrvRecord> srv = dns.srv("_autodiscover._tcp." + domain);
        srv.flatMap(record -> url(dns, record.target(), record.port())).ifPresent(urls::add);
        url(dns, "autodiscover." + domain, HTTPS_PORT)
                .filter(u -> !urls.contains(u))
                .ifPresent(urls::add);
        return urls;
    }

    private static Optional<URI> url(DnsLookup dns, String host, int port) {
        List<InetAddress> addresses = dns.a(host);
        if (addresses.isEmpty()) {
            return Optional.empty();
        }
        InetAddress address = addresses.get(0);
        String authority = address.isLoopbackAddress() ? "localhost" : address.getHostAddress();
        return Optional.of(URI.create("https://" + authority + ":" + port + PATH));
    }
}
