package io.fedemu.tenant.transport;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * MX records held in memory: one mail exchanger per domain (one MX per domain is what Microsoft recommends for a
 * hybrid), changeable while it runs; for tests of transport without the emulated DNS server, which a running
 * scenario asks instead ({@link DnsMailExchangers}).
 */
public final class MailExchangerRecords implements MailExchangers {
    private final Map<String, String> records = new ConcurrentHashMap<>();

    /** Publishes (or replaces) {@code domain}'s MX record naming {@code host}. */
    public void set(String domain, String host) {
        records.put(key(domain), key(host));
    }

    /** Withdraws {@code domain}'s MX record. */
    public void remove(String domain) {
        records.remove(key(domain));
    }

    @Override
    public List<String> lookup(String domain) {
        String host = records.get(key(domain));
        return host == null ? List.of() : List.of(host);
    }

    /** Every record, domain to host, sorted by domain. */
    public Map<String, String> records() {
        return new TreeMap<>(records);
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
