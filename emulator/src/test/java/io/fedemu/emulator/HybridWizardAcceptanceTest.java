package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.certs.TrustBundles;
import io.fedemu.client.dns.DnsAdminClient;
import io.fedemu.client.http.ProblemException;
import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.dns.DnsRecordInfo;
import io.fedemu.protocol.hybrid.HybridConfigurationInfo;
import io.fedemu.protocol.hybrid.HybridStageReport;
import io.fedemu.protocol.hybrid.HybridStageReport.Status;
import io.fedemu.protocol.hybrid.HybridUpdateReport;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.FreeBusyAccessLevel;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import io.fedemu.tenant.hybrid.DomainProofRemedy;
import io.fedemu.topology.Topology;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * hybrid-blank, then the Hybrid Configuration Wizard over the wire (issue 17): a dry run changes nothing; an accepted
 * domain missing in the cloud, a federated domain whose TXT proof is not in DNS and a certificate the Receive connector
 * cannot use stop at their stages and leave both organizations consistent; the run after completes, and the result behaves like {@code hybrid}: free/busy both ways
 * (and for the 2007 mailbox) with the EWS Java API, mail between the premises as internal, OWA's link to the cloud.
 * Then a run changes nothing, and after drift puts back only what differs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HybridWizardAcceptanceTest {
    static final String CLOUD = "contoso-cloud";
    static final Pattern CANARY = Pattern.compile("name=\"canary\" value=\"([^\"]+)\"");

    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario(io.fedemu.emulator.HybridBlank.FILE);

    static Topology topology;
    static TenantAdminClient onPremises;
    static TenantAdminClient cloud;

    @BeforeAll
    static void start() {
        topology = federation.topology();
        onPremises = admin("contoso-onprem");
        cloud = admin(CLOUD);
    }

    static TenantAdminClient admin(String name) {
        return new TenantAdminClient(
                TenantAdminClient.adminOf(topology.tenant(name).url()),
                TrustBundles.clientContext(topology.trustBundle()),
                topology.adminCredential());
    }

    /**
     * Part blank's cmdlets the story uses to break things (Remove-AcceptedDomain, New-AcceptedDomain,
     * Remove-SendConnector), by their admin paths.
     */
    record BuildingBlocks(io.fedemu.client.http.JsonHttp http, String admin) {
        void delete(String path) {
            http.expect(http.delete(URI.create(admin + path)), Void.class);
        }

        void post(String path, Object body) {
            http.expect(http.postJson(URI.create(admin + path), body), Map.class);
        }
    }

    static BuildingBlocks building(String tenant) {
        return new BuildingBlocks(
                new io.fedemu.client.http.JsonHttp(federation.tls(), Duration.ofSeconds(10))
                        .withAdmin(topology.adminCredential()),
                TenantAdminClient.adminOf(topology.tenant(tenant).url()).toString());
    }

    /** The emulated DNS's admin API, where a trainer would add the record at the DNS host. */
    static DnsAdminClient dns() {
        return new DnsAdminClient(
                URI.create(federation.endpoints().dns().admin()), federation.tls(), topology.adminCredential());
    }

    static HybridUpdateReport update() {
        return onPremises.updateHybridConfiguration(CLOUD, null, false);
    }

    static HybridStageReport last(HybridUpdateReport report) {
        return report.stages().get(report.stages().size() - 1);
    }

    static HybridStageReport stage(HybridUpdateReport report, int number) {
        return report.stages().stream()
                .filter(s -> s.number() == number)
                .findFirst()
                .orElseThrow();
    }

    @Test
    @Order(1)
    void aDryRunPlansEveryStageAndChangesNothing() {
        HybridUpdateReport plan = onPremises.updateHybridConfiguration(CLOUD, null, true);

        assertThat(plan.completed()).as(plan.summary()).isTrue();
        assertThat(plan.stages()).hasSize(11);
        assertThat(stage(plan, 6).changes()).anyMatch(c -> c.startsWith("New-FederationTrust"));
        assertThat(stage(plan, 8).changes()).anyMatch(c -> c.startsWith("New-SendConnector"));
        assertThat(plan.summary()).endsWith("nothing was changed.");
        assertThatThrownBy(onPremises::hybridConfiguration)
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().reason()).isEqualTo(Reason.HYBRID_CONFIGURATION_NOT_FOUND.name()));
        assertThat(onPremises.organizationRelationships()).isEmpty();
        assertThat(cloud.organizationRelationships()).isEmpty();
        assertThatThrownBy(onPremises::federationTrust).isInstanceOf(ProblemException.class);
    }

    @Test
    @Order(2)
    void aHybridDomainTheTenantDoesNotAcceptStopsAtCheckTenantPrerequisites() {
        building(CLOUD).delete("/accepted-domains/contoso.com");
        try {
            HybridUpdateReport stopped = update();

            HybridStageReport failed = last(stopped);
            assertThat(failed.number()).isEqualTo(2);
            assertThat(failed.reason()).isEqualTo(Reason.HYBRID_DOMAIN_NOT_ACCEPTED_IN_TENANT);
            assertThat(failed.error())
                    .isEqualTo("Subtask CheckPrereqs execution failed: Check Tenant Prerequisites\nHCW8017 Hybrid "
                            + "domain contoso.com isn't an accepted domain in your Office 365 tenant contoso-cloud.");
            assertThat(failed.remedy())
                    .contains("new-accepted-domain --tenant contoso-cloud --domain-name contoso.com");
            assertThat(cloud.organizationRelationships()).isEmpty();
            assertThat(topology.journal()
                            .find(e -> e.step() == JournalEntry.Step.HYBRID_CONFIGURATION_STAGE
                                    && e.verdict() == JournalEntry.Verdict.FAIL))
                    .extracting(JournalEntry::reason)
                    .contains(Reason.HYBRID_DOMAIN_NOT_ACCEPTED_IN_TENANT);
        } finally {
            building(CLOUD)
                    .post("/accepted-domains", Map.of("domainName", "contoso.com", "domainType", "InternalRelay"));
        }
    }

    @Test
    @Order(3)
    void aMissingTxtRecordStopsAtTheRelationshipStageWithTheRecordToPublishAndALaterRunCompletes() {
        HybridUpdateReport stopped = update();

        HybridStageReport failed = last(stopped);
        assertThat(failed.number()).isEqualTo(6);
        assertThat(failed.reason()).isEqualTo(Reason.HYBRID_DOMAIN_PROOF_FAILED);
        assertThat(failed.error())
                .startsWith("Subtask Configure execution failed: Configure Organization Relationship\nProof of domain "
                        + "ownership has failed. Make sure that the TXT record for the specified domain is available in "
                        + "DNS. The format of the TXT record should be \"contoso.com IN TXT ");
        assertThat(failed.remedy())
                .startsWith("publish the TXT record at the domain's DNS host: fedemu add-dns-record "
                        + "--name contoso.com --type TXT --value '");
        assertThat(failed.created()).containsExactly("federation trust of contoso-onprem");
        assertThat(onPremises.federationTrust().federatedDomains()).isEmpty();
        assertThat(cloud.organizationRelationships()).isEmpty();

        // What the trainer does at the DNS host, once per domain the gateway asks for (on-premises, then the cloud).
        List<String> published = new java.util.ArrayList<>();
        HybridUpdateReport report = stopped;
        while (!report.completed() && published.size() < 3) {
            DomainProofRemedy.TxtRecord record =
                    DomainProofRemedy.record(last(report).error()).orElseThrow();
            dns().add(new DnsRecordInfo(record.name(), "TXT", record.value(), 3600));
            published.add(record.name());
            report = update();
        }

        assertThat(published).containsExactly("contoso.com", "contoso.mail.onmicrosoft.com");
        assertThat(report.completed()).as(report.summary()).isTrue();
        assertThat(stage(report, 6).changes())
                .noneMatch(c -> c.startsWith(
                        "New-FederationTrust -Name \"Microsoft " + "Federation Gateway\" (contoso-onprem"));
        assertThat(stage(report, 8).created()).contains("SendConnector \"Outbound to Office 365\" on contoso-onprem");
    }

    @Test
    @Order(4)
    void aCertificateTheReceiveConnectorCannotUseStopsAtMailFlowAndTheNextRunGoesOn() {
        HybridConfigurationInfo created = onPremises.hybridConfiguration();
        String serverCertificate = onPremises.mailConnectors("certificates").stream()
                .filter(c -> !((List<?>) c.get("names")).contains("mail.contoso.com"))
                .map(c -> (String) c.get("tlsCertificateName"))
                .findFirst()
                .orElseThrow();
        building("contoso-onprem").delete("/mail/send-connectors/Outbound%20to%20Office%20365");
        onPremises.setHybridConfiguration(new HybridConfigurationInfo(null, null, null, null, serverCertificate, null));

        HybridUpdateReport stopped = update();

        HybridStageReport failed = last(stopped);
        assertThat(failed.number()).isEqualTo(8);
        assertThat(failed.reason()).isEqualTo(Reason.HYBRID_SECURE_MAIL_CERTIFICATE_NOT_BOUND);
        assertThat(failed.error())
                .startsWith("Subtask Configure execution failed: Configure Mail Flow\nThe Secure Mail Certificate on "
                        + "server EX2013-01 is not bound to the SMTP Service");
        assertThat(failed.remedy()).contains(created.tlsCertificateName());
        assertThat(stage(stopped, 6).status()).isEqualTo(Status.UNCHANGED);
        assertThat(onPremises.mailConnectors("send-connectors")).isEmpty();

        onPremises.setHybridConfiguration(
                new HybridConfigurationInfo(null, null, null, null, created.tlsCertificateName(), null));
        HybridUpdateReport completed = update();

        assertThat(completed.completed()).as(completed.summary()).isTrue();
        assertThat(stage(completed, 8).created())
                .containsExactly("SendConnector \"Outbound to Office 365\" on contoso-onprem");
    }

    @Test
    @Order(5)
    void theResultHasTheRelationshipsTheTroubleshooterExpects() {
        OrganizationRelationship toCloud =
                onPremises.organizationRelationship("On Premises to Exchange Online Organization Relationship");
        assertThat(toCloud.domainNames()).containsExactly("contoso.mail.onmicrosoft.com");
        assertThat(toCloud.targetApplicationUri()).isEqualTo("outlook.com");
        assertThat(toCloud.targetAutodiscoverEpr()).endsWith("/autodiscover/autodiscover.svc/WSSecurity");
        assertThat(toCloud.freeBusyAccessLevel()).isEqualTo(FreeBusyAccessLevel.LIMITED_DETAILS);
        assertThat(toCloud.targetOwaUrl()).isEqualTo(cloudOwa());
        OrganizationRelationship toOnPremises =
                cloud.organizationRelationship("Exchange Online to On Premises Organization Relationship");
        assertThat(toOnPremises.domainNames()).containsExactly("contoso.com");
        assertThat(toOnPremises.targetApplicationUri()).isEqualTo("FYDIBOHF25SPDLT.contoso.com");
        assertThat(toOnPremises.deliveryReportEnabled()).isTrue();
        assertThat(onPremises.availabilityAddressSpaces())
                .singleElement()
                .satisfies(space -> assertThat(space.forestName()).isEqualTo("contoso.mail.onmicrosoft.com"));
    }

    @Test
    @Order(6)
    void freeBusyCrossesBothWaysWithTheEwsJavaApi() throws Exception {
        AttendeeAvailability bob = new EwsUser(
                        topology.trustBundle(),
                        topology.tenant("contoso-onprem").ewsUrl(),
                        "alice@contoso.com",
                        "Passw0rd!alice")
                .monday(FreeBusyViewType.Detailed, "bob@contoso.com")
                .get(0);
        AttendeeAvailability alice = new EwsUser(
                        topology.trustBundle(),
                        topology.tenant(CLOUD).ewsUrl(),
                        "bob@contoso.mail.onmicrosoft.com",
                        "Passw0rd!bob")
                .monday(FreeBusyViewType.Detailed, "alice@contoso.com")
                .get(0);
        AttendeeAvailability fromLegacy = new EwsUser(
                        topology.trustBundle(),
                        topology.tenant("contoso-onprem").ewsUrl(),
                        "dave@contoso.com",
                        "Passw0rd!dave")
                .monday(FreeBusyViewType.FreeBusy, "bob@contoso.com")
                .get(0);

        assertThat(bob.getErrorCode()).as(bob.getErrorMessage()).isEqualTo(ServiceError.NoError);
        assertThat(bob.getCalendarEvents())
                .extracting(event -> event.getDetails().getSubject())
                .contains("1:1 with Dana");
        assertThat(alice.getErrorCode()).as(alice.getErrorMessage()).isEqualTo(ServiceError.NoError);
        assertThat(fromLegacy.getErrorCode()).as(fromLegacy.getErrorMessage()).isEqualTo(ServiceError.NoError);
    }

    @Test
    @Order(7)
    void mailBetweenThePremisesArrivesAsInternal() throws Exception {
        submit("alice@contoso.com", "Passw0rd!alice", "bob@contoso.com", "After the wizard");

        String arrived = arrived(
                topology.stateDirectory().resolve("tenants/contoso-cloud/mail/bob@contoso.mail.onmicrosoft.com"),
                "After the wizard");
        assertThat(arrived).contains("X-MS-Exchange-Organization-AuthAs: Internal");
    }

    @Test
    @Order(8)
    void outlookWebAppOnPremisesLinksBobToTheCloud() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .sslContext(federation.tls())
                .cookieHandler(new CookieManager())
                .build();
        URI owa = URI.create(topology.tenant("contoso-onprem").url() + "/owa");
        Matcher canary = CANARY.matcher(get(http, owa + "/auth/logon.aspx"));
        assertThat(canary.find()).isTrue();
        http.send(
                HttpRequest.newBuilder(URI.create(owa + "/auth.owa"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("canary=" + canary.group(1)
                                + "&username=bob%40contoso.com&password="
                                + URLEncoder.encode("Passw0rd!bob", StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(get(http, owa + "/")).contains("id=\"cloud-link\"").contains(cloudOwa());
    }

    @Test
    @Order(9)
    void aRunWithEverythingInPlaceChangesNothing() {
        HybridUpdateReport again = update();

        assertThat(again.completed()).isTrue();
        assertThat(again.summary()).startsWith("No changes");
        assertThat(again.stages()).allSatisfy(s -> assertThat(s.changes()).isEmpty());
    }

    @Test
    @Order(10)
    void afterDriftARunPutsBackOnlyWhatDiffersAndListsIt() {
        cloud.setOrganizationRelationship(
                "Exchange Online to On Premises Organization Relationship",
                RelationshipChanges.builder()
                        .freeBusyAccessLevel(FreeBusyAccessLevel.AVAILABILITY_ONLY)
                        .build());
        onPremises.setMailConnector("send-connectors", "Outbound to Office 365", Map.of("Enabled", false));

        HybridUpdateReport repair = update();

        assertThat(repair.stages().stream().flatMap(s -> s.changes().stream()))
                .containsExactly(
                        "Set-OrganizationRelationship -Identity \"Exchange Online to On Premises Organization "
                                + "Relationship\" -FreeBusyAccessLevel LimitedDetails (contoso-cloud)",
                        "Set-SendConnector -Identity \"Outbound to Office 365\" -Enabled $true (contoso-onprem)");
        assertThat(cloud.organizationRelationship("Exchange Online to On Premises Organization Relationship")
                        .freeBusyAccessLevel())
                .isEqualTo(FreeBusyAccessLevel.LIMITED_DETAILS);
        assertThat(onPremises.mailConnectors("send-connectors").get(0).get("enabled"))
                .isEqualTo(true);
    }

    /** The cloud's Outlook Web App, as the wizard finds it (the emulator names each organization localhost:PORT). */
    private static String cloudOwa() {
        return "https://localhost:" + topology.tenant(CLOUD).url().getPort() + "/owa";
    }

    private static void submit(String from, String password, String to, String subject) throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(topology.mail().get(0).submissionPort(false)));
        p.put("mail.smtp.localhost", "client.contoso.com");
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
        p.put("mail.smtp.ssl.socketFactory", federation.tls().getSocketFactory());
        p.put("mail.smtp.ssl.checkserveridentity", "false");
        p.put("mail.smtp.auth", "true");
        Session session = Session.getInstance(p);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText("sent once the wizard had run");
        message.saveChanges();
        try (Transport t = session.getTransport("smtp")) {
            t.connect(from, password);
            t.sendMessage(message, message.getAllRecipients());
        }
    }

    /** The message with {@code subject} in a mailbox folder, once it arrived (delivery is asynchronous). */
    private static String arrived(Path folder, String subject) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.toList()) {
                        String text = Files.readString(file);
                        if (text.contains("Subject: " + subject)) {
                            return text;
                        }
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no message '" + subject + "' arrived in " + folder);
    }

    private static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
