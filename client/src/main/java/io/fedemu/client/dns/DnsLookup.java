package io.fedemu.client.dns;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * A resolver that asks one DNS server, the emulated one (docs/PROTOCOL.md section 22), with dnsjava: Java's own
 * resolver cannot be pointed at a server of our choosing. It keeps no cache, so every call sees the records as they
 * are now (a record added or removed through the admin API counts at once). A name that does not exist, has no
 * record of the type, or lies outside the server's zones (REFUSED) has no records; a server that does not answer
 * is a {@link DnsLookupException}. CNAMEs in an answer are followed as the server gave them.
 */
public final class DnsLookup {
    /** Loopback answers in microseconds; a lost UDP packet is retried once within this. */
    public static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final InetSocketAddress server;

    public DnsLookup(InetSocketAddress server) {
        this.server = server;
    }

    public InetSocketAddress server() {
        return server;
    }

    /** The texts of {@code name}'s TXT records, each record's strings joined (as SPF and domain proofs read them). */
    public List<String> txt(String name) {
        return query(name, Type.TXT).stream()
                .filter(TXTRecord.class::isInstance)
                .map(r -> String.join("", ((TXTRecord) r).getStrings()))
                .toList();
    }

    /** {@code domain}'s mail exchangers, most preferred (lowest preference) first. */
    public List<MxRecord> mx(String domain) {
        return query(domain, Type.MX).stream()
                .filter(MXRecord.class::isInstance)
                .map(r -> new MxRecord(((MXRecord) r).getPriority(), text(((MXRecord) r).getTarget())))
                .sorted(Comparator.comparingInt(MxRecord::preference).thenComparing(MxRecord::host))
                .toList();
    }

    /** The SRV record to use for {@code name}: lowest priority, then highest weight (no random choice: tests repeat). */
    public Optional<SrvRecord> srv(String name) {
        return query(name, Type.SRV).stream()
                .filter(SRVRecord.class::isInstance)
                .map(r -> (SRVRecord) r)
                .map(r -> new SrvRecord(r.getPriority(), r.getWeight(), r.getPort(), text(r.getTarget())))
                .min(Comparator.comparingInt(SrvRecord::priority)
                        .thenComparing(
                                Comparator.comparingInt(SrvRecord::weight).reversed()));
    }

    /** {@code name}'s IPv4 addresses, through its CNAMEs. */
    public List<InetAddress> a(String name) {
        return query(name, Type.A).stream()
                .filter(ARecord.class::isInstance)
                .map(r -> ((ARecord) r).getAddress())
                .toList();
    }

    /** The answer section of one query for {@code name} and {@code type}; empty for no data. */
    public List<Record> query(String name, int type) {
        Name owner;
        try {
            owner = Name.fromString(name.endsWith(".") ? name : name + ".");
        } catch (TextParseException e) {
            return List.of();
        }
        SimpleResolver resolver = new SimpleResolver(server);
        resolver.setTimeout(TIMEOUT);
        Message answer;
        try {
            answer = resolver.send(Message.newQuery(Record.newRecord(owner, type, DClass.IN)));
        } catch (IOException e) {
            throw new DnsLookupException("the DNS server at " + server + " did not answer for " + name, e);
        }
        int rcode = answer.getRcode();
        if (rcode == Rcode.SERVFAIL) {
            throw new DnsLookupException("the DNS server at " + server + " failed for " + name, null);
        }
        if (rcode != Rcode.NOERROR) {
            return List.of(); // NXDOMAIN, or REFUSED for a name outside its zones
        }
        return new ArrayList<>(answer.getSection(Section.ANSWER));
    }

    private static String text(Name name) {
        return name.toString(true).toLowerCase(Locale.ROOT);
    }
}
