package io.fedemu.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.Credential;
import io.fedemu.certs.FederatedDomainProof;
import io.fedemu.certs.PemFiles;
import io.fedemu.client.dns.DnsAdminClient;
import io.fedemu.client.gateway.GatewayAdminClient;
import io.fedemu.client.http.ProblemException;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.admin.AdminCredential;
import io.fedemu.protocol.dns.DnsRecordInfo;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.protocol.gateway.OrganizationKind;
import io.fedemu.protocol.gateway.OrganizationRegistration;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.topology.launcher.EndpointsFile;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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

/**
 * The emulated public DNS of the shipped hybrid (docs/PROTOCOL.md section 22), as an outside resolver, an
 * administrator with the cmdlets, the gateway and transport see it.
 */
class EmulatedDnsAcceptanceTest {
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    static Path state;
    static Endpoints endpoints;

    @BeforeAll
    static void publish() {
        state = federation.topology().stateDirectory();
        endpoints = federation.endpoints();
        EndpointsFile.write(state, endpoints);
    }

    @Test
    void endpointsListTheDnsServerAndItsAdminResourceOnTheGatewaysPort() {
        Endpoints.Dns dns = EndpointsFile.read(state).dns();
        assertThat(dns.host()).isEqualTo("127.0.0.1");
        assertThat(dns.port()).isEqualTo(federation.topology().dns().port());
        assertThat(dns.admin()).isEqualTo(endpoints.gateway().url() + "/admin/dns/records");
    }

    @Test
    void anOutsideResolverGetsEveryRecordTypeOfTheHybridOverUdpAndTcp() throws Exception {
        int onPremisesPort = federation.tenant("contoso-onprem").url().getPort();
        PublicKey federationKey = federation
                .tenant("contoso-onprem")
                .federation()
                .orElseThrow()
                .trust()
                .current()
                .certificate()
                .getPublicKey();
        for (boolean tcp : new boolean[] {false, true}) {
            assertThat(addresses(ask("mail.contoso.com", Type.A, tcp))).containsExactly("127.0.0.1");
            assertThat(addresses(ask("autodiscover.contoso.com", Type.A, tcp))).containsExactly("127.0.0.1");
            assertThat(addresses(ask("outlook.office365.com", Type.A, tcp))).containsExactly("127.0.0.1");
            Message srv = ask("_autodiscover._tcp.contoso.com", Type.SRV, tcp);
            SRVRecord autodiscover = (SRVRecord) srv.getSection(Section.ANSWER).get(0);
            assertThat(autodiscover.getPort()).isEqualTo(onPremisesPort);
            assertThat(autodiscover.getTarget()).isEqualTo(Name.fromString("autodiscover.contoso.com."));
            assertThat(srv.getHeader().getFlag(Flags.AA)).isTrue();
            assertThat(mx(ask("contoso.com", Type.MX, tcp)))
                    .containsExactly("contoso-com.mail.protection.outlook.com.");
            assertThat(mx(ask("contoso.mail.onmicrosoft.com", Type.MX, tcp)))
                    .containsExactly("contoso-mail-onmicrosoft-com.mail.protection.outlook.com.");
            assertThat(mx(ask("fabrikam.net", Type.MX, tcp))).containsExactly("mail.fabrikam.net.");
            List<String> texts = ask("contoso.com", Type.TXT, tcp).getSection(Section.ANSWER).stream()
                    .map(r -> String.join("", ((TXTRecord) r).getStrings()))
                    .toList();
            assertThat(texts).contains("v=spf1 ip4:127.0.0.1 include:spf.protection.outlook.com -all");
            assertThat(texts).anyMatch(t -> FederatedDomainProof.verify(federationKey, "contoso.com", t));
            assertThat(ask("nosuch.contoso.com", Type.A, tcp).getRcode()).isEqualTo(Rcode.NXDOMAIN);
            assertThat(ask("www.example.org", Type.A, tcp).getRcode()).isEqualTo(Rcode.REFUSED);
        }
        DnsAdminClient admin = dnsAdmin(federation.adminCredential());
        admin.add(new DnsRecordInfo("lyncdiscover.contoso.com", "CNAME", "webdir.online.lync.com."));
        try {
            Message cname = ask("lyncdiscover.contoso.com", Type.A, false);
            assertThat(cname.getSection(Section.ANSWER))
                    .extracting(Record::getType)
                    .containsExactly(Type.CNAME);
        } finally {
            admin.remove("lyncdiscover.contoso.com", "CNAME", null);
        }
    }

