package io.fedemu.dns;

import io.fedemu.protocol.dns.DnsRecordInfo;
import io.fedemu.protocol.reason.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.xbill.DNS.DClass;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Type;
import org.xbill.DNS.Zone;

/**
 * The zones the emulated DNS server is authoritative for, one per scenario domain, and their records, changeable
 * while it runs. dnsjava's {@link Zone} holds each (its lookups take a lock of their own, so the responder reads
 * while the admin API writes). Changes are serialized here; a change that is refused touches nothing. Records added
 * through the admin API are also kept in {@link AddedRecordsFile}, so they come back after a restart, while the
 * scenario's own records are made anew at each start.
 */
public final class DnsZones {
    /** The made-up name server every zone names in its SOA and NS records. */
    public static final String NAME_SERVER = "ns1.fedemu.invalid.";

    private final Map<Name, Zone> zones;
    private final AddedRecordsFile added;

    /**
     * @param origins the zones' apexes (each domain, and each host name outside every domain)
     * @param added   where records added through the admin API are kept; {@link AddedRecordsFile#NONE} for none
     */
    public DnsZones(Collection<String> origins, AddedRecordsFile added) {
        Map<Name, Zone> made = new TreeMap<>();
        for (String origin : new LinkedHashSet<>(origins)) {
            Name apex = RecordValues.name(origin, "zone");
            made.computeIfAbsent(apex, DnsZones::zone);
        }
        this.zones = Map.copyOf(made);
        this.added = added;
    }

    /** The records the admin API added before the last stop, put back (those whose zone still exists). */
    public synchronized void restoreAdded() {
        for (DnsRecordInfo info : added.load()) {
            try {
                Record record = RecordValues.toRecord(info);
                zoneOf(record.getName()).ifPresent(zone -> zone.addRecord(record));
            } catch (DnsRefusedException e) {
                // A file edited by hand: that record is skipped, the others served.
            }
        }
    }

    /** The apexes served, sorted. */
    public List<String> origins() {
        return zones.keySet().stream().sorted().map(RecordValues::text).toList();
    }

