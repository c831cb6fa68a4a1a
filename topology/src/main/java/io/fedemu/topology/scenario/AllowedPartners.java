package io.fedemu.topology.scenario;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * An organization's {@code allowedPartners} entry: the URL of a partner outside the scenario (a real Exchange, a
 * stub) that it may call. Only its host and port count (PartnerHosts compares those), so a pasted EWS or
 * Autodiscover URL works as well as a bare {@code https://host:port}.
 */
final class AllowedPartners {
    private AllowedPartners() {}

    /** What is wrong with {@code url} as an entry, or empty when it is an absolute http(s) URL with a host. */
    static Optional<String> problem(String url) {
        String example = "an absolute http or https URL with a host, such as https://mail.fabrikam.example:8443";
        if (url == null || url.isBlank()) {
            return Optional.of("must be " + example);
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return Optional.of("must be " + example + ", not '" + url + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("must be " + example + ", not '" + url + "'");
        }
        if (uri.getHost() == null) {
            // URI parses a port it cannot read (https://host:port) as a registry authority without a host.
            return Optional.of("'" + url + "' names no host (or a port that is not a number): write " + example);
        }
        if (uri.getRawUserInfo() != null) {
            // Only host and port are compared; a password written here would only be a secret in a file (and in
            // this message, were it quoted).
            return Optional.of("carries user information (a name or password before '@'); write only the scheme, "
                    + "host and port");
        }
        return Optional.empty();
    }

    /** Host and port, with the scheme's default port, lower case: two entries for one partner are one. */
    static String authority(String url) {
        URI uri = URI.create(url.trim());
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("http") ? 80 : 443;
        return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }
}
