package io.fedemu.tenant.transport;

import io.fedemu.protocol.reason.Reason;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The internet between organizations as mail sees it: the MX records ({@link MailExchangers}) and where each mail
 * host listens. On one machine every host is 127.0.0.1 on a port of its own, so a host name resolves to the loopback
 * port of the connector that announced it, and a name nobody announced does not exist.
 */
public final class InternetMail {
    private final MailExchangers mailExchangers;
    private final Map<String, Integer> hosts = new ConcurrentHashMap<>();

    public InternetMail(MailExchangers mailExchangers) {
        this.mailExchangers = mailExchangers;
    }

    /** No MX records and no hosts: an organization that only talks to its hybrid partner. */
    public static InternetMail none() {
        return new InternetMail(domain -> List.of());
    }

    public MailExchangers mailExchangers() {
        return mailExchangers;
    }

    /** {@code host} now resolves to the connector listening on {@code port}. */
    public void register(String host, int port) {
        hosts.put(host.toLowerCase(Locale.ROOT), port);
    }

    /** The loopback port {@code host} resolves to, if any connector announced it. */
    public Optional<Integer> port(String host) {
        return Optional.ofNullable(hosts.get(host.toLowerCase(Locale.ROOT)));
    }

    /** Every announced host and its port, sorted by host. */
    public Map<String, Integer> hosts() {
        return new TreeMap<>(hosts);
    }

    /** The domains among {@code domains} whose first MX host resolves to {@code port}: where their mail enters. */
    public List<String> mxDomainsAt(int port, List<String> domains) {
        return domains.stream()
                .filter(d -> mailExchangers.lookup(d).stream()
                        .findFirst()
                        .flatMap(this::port)
                        .filter(p -> p == port)
                        .isPresent())
                .toList();
    }

    /**
     * How a sender reaches {@code domain} by MX: the first mail exchanger that resolves, with opportunistic TLS and
     * no certificate (nothing to attribute the sender by), or a relay that refuses before connecting when the domain
     * has no MX or its hosts do not exist.
     *
     * @param connector the sending connector's name
     * @param ehloName the name the sending host announces
     */
    Relay relay(String domain, String connector, String ehloName) {
        for (String host : mailExchangers.lookup(domain)) {
            Optional<Integer> port = port(host);
            if (port.isPresent()) {
                SmartHostClient.Hop hop =
                        new SmartHostClient.Hop(port.get(), ehloName, false, TlsAuthLevel.ENCRYPTION_ONLY, null, null);
                return new Relay(connector, hop, false, null);
            }
        }
        SmartHostClient.Hop nowhere =
                new SmartHostClient.Hop(0, ehloName, false, TlsAuthLevel.ENCRYPTION_ONLY, null, null);
        return new Relay(connector, nowhere, false, Reason.MAIL_MX_HOST_NOT_FOUND);
    }
}
