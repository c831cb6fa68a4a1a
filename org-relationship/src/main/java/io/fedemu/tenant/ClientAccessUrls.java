package io.fedemu.tenant;

import io.fedemu.tenant.addressspace.AddressSpaceRules;
import io.fedemu.tenant.addressspace.ProxyUrls;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The organization's own Exchange 2013 Client Access servers as an availability address space's ProxyUrl may name
 * them: {@code server:NAME/ews}, or a URL of one of them or of the namespace (the 2013 EWS InternalUrl, which
 * differs from the 2007 server's). Anything else is refused: the 2007 server proxies with the organization's
 * server credentials, which leave the organization for no one.
 */
final class ClientAccessUrls implements ProxyUrls {
    private final String organization;
    private final URI namespace;
    private final Map<String, URI> frontEnds;
    private final Set<String> hosts;
    private final java.util.function.Predicate<String> down;

    /**
     * @param frontEnds each Exchange 2013 Client Access server's own address, by name
     * @param hosts     the host names this organization's servers answer to (lower case)
     * @param down      whether the server of that name is down now
     */
    ClientAccessUrls(
            String organization,
            URI namespace,
            Map<String, URI> frontEnds,
            Set<String> hosts,
            java.util.function.Predicate<String> down) {
        this.organization = organization;
        this.namespace = namespace;
        this.frontEnds = Map.copyOf(frontEnds);
        this.hosts = Set.copyOf(hosts);
        this.down = down;
    }

    @Override
    public Target resolve(String proxyUrl) {
        Matcher named = AddressSpaceRules.SERVER_EWS.matcher(proxyUrl == null ? "" : proxyUrl);
        if (named.matches()) {
            return frontEnds.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(named.group(1)))
                    .findFirst()
                    .map(entry -> frontEnd(entry.getKey(), entry.getValue()))
                    .orElseGet(() -> Target.refused(
                            named.group(1) + " is no Exchange 2013 Client Access server of " + organization));
        }
        URI written;
        try {
            written = URI.create(proxyUrl == null ? "" : proxyUrl.trim());
        } catch (IllegalArgumentException e) {
            return Target.refused("not a URL");
        }
        String host = written.getHost() == null ? "" : written.getHost().toLowerCase(Locale.ROOT);
        int port = written.getPort() >= 0 ? written.getPort() : "http".equalsIgnoreCase(written.getScheme()) ? 80 : 443;
        if (hosts.contains(host)) {
            if (port == namespace.getPort()) {
                return Target.of(ews(namespace));
            }
            for (Map.Entry<String, URI> frontEnd : frontEnds.entrySet()) {
                if (port == frontEnd.getValue().getPort()) {
                    return frontEnd(frontEnd.getKey(), frontEnd.getValue());
                }
            }
        }
        return Target.refused("names neither the namespace nor an Exchange 2013 Client Access server of " + organization
                + "; a 2007 server proxies as its service account only to its own organization's servers");
    }

    private Target frontEnd(String name, URI address) {
        return down.test(name) ? Target.ofDown(ews(address)) : Target.of(ews(address));
    }

    private static URI ews(URI base) {
        return URI.create(base + Tenant.EWS_PATH);
    }
}
