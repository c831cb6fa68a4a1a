package io.fedemu.tenant.addressspace;

import io.fedemu.protocol.tenant.AvailabilityAddressSpace;
import io.fedemu.tenant.servers.ExchangeProduct;
import io.fedemu.tenant.servers.ExchangeServer;
import io.fedemu.tenant.servers.ServerRole;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an availability address space must be before an Exchange 2007 server uses it, the same for a scenario (at
 * the field's line) and for the admin API. Exchange takes more access methods; fedemu emulates the one 2007
 * coexistence in a hybrid needs: InternalProxy with the service account to an Exchange 2013 Client Access server.
 */
public final class AddressSpaceRules {
    /** {@code server:EX2013-01/ews}: that server's own EWS URL, looked up at each request (its port is a run's). */
    public static final Pattern SERVER_EWS = Pattern.compile("server:([^/]+)/ews");

    private static final Pattern DOMAIN =
            Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final List<String> OTHER_ACCESS_METHODS =
            List.of("PerUserFB", "OrgWideFB", "OrgWideFBToken", "OrgWideFBBasic", "PublicFolder");

    /** What is wrong, and with which field of the address space. */
    public record Problem(String field, String message) {
        public String text() {
            return field + ": " + message;
        }
    }

    private AddressSpaceRules() {}

    /**
     * The first problem of {@code space} for an organization with {@code acceptedDomains} and {@code servers}, or
     * empty. A {@code proxyUrl} written as a URL is taken as written here; whether it is a Client Access server of
     * the organization is asked when a request uses it.
     *
     * @param onPremises false for Exchange Online, whose servers are Microsoft's: nothing there proxies to yours
     */
    public static Optional<Problem> problem(
            AvailabilityAddressSpace space,
            boolean onPremises,
            List<String> acceptedDomains,
            List<ExchangeServer> servers) {
        if (!onPremises) {
            return problem(
                    "accessMethod",
                    "InternalProxy sends requests to a Client Access server of the organization: only an on-premises"
                            + " organization has availability address spaces");
        }
        if (space.forestName() == null || space.forestName().isEmpty()) {
            return problem("forestName", "is required: the domain the address space covers");
        }
        if (!DOMAIN.matcher(space.forestName()).matches()) {
            return problem("forestName", "'" + space.forestName() + "' is not a DNS name");
        }
        if (acceptedDomains.stream().anyMatch(domain -> domain.equalsIgnoreCase(space.forestName()))) {
            return problem(
                    "forestName",
                    space.forestName()
                            + " is an accepted domain of this organization: its mailboxes are answered here");
        }
        if (space.accessMethod() == null) {
            return problem("accessMethod", "is required: " + AvailabilityAddressSpace.INTERNAL_PROXY);
        }
        if (!AvailabilityAddressSpace.INTERNAL_PROXY.equalsIgnoreCase(space.accessMethod())) {
            boolean exchanges = OTHER_ACCESS_METHODS.stream().anyMatch(m -> m.equalsIgnoreCase(space.accessMethod()));
            return problem(
                    "accessMethod",
                    exchanges
                            ? space.accessMethod() + " asks another forest's availability service, which fedemu does"
                                    + " not emulate: only InternalProxy (an Exchange 2013 Client Access server of"
                                    + " the organization asks on the 2007 user's behalf)"
                            : "must be InternalProxy, not '" + space.accessMethod() + "'");
        }
        if (!space.useServiceAccount()) {
            return problem(
                    "useServiceAccount",
                    "must be true: fedemu's InternalProxy proxies as the server's service account (Exchange's"
                            + " -Credentials for an address space is not emulated)");
        }
        return proxyUrlProblem(space.proxyUrl(), servers);
    }

    /** InternalProxy needs the EWS URL of an Exchange 2013 Client Access server of the organization. */
    private static Optional<Problem> proxyUrlProblem(String proxyUrl, List<ExchangeServer> servers) {
        if (proxyUrl == null || proxyUrl.isEmpty()) {
            return problem(
                    "proxyUrl",
                    "is required for InternalProxy: server:NAME/ews (an Exchange 2013 Client Access server) or its"
                            + " EWS URL");
        }
        Matcher named = SERVER_EWS.matcher(proxyUrl);
        if (named.matches()) {
            Optional<ExchangeServer> server =
                    servers.stream().filter(s -> s.named(named.group(1))).findFirst();
            if (server.isEmpty()) {
                return problem(
                        "proxyUrl",
                        "names server " + named.group(1) + ", which is not a server of this organization "
                                + servers.stream().map(ExchangeServer::name).toList());
            }
            if (!server.get().has(ServerRole.CLIENT_ACCESS)
                    || server.get().product() != ExchangeProduct.EXCHANGE_2013) {
                return problem(
                        "proxyUrl",
                        server.get().name() + " is no Exchange 2013 Client Access server: only a 2013 server makes"
                                + " the federated call a 2007 server cannot");
            }
            return Optional.empty();
        }
        if (!isHttpUrl(proxyUrl)) {
            return problem("proxyUrl", "must be server:NAME/ews or an http(s) URL, not '" + shortened(proxyUrl) + "'");
        }
        return Optional.empty();
    }

    private static Optional<Problem> problem(String field, String message) {
        return Optional.of(new Problem(field, message));
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return ("https".equals(scheme) || "http".equals(scheme)) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String shortened(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100) + "...";
    }
}