    /** The zone that holds {@code name}: the one with the longest apex it ends in. */
    public Optional<Zone> zoneOf(Name name) {
        Zone best = null;
        for (Map.Entry<Name, Zone> entry : zones.entrySet()) {
            if (name.subdomain(entry.getKey())
                    && (best == null
                            || entry.getKey().labels() > best.getOrigin().labels())) {
                best = entry.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** A scenario record: served until removed or the server stops, never written to the state directory. */
    public synchronized Record publish(DnsRecordInfo info) {
        return add(info, false);
    }

    /** Add-DnsServerResourceRecord through the admin API: kept in the state directory too. */
    public synchronized Record addAndKeep(DnsRecordInfo info) {
        return add(info, true);
    }

    private Record add(DnsRecordInfo info, boolean keep) {
        Record record = RecordValues.toRecord(info);
        Zone zone = require(record.getName(), info.name());
        checkCname(zone, record);
        if (keep) {
            List<DnsRecordInfo> kept = new ArrayList<>(added.load());
            DnsRecordInfo shown = RecordValues.toInfo(record);
            if (!kept.contains(shown)) {
                kept.add(shown);
                added.save(kept);
            }
        }
        zone.addRecord(record);
        return record;
    }

    /**
     * Remove-DnsServerResourceRecord: the records of {@code name} and {@code type}, only the one whose value
     * reads as {@code value} when given. Returns what was removed; {@code DNS_RECORD_NOT_FOUND} when nothing
     * matched.
     */
    public synchronized List<DnsRecordInfo> remove(String name, String type, String value) {
        Name owner = RecordValues.name(name, "name");
        String wanted = RecordValues.type(type);
        Zone zone = require(owner, name);
        Record valueRecord =
                value == null || value.isBlank() ? null : RecordValues.toRecord(new DnsRecordInfo(name, wanted, value));
        List<Record> matching = new ArrayList<>();
        RRset set = zone.findExactMatch(owner, Type.value(wanted));
        if (set != null) {
            for (Record record : set.rrs(false)) {
                if (valueRecord == null || record.rdataToString().equals(valueRecord.rdataToString())) {
                    matching.add(record);
                }
            }
        }
        if (matching.isEmpty()) {
            throw new DnsRefusedException(
                    Reason.DNS_RECORD_NOT_FOUND,
                    "no " + wanted + " record of " + RecordValues.text(owner)
                            + (valueRecord == null ? "" : " with value " + valueRecord.rdataToString()));
        }
        List<DnsRecordInfo> removed =
                matching.stream().map(RecordValues::toInfo).toList();
        List<DnsRecordInfo> kept = new ArrayList<>(added.load());
        if (kept.removeIf(k -> removed.stream().anyMatch(r -> same(k, r)))) {
            added.save(kept);
        }
        matching.forEach(zone::removeRecord);
        return removed;
    }

    /**
     * Get-DnsServerResourceRecord: every record (no SOA or NS), or those of {@code name} and/or {@code type}, sorted
     * by name and type.
     */
    public List<DnsRecordInfo> records(String name, String type) {
        Name owner = name == null || name.isBlank() ? null : RecordValues.name(name, "name");
        String wanted = type == null || type.isBlank() ? null : RecordValues.type(type);
        List<DnsRecordInfo> found = new ArrayList<>();
        for (Zone zone : zones.values()) {
            for (RRset set : zone) {
                int t = set.getType();
                if (t == Type.SOA || t == Type.NS) {
                    continue;
                }
                if ((owner == null || owner.equals(set.getName()))
                        && (wanted == null || wanted.equals(Type.string(t)))) {
                    set.rrs(false).forEach(r -> found.add(RecordValues.toInfo(r)));
                }
            }
        }
        found.sort(Comparator.comparing(DnsRecordInfo::name)
                .thenComparing(DnsRecordInfo::type)
                .thenComparing(DnsRecordInfo::value));
        return found;
    }

    Collection<Zone> zones() {
        return zones.values();
    }

    private Zone require(Name owner, String written) {
        return zoneOf(owner)
                .orElseThrow(() -> new DnsRefusedException(
                        Reason.DNS_NAME_OUTSIDE_ZONES,
                        "name " + RecordValues.shorten(written) + " is in none of the zones served: " + origins()));
    }

    /** RFC 1034 section 3.6.2: a CNAME and other data never share a name. */
    private static void checkCname(Zone zone, Record record) {
        Name owner = record.getName();
        boolean hasCname = zone.findExactMatch(owner, Type.CNAME) != null;
        boolean hasOther = false;
        for (int type : new int[] {Type.A, Type.MX, Type.TXT, Type.SRV}) {
            hasOther |= zone.findExactMatch(owner, type) != null;
        }
        boolean apex = owner.equals(zone.getOrigin());
        if (record.getType() == Type.CNAME ? hasOther || apex || hasCname && !sameCname(zone, record) : hasCname) {
            throw new DnsRefusedException(
                    Reason.DNS_CNAME_CONFLICT,
                    "name " + RecordValues.text(owner)
                            + (record.getType() == Type.CNAME
                                    ? (apex
                                            ? " is a zone apex, which holds SOA and NS records"
                                            : " already has records")
                                    : " is a CNAME"));
        }
    }

    private static boolean sameCname(Zone zone, Record record) {
        RRset existing = zone.findExactMatch(record.getName(), Type.CNAME);
        return existing != null
                && existing.rrs(false).stream().anyMatch(r -> r.rdataToString().equals(record.rdataToString()));
    }

    private static boolean same(DnsRecordInfo a, DnsRecordInfo b) {
        return a.name().equals(b.name())
                && a.type().equals(b.type())
                && a.value().equals(b.value());
    }

    private static Zone zone(Name origin) {
        try {
            Name nameServer = Name.fromString(NAME_SERVER);
            Name admin = Name.fromString("hostmaster", origin);
            SOARecord soa = new SOARecord(origin, DClass.IN, 3600, nameServer, admin, 1, 3600, 600, 86_400, 60);
            NSRecord ns = new NSRecord(origin, DClass.IN, 3600, nameServer);
            return new Zone(origin, new Record[] {soa, ns});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the zone " + origin, e);
        }
    }
}
