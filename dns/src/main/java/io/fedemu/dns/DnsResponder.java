package io.fedemu.dns;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Header;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SetResponse;
import org.xbill.DNS.Type;
import org.xbill.DNS.Zone;

/**
 * One query in, one answer out, as an authoritative-only server answers (RFC 1034 section 4.3.2, RFC 1035
 * section 4.1.1): names in its zones get their records (AA set), a name that does not exist NXDOMAIN and a name
 * without the type asked NOERROR with no answer, each with the zone's SOA as authority; a name outside every zone
 * is REFUSED (it recurses for nobody). A packet that is not a query it can read gets FORMERR when it has a header
 * to answer, and nothing otherwise; a response is never answered (no loops between servers).
 */
final class DnsResponder {
    /** RFC 1035 section 4.2.1: the UDP answer size without EDNS. */
    static final int CLASSIC_UDP_SIZE = 512;

    /** The EDNS payload size it offers and honours at most (the DNS flag day 2020 value). */
    static final int EDNS_UDP_SIZE = 1232;

    /** CNAMEs followed inside the zones before the chain is cut (a loop would go on forever). */
    private static final int MAX_CNAME_CHAIN = 8;

    private final DnsZones zones;

    DnsResponder(DnsZones zones) {
        this.zones = zones;
    }

    /**
     * The answer to {@code packet}, at most {@code maxLength} bytes for UDP (truncated with TC set when it does not
     * fit), or empty when nothing should be sent.
     *
     * @param udp over UDP the answer is cut to the asker's size; over TCP only to 65535
     */
    Optional<byte[]> answer(byte[] packet, int length, boolean udp) {
        if (length < Header.LENGTH) {
            return Optional.empty();
        }
        Message query;
        try {
            byte[] exact = length == packet.length ? packet : java.util.Arrays.copyOf(packet, length);
            query = new Message(exact);
        } catch (IOException | RuntimeException e) {
            return formatError(packet);
        }
        Header header = query.getHeader();
        if (header.getFlag(Flags.QR)) {
            return Optional.empty();
        }
        Message answer = new Message(header.getID());
        answer.getHeader().setFlag(Flags.QR);
        answer.getHeader().setOpcode(header.getOpcode());
        if (header.getFlag(Flags.RD)) {
            answer.getHeader().setFlag(Flags.RD);
        }
        OPTRecord opt = query.getOPT();
        int limit = udp ? CLASSIC_UDP_SIZE : Message.MAXLENGTH;
        if (opt != null) {
            answer.addRecord(new OPTRecord(EDNS_UDP_SIZE, 0, 0), Section.ADDITIONAL);
            if (udp) {
                limit = Math.max(CLASSIC_UDP_SIZE, Math.min(EDNS_UDP_SIZE, opt.getPayloadSize()));
            }
        }
        List<Record> questions = query.getSection(Section.QUESTION);
        if (header.getOpcode() != Opcode.QUERY) {
            answer.getHeader().setRcode(Rcode.NOTIMP);
        } else if (questions.size() != 1
                || !query.getSection(Section.ANSWER).isEmpty()
                || !query.getSection(Section.AUTHORITY).isEmpty()) {
            answer.getHeader().setRcode(Rcode.FORMERR);
        } else {
            Record question = questions.get(0);
            answer.addRecord(question, Section.QUESTION);
            resolve(question, answer);
        }
        return Optional.of(answer.toWire(limit));
    }

    private void resolve(Record question, Message answer) {
        Name name = question.getName();
        int type = question.getType();
        Optional<Zone> zone = question.getDClass() == DClass.IN ? zones.zoneOf(name) : Optional.empty();
        if (zone.isEmpty() || type == Type.AXFR || type == Type.IXFR) {
            // Not authoritative for it, and no zone transfers: a teaching lab's zones are read record by record.
            answer.getHeader().setRcode(Rcode.REFUSED);
            return;
        }
        answer.getHeader().setFlag(Flags.AA);
        Zone current = zone.get();
        for (int step = 0; step < MAX_CNAME_CHAIN; step++) {
            SetResponse found = current.findRecords(name, type);
            if (found.isSuccessful()) {
                for (RRset set : found.answers()) {
                    set.rrs(false).forEach(r -> answer.addRecord(r, Section.ANSWER));
                }
                return;
            }
            if (found.isCNAME()) {
                CNAMERecord cname = found.getCNAME();
                answer.addRecord(cname, Section.ANSWER);
                Optional<Zone> next = zones.zoneOf(cname.getTarget());
                if (next.isEmpty()) {
                    return; // the target lies outside: the asker resolves it elsewhere
                }
                name = cname.getTarget();
                current = next.get();
                continue;
            }
            if (found.isNXDOMAIN()) {
                answer.getHeader().setRcode(Rcode.NXDOMAIN);
            }
            // NXDOMAIN and NOERROR without data (NXRRSET) both carry the SOA: how long to remember the absence.
            answer.addRecord(current.getSOA(), Section.AUTHORITY);
            return;
        }
    }

    /** FORMERR with the asker's id, when the packet has at least a header and is not itself a response. */
    static Optional<byte[]> formatError(byte[] packet) {
        int flags = ((packet[2] & 0xff) << 8) | (packet[3] & 0xff);
        if ((flags & 0x8000) != 0) {
            return Optional.empty();
        }
        Header header = new Header(((packet[0] & 0xff) << 8) | (packet[1] & 0xff));
        header.setFlag(Flags.QR);
        header.setRcode(Rcode.FORMERR);
        Message answer = new Message();
        answer.setHeader(header);
        return Optional.of(answer.toWire());
    }
}
