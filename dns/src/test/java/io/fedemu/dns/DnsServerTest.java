package io.fedemu.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.protocol.dns.DnsRecordInfo;
import io.fedemu.protocol.reason.Reason;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/** The server as any resolver sees it: UDP and TCP answers, the negative answers, truncation, hostile packets. */
class DnsServerTest {
    @TempDir
    Path state;

    DnsServer server;

    @BeforeEach
    void start() {
        server = DnsServer.start(DnsServer.Options.of(state, List.of("contoso.com", "outlook.office365.com")));
        server.zones().publish(new DnsRecordInfo("contoso.com", "MX", "10 contoso-com.mail.protection.outlook.com."));
        server.zones().publish(new DnsRecordInfo("autodiscover.contoso.com", "A", "127.0.0.1"));
        server.zones()
                .publish(new DnsRecordInfo(
                        "_autodiscover._tcp.contoso.com", "SRV", "0 0 44301 autodiscover.contoso.com."));
        server.zones()
                .publish(new DnsRecordInfo("contoso.com", "TXT", "v=spf1 include:spf.protection.outlook.com -all"));
        server.zones().publish(new DnsRecordInfo("owa.contoso.com", "CNAME", "autodiscover.contoso.com."));
        server.zones().publish(new DnsRecordInfo("outlook.office365.com", "A", "127.0.0.1"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void answersEveryTypeOverUdpAndTcpAuthoritatively() throws Exception {
        for (boolean tcp : new boolean[] {false, true}) {
            Message mx = ask("contoso.com", Type.MX, tcp);
            assertThat(mx.getRcode()).isEqualTo(Rcode.NOERROR);
            assertThat(mx.getHeader().getFlag(Flags.AA)).isTrue();
            assertThat(((MXRecord) mx.getSection(Section.ANSWER).get(0)).getTarget())
                    .isEqualTo(Name.fromString("contoso-com.mail.protection.outlook.com."));
            Message srv = ask("_autodiscover._tcp.contoso.com", Type.SRV, tcp);
            assertThat(((SRVRecord) srv.getSection(Section.ANSWER).get(0)).getPort())
                    .isEqualTo(44301);
            Message txt = ask("contoso.com", Type.TXT, tcp);
            assertThat(((TXTRecord) txt.getSection(Section.ANSWER).get(0)).getStrings())
                    .containsExactly("v=spf1 include:spf.protection.outlook.com -all");
            Message a = ask("owa.contoso.com", Type.A, tcp);
            assertThat(a.getSection(Section.ANSWER)).extracting(Record::getType).containsExactly(Type.CNAME, Type.A);
            assertThat(ask("outlook.office365.com", Type.A, tcp).getSection(Section.ANSWER))
                    .hasSize(1);
        }
    }

    @Test
    void aNameThatDoesNotExistIsNxdomainAndAMissingTypeIsAnEmptyNoerrorBothWithTheSoa() throws Exception {
        Message missing = ask("nosuch.contoso.com", Type.A, false);
        assertThat(missing.getRcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(missing.getSection(Section.AUTHORITY))
                .extracting(Record::getType)
                .containsExactly(Type.SOA);
        Message empty = ask("autodiscover.contoso.com", Type.MX, false);
        assertThat(empty.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(empty.getSection(Section.ANSWER)).isEmpty();
        assertThat(empty.getSection(Section.AUTHORITY))
                .extracting(Record::getType)
                .containsExactly(Type.SOA);
    }

    @Test
    void aNameOutsideItsZonesIsRefused() throws Exception {
        Message refused = ask("www.example.org", Type.A, false);
        assertThat(refused.getRcode()).isEqualTo(Rcode.REFUSED);
        assertThat(refused.getHeader().getFlag(Flags.AA)).isFalse();
        // A sibling of a host-name zone is outside too.
        assertThat(ask("www.office365.com", Type.A, false).getRcode()).isEqualTo(Rcode.REFUSED);
    }

    @Test
    void aBigAnswerIsTruncatedOverUdpAndWholeOverTcp() throws Exception {
        for (int i = 0; i < 12; i++) {
            server.zones().publish(new DnsRecordInfo("big.contoso.com", "TXT", ("record " + i + " ").repeat(20)));
        }
        SimpleResolver udp = resolver(false);
        udp.setIgnoreTruncation(true);
        udp.setEDNS(-1); // no EDNS: the classic 512-byte limit
        Message cut = udp.send(query("big.contoso.com", Type.TXT));
        assertThat(cut.getHeader().getFlag(Flags.TC)).isTrue();
        assertThat(cut.getSection(Section.ANSWER).size()).isLessThan(12);
        Message whole = ask("big.contoso.com", Type.TXT, true);
        assertThat(whole.getHeader().getFlag(Flags.TC)).isFalse();
        assertThat(whole.getSection(Section.ANSWER)).hasSize(12);
    }

    @Test
    void malformedPacketsGetFormerrOrNothingAndTheServerGoesOn() throws Exception {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.setSoTimeout(2000);
            // A header with one question whose name runs past the end of the packet.
            byte[] broken = {0x12, 0x34, 0x01, 0x00, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 0x3f, 'a', 'b'};
            socket.send(new DatagramPacket(broken, broken.length, server.address()));
            DatagramPacket reply = new DatagramPacket(new byte[512], 512);
            socket.receive(reply);
            Message answer = new Message(java.util.Arrays.copyOf(reply.getData(), reply.getLength()));
            assertThat(answer.getHeader().getID()).isEqualTo(0x1234);
            assertThat(answer.getRcode()).isEqualTo(Rcode.FORMERR);
            // Too short for a header, and an oversized packet: FORMERR or nothing, never a crash.
            socket.send(new DatagramPacket(new byte[] {1, 2, 3}, 3, server.address()));
            byte[] huge = new byte[4000];
            huge[0] = 0x43;
            huge[1] = 0x21;
            socket.send(new DatagramPacket(huge, huge.length, server.address()));
            socket.receive(reply);
            assertThat(new Message(java.util.Arrays.copyOf(reply.getData(), reply.getLength())).getRcode())
                    .isEqualTo(Rcode.FORMERR);
        }
        try (Socket tcp = new Socket()) {
            tcp.connect(server.address(), 2000);
            tcp.setSoTimeout(2000);
            DataOutputStream out = new DataOutputStream(tcp.getOutputStream());
            out.writeShort(60_000); // announces a query far over the cap: the server hangs up
            out.flush();
            assertThat(new DataInputStream(tcp.getInputStream()).read()).isEqualTo(-1);
        }
        assertThat(ask("contoso.com", Type.MX, false).getRcode()).isEqualTo(Rcode.NOERROR);
    }

    @Test
    void recordsChangeWhileItRunsAndOnlyTheAdminApisSurviveARestart() throws Exception {
        server.zones().addAndKeep(new DnsRecordInfo("contoso.com", "TXT", "\"proof-part-1\" \"proof-part-2\""));
        server.zones().remove("contoso.com", "MX", null);
        assertThat(ask("contoso.com", Type.MX, false).getSection(Section.ANSWER))
                .isEmpty();
        assertThat(server.zones().records("contoso.com", "TXT"))
                .extracting(DnsRecordInfo::value)
                .contains("\"proof-part-1\" \"proof-part-2\"");
        assertThat(Files.exists(state.resolve("dns").resolve("records.json"))).isTrue();
        server.close();
        server = DnsServer.start(DnsServer.Options.of(state, List.of("contoso.com")));
        assertThat(server.zones().records(null, null))
                .containsExactly(new DnsRecordInfo("contoso.com", "TXT", "\"proof-part-1\" \"proof-part-2\"", 3600));
        server.zones().remove("contoso.com", "TXT", "\"proof-part-1\" \"proof-part-2\"");
        server.close();
        server = DnsServer.start(DnsServer.Options.of(state, List.of("contoso.com")));
        assertThat(server.zones().records(null, null)).isEmpty();
    }

    @Test
    void badRecordsAreRefusedNamingTheFieldAndChangeNothing() {
        List<DnsRecordInfo> before = server.zones().records(null, null);
        refused(
                new DnsRecordInfo("www.example.org", "A", "127.0.0.1"),
                Reason.DNS_NAME_OUTSIDE_ZONES,
                "none of the zones");
        refused(new DnsRecordInfo("contoso.com", "AAAA", "::1"), Reason.DNS_RECORD_TYPE_UNSUPPORTED, "type 'AAAA'");
        refused(
                new DnsRecordInfo("contoso.com", "MX", "mail.contoso.com"),
                Reason.DNS_RECORD_VALUE_MALFORMED,
                "MX value");
        refused(
                new DnsRecordInfo("_x._tcp.contoso.com", "SRV", "0 0 99999 a.contoso.com."),
                Reason.DNS_RECORD_VALUE_MALFORMED,
                "SRV value");
        refused(new DnsRecordInfo("x.contoso.com", "A", "300.1.1.1"), Reason.DNS_RECORD_VALUE_MALFORMED, "A value");
        refused(
                new DnsRecordInfo("contoso.com", "TXT", "\"" + "x".repeat(256) + "\""),
                Reason.DNS_TXT_STRING_TOO_LONG,
                "256 characters");
        refused(new DnsRecordInfo("a".repeat(64) + ".contoso.com", "A", "127.0.0.1"), Reason.DNS_NAME_INVALID, "name");
        refused(
                new DnsRecordInfo("x.".repeat(126) + "contoso.com", "A", "127.0.0.1"),
                Reason.DNS_NAME_INVALID,
                "at most 253");
        refused(new DnsRecordInfo("owa.contoso.com", "A", "127.0.0.1"), Reason.DNS_CNAME_CONFLICT, "is a CNAME");
        refused(new DnsRecordInfo("contoso.com", "A", "127.0.0.1", -1), Reason.REQUEST_INVALID, "ttl");
        assertThatThrownBy(() -> server.zones().remove("contoso.com", "SRV", null))
                .isInstanceOfSatisfying(
                        DnsRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DNS_RECORD_NOT_FOUND));
        assertThat(server.zones().records(null, null)).isEqualTo(before);
        assertThat(Files.exists(state.resolve("dns").resolve("records.json"))).isFalse();
    }

    @Test
    void anUnquotedTextOver255CharactersIsSplitIntoStrings() throws Exception {
        String proof = "p".repeat(344);
        server.zones().publish(new DnsRecordInfo("contoso.com", "TXT", proof));
        TXTRecord txt = ask("contoso.com", Type.TXT, false).getSection(Section.ANSWER).stream()
                .map(TXTRecord.class::cast)
                .filter(r -> r.getStrings().size() == 2)
                .findFirst()
                .orElseThrow();
        assertThat(String.join("", txt.getStrings())).isEqualTo(proof);
        assertThat(txt.getStrings().get(0)).hasSize(255);
    }

    private void refused(DnsRecordInfo record, Reason reason, String detail) {
        assertThatThrownBy(() -> server.zones().addAndKeep(record))
                .isInstanceOfSatisfying(DnsRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(detail);
                });
    }

    private Message ask(String name, int type, boolean tcp) throws Exception {
        return resolver(tcp).send(query(name, type));
    }

    private SimpleResolver resolver(boolean tcp) {
        SimpleResolver resolver = new SimpleResolver(new InetSocketAddress("127.0.0.1", server.port()));
        resolver.setTCP(tcp);
        resolver.setTimeout(Duration.ofSeconds(3));
        return resolver;
    }

    private static Message query(String name, int type) throws Exception {
        return Message.newQuery(Record.newRecord(Name.fromString(name + "."), type, DClass.IN));
    }
}
