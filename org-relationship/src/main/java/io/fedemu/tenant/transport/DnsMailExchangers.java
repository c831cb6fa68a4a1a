package io.fedemu.tenant.transport;

import io.fedemu.client.dns.DnsLookup;
import io.fedemu.client.dns.MxRecord;
import java.util.List;

/**
 * MX records as the emulated DNS server answers them (docs/PROTOCOL.md section 22): every sender asks it, at each
 * message, so a record removed or added through the admin API counts for the next one. The DNS gives host names
 * only; where a host listens stays with {@link InternetMail}, because every mail host is 127.0.0.1 on a port of its
 * own (the loopback port convention).
 */
public final class DnsMailExchangers implements MailExchangers {
    private final DnsLookup dns;

    public DnsMailExchangers(DnsLookup dns) {
        this.dns = dns;
    }

    @Override
    public List<String> lookup(String domain) {
        return dns.mx(domain).stream().map(MxRecord::host).toList();
    }
}