    @Test
    void digSeesTheSameRecords() throws Exception {
        boolean installed = List.of("/usr/bin/dig", "/usr/local/bin/dig", "/bin/dig").stream()
                .anyMatch(p -> Files.isExecutable(Path.of(p)));
        if (!installed) {
            System.out.println("digSeesTheSameRecords skipped: dig is not installed (apt-get install dnsutils)");
        }
        Assumptions.assumeTrue(installed, "dig is not installed (apt-get install dnsutils)");
        String port = String.valueOf(federation.topology().dns().port());
        assertThat(dig("@127.0.0.1", "-p", port, "+short", "_autodiscover._tcp.contoso.com", "SRV"))
                .contains("0 0 " + federation.tenant("contoso-onprem").url().getPort() + " autodiscover.contoso.com.");
        assertThat(dig("@127.0.0.1", "-p", port, "+short", "+tcp", "contoso.com", "MX"))
                .contains("10 contoso-com.mail.protection.outlook.com.");
        assertThat(dig("@127.0.0.1", "-p", port, "www.example.org", "A")).contains("status: REFUSED");
    }

    @Test
    void aSecondOrganizationCannotClaimAnUnclaimedContosoDomainUntilItsOwnProofIsPublished() {
        Credential key = CertificateAuthority.selfSignedFederation("intruder", Clock.systemUTC());
        GatewayAdminClient gateway = federation.gatewayAdmin();
        gateway.register(new OrganizationRegistration(
                "intruder", OrganizationKind.ON_PREMISES, null, PemFiles.encode(List.of(key.certificate()))));
        try {
            String own = FederatedDomainProof.create(key, "sales.contoso.com").proof();
            // Its own signature, which used to be enough: refused, with the exact record to publish.
            assertThatThrownBy(() -> gateway.proveDomain("intruder", "sales.contoso.com", own))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.problem().reason()).isEqualTo(Reason.DOMAIN_PROOF_NOT_PUBLISHED.name());
                        assertThat(e.problem().detail())
                                .startsWith("Proof of domain ownership has failed. Make sure that the TXT record for "
                                        + "the specified domain is available in DNS.")
                                .endsWith("\"sales.contoso.com IN TXT " + own + "\".");
                    });
            // The proof of contoso-onprem's key at that name proves nothing for the intruder.
            String contosos = FederatedDomainProof.create(
                            federation
                                    .tenant("contoso-onprem")
                                    .federation()
                                    .orElseThrow()
                                    .trust()
                                    .current(),
                            "sales.contoso.com")
                    .proof();
            assertThat(run("add-dns-record", "--name", "sales.contoso.com", "--type", "TXT", "--value", contosos)
                            .exitCode())
                    .isZero();
            assertThatThrownBy(() -> gateway.proveDomain("intruder", "sales.contoso.com", own))
                    .isInstanceOfSatisfying(
                            ProblemException.class,
                            e -> assertThat(e.problem().reason()).isEqualTo(Reason.DOMAIN_PROOF_NOT_PUBLISHED.name()));
            // Published with add-dns-record, as the domain's administrator would: accepted.
            CommandRun published =
                    run("add-dns-record", "--name", "sales.contoso.com", "--type", "TXT", "--value", own);
            assertThat(published.exitCode()).as(published.err()).isZero();
            assertThat(gateway.proveDomain("intruder", "sales.contoso.com", null)
                            .federatedDomains())
                    .contains("sales.contoso.com");
        } finally {
            gateway.remove("intruder");
            run("remove-dns-record", "--name", "sales.contoso.com", "--type", "TXT");
        }
    }

    @Test
    void theCmdletsAddListAndRemoveRecords() throws Exception {
        CommandRun added = run(
                "add-dns-record", "--name", "test.contoso.com", "--type", "A", "--value", "127.0.0.1", "--ttl", "60");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("test.contoso.com").contains("127.0.0.1");
        assertThat(addresses(ask("test.contoso.com", Type.A, false))).containsExactly("127.0.0.1");

        CommandRun listed = run("get-dns-record", "--name", "test.contoso.com");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out())
                .contains("HostName")
                .contains("RecordData")
                .contains("60")
                .contains("127.0.0.1");
        JsonNode all = CmdletCommandsTest.json(run("get-dns-record", "--type", "SRV", "--json"));
        assertThat(all.findValuesAsText("name"))
                .contains("_autodiscover._tcp.contoso.com", "_autodiscover._tcp.contoso.mail.onmicrosoft.com");

        CommandRun removed = run("remove-dns-record", "--name", "test.contoso.com", "--type", "A");
        assertThat(removed.exitCode()).as(removed.err()).isZero();
        assertThat(ask("test.contoso.com", Type.A, false).getRcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(Files.readString(state.resolve("dns").resolve("records.json")))
                .doesNotContain("test.contoso.com");
    }

    @Test
    void everyRefusalOfTheCmdletsNamesItsReasonAndChangesNothing() {
        List<DnsRecordInfo> before = dnsAdmin(federation.adminCredential()).records();
        refused(
                Reason.DNS_NAME_OUTSIDE_ZONES,
                "add-dns-record",
                "--name",
                "www.example.org",
                "--type",
                "A",
                "--value",
                "127.0.0.1");
        refused(
                Reason.DNS_RECORD_TYPE_UNSUPPORTED,
                "add-dns-record",
                "--name",
                "contoso.com",
                "--type",
                "AAAA",
                "--value",
                "::1");
        refused(
                Reason.DNS_RECORD_VALUE_MALFORMED,
                "add-dns-record",
                "--name",
                "contoso.com",
                "--type",
                "MX",
                "--value",
                "mail.contoso.com");
        refused(
                Reason.DNS_RECORD_VALUE_MALFORMED,
                "add-dns-record",
                "--name",
                "_sip._tls.contoso.com",
                "--type",
                "SRV",
                "--value",
                "1 1 sipdir.online.lync.com.");
        refused(
                Reason.DNS_TXT_STRING_TOO_LONG,
                "add-dns-record",
                "--name",
                "contoso.com",
                "--type",
                "TXT",
                "--value",
                "\"" + "x".repeat(300) + "\"");
        refused(
                Reason.DNS_NAME_INVALID,
                "add-dns-record",
                "--name",
                "a".repeat(70) + ".contoso.com",
                "--type",
                "A",
                "--value",
                "127.0.0.1");
        refused(
                Reason.DNS_CNAME_CONFLICT,
                "add-dns-record",
                "--name",
                "autodiscover.contoso.com",
                "--type",
                "CNAME",
                "--value",
                "autodiscover.outlook.com.");
        refused(Reason.DNS_RECORD_NOT_FOUND, "remove-dns-record", "--name", "contoso.com", "--type", "SRV");
        assertThat(dnsAdmin(federation.adminCredential()).records()).isEqualTo(before);
    }

    @Test
    void theAdminResourceAsksForTheTokenAndJsonLikeEveryAdminApi() throws Exception {
        assertThatThrownBy(() -> dnsAdmin(AdminCredential.NONE).records())
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().reason()).isEqualTo(Reason.ADMIN_CREDENTIAL_MISSING.name()));
        assertThatThrownBy(() -> dnsAdmin(new AdminCredential("not-the-token"))
                        .add(new DnsRecordInfo("x.contoso.com", "A", "127.0.0.1")))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().reason()).isEqualTo(Reason.ADMIN_CREDENTIAL_WRONG.name()));
        HttpResponse<String> form = withToken(HttpRequest.newBuilder()
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"x.contoso.com\",\"type\":\"A\",\"value\":\"127.0.0.1\"}")));
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(form.body()).contains(Reason.UNSUPPORTED_MEDIA_TYPE.name());
        HttpResponse<String> foreign = withToken(HttpRequest.newBuilder()
                .header("Origin", "https://evil.example")
                .GET());
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains(Reason.ADMIN_ORIGIN_FOREIGN.name());
        HttpResponse<String> nameless = withToken(HttpRequest.newBuilder().DELETE());
        assertThat(nameless.statusCode()).isEqualTo(400);
        assertThat(nameless.body()).contains(Reason.REQUEST_INVALID.name()).contains("name and type are required");
        assertThat(addresses(ask("x.contoso.com", Type.A, false))).isEmpty();
    }

    @Test
    void transportFollowsMxThroughTheDnsAndAnInternetDomainWithoutOneGetsTheDnsFailure() throws Exception {
        CommandRun removed = run("remove-dns-record", "--name", "fabrikam.net", "--type", "MX");
        assertThat(removed.exitCode()).as(removed.err()).isZero();
        try {
            CommandRun sent = run(
                    "send-message", "--from", "alice@contoso.com", "--to", "erin@fabrikam.net", "--subject", "No MX");
            assertThat(sent.exitCode()).as(sent.err()).isZero();
            JsonNode report = undeliverable("alice@contoso.com", "Undeliverable: No MX");
            assertThat(report.at("/headers/X-Fedemu-Reason/0").asText())
                    .isEqualTo(Reason.MAIL_MX_HOST_NOT_FOUND.name());
        } finally {
            run("add-dns-record", "--name", "fabrikam.net", "--type", "MX", "--value", "10 mail.fabrikam.net.");
        }
        CommandRun again =
                run("send-message", "--from", "alice@contoso.com", "--to", "erin@fabrikam.net", "--subject", "MX back");
        assertThat(again.exitCode()).as(again.err()).isZero();
        JsonNode messages = CmdletCommandsTest.json(run("get-message", "--identity", "erin@fabrikam.net", "--json"));
        assertThat(messages.findValuesAsText("subject")).contains("MX back");
    }

    @Test
    void getFederationInformationFindsThePartnersAutodiscoverThroughDns() throws Exception {
        JsonNode information = CmdletCommandsTest.json(
                run("get-federation-information", "--domain-name", "contoso.mail.onmicrosoft.com", "--json"));
        int cloudPort = federation.tenant("contoso-cloud").url().getPort();
        assertThat(information.get("targetAutodiscoverEpr").asText())
                .isEqualTo("https://localhost:" + cloudPort + "/autodiscover/autodiscover.svc");
        assertThat(information.get("targetApplicationUri").asText()).isEqualTo("outlook.com");

        CommandRun nowhere = run("get-federation-information", "--domain-name", "fabrikam.net");
        assertThat(nowhere.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(nowhere.err())
                .contains("Federation information could not be received from the external organization")
                .contains("_autodiscover._tcp.fabrikam.net");
    }

    /** A raw request to {@code /admin/dns/records} with the admin token, as a script sends one. */
    private static HttpResponse<String> withToken(HttpRequest.Builder request) throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(federation.tls()).build();
        return http.send(
                request.uri(URI.create(endpoints.dns().admin()))
                        .header(
                                "Authorization",
                                "Bearer " + federation.adminCredential().token())
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The newest message of {@code mailbox} with {@code subject}, waiting for transport to write it. */
    private static JsonNode undeliverable(String mailbox, String subject) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            JsonNode messages = CmdletCommandsTest.json(run("get-message", "--identity", mailbox, "--json"));
            for (JsonNode message : messages) {
                if (subject.equals(message.path("subject").asText())) {
                    return message;
                }
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("no message '" + subject + "' reached " + mailbox);
    }

    private static void refused(Reason reason, String... args) {
        CommandRun run = run(args);
        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(run.err()).contains(reason.name());
    }

    private static DnsAdminClient dnsAdmin(AdminCredential credential) {
        return new DnsAdminClient(URI.create(endpoints.dns().admin()), federation.tls(), credential);
    }

    private static Message ask(String name, int type, boolean tcp) throws IOException {
        SimpleResolver resolver = new SimpleResolver(
                new InetSocketAddress("127.0.0.1", federation.topology().dns().port()));
        resolver.setTCP(tcp);
        resolver.setTimeout(Duration.ofSeconds(3));
        return resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name + "."), type, DClass.IN)));
    }

    private static List<String> addresses(Message answer) {
        return answer.getSection(Section.ANSWER).stream()
                .filter(r -> r.getType() == Type.A)
                .map(Record::rdataToString)
                .toList();
    }

    private static List<String> mx(Message answer) {
        return answer.getSection(Section.ANSWER).stream()
                .map(r -> ((MXRecord) r).getTarget().toString())
                .toList();
    }

    private static String dig(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("dig"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private static CommandRun run(String... args) {
        return CmdletCommandsTest.in(state, args);
    }
}
