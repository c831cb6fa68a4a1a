package io.fedemu.tenant.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.TrustBundles;
import io.fedemu.protocol.reason.Reason;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Internet mail around a hybrid pair (docs/PROTOCOL.md section 20) over real SMTP, Angus Mail as every user's
 * client: an internet host, fabrikam.net, sends by MX to contoso.com with the MX at Exchange Online Protection or
 * on-premises and receives from both sides; centralized transport; the internal relay domain; transport and
 * journal rules that apply to cross-premises mail only while it arrives internal; an MX pointed at the wrong place.
 */
class InternetMailTest {
    private static final String ALICE = "alice@contoso.com";
    private static final String ERIN = "erin@contoso.com";
    private static final String JOURNAL = "journal@contoso.com";
    private static final String BOB = "bob@contoso.com";
    private static final String CAROL = "carol@fabrikam.net";
    private static final String ROUTING_DOMAIN = "contoso.mail.onmicrosoft.com";
    private static final String PROTECTION_HOST = "contoso-com.mail.protection.outlook.com";
    private static final String AUTH_AS = "X-MS-Exchange-Organization-AuthAs";

    @TempDir
    Path state;

    private CertificateStore certificates;
    private CertificateAuthority authority;
    private MailExchangerRecords mx;
    private HybridMailTransport transport;
    private InternetOrganization fabrikam;

    @BeforeEach
    void start() {
        certificates = CertificateStore.in(state);
        authority = certificates.initAuthority(Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        if (transport != null) {
            transport.close();
        }
        if (fabrikam != null) {
            fabrikam.close();
        }
    }

    private void startWith(MailFlow cloudFlow) {
        mx = new MailExchangerRecords();
        InternetMail internet = new InternetMail(mx);
        MailOrganization onPremises = new MailOrganization(
                "contoso",
                false,
                ROUTING_DOMAIN,
                List.of("contoso.com"),
                List.of(
                        new TransportMailbox(ALICE, Set.of(), "alice-pw"),
                        new TransportMailbox(ERIN, Set.of(), "erin-pw"),
                        new TransportMailbox(JOURNAL, Set.of(), "journal-pw")),
                Map.of(BOB, "bob@" + ROUTING_DOMAIN),
                List.of());
        // erin and the journal mailbox are not synchronized to the cloud: no mail users there.
        MailOrganization cloud = new MailOrganization(
                "contoso-online",
                true,
                ROUTING_DOMAIN,
                List.of("contoso.com", ROUTING_DOMAIN),
                List.of(new TransportMailbox(BOB, Set.of("bob@" + ROUTING_DOMAIN), "bob-pw")),
                Map.of(ALICE, ALICE),
                List.of());
        HybridMailTransport.Options options = HybridMailTransport.Options.defaults(state, Clock.systemUTC());
        transport = HybridMailTransport.start(
                options,
                certificates,
                authority,
                onPremises,
                cloud,
                List.of("EX2013-CAS1"),
                "mail.contoso.com",
                new HybridMailTransport.InternetFlows(internet, MailFlow.none(), cloudFlow));
        fabrikam = InternetOrganization.start(
                options,
                certificates,
                authority,
                new MailOrganization(
                        "fabrikam",
                        false,
                        null,
                        List.of("fabrikam.net"),
                        List.of(new TransportMailbox(CAROL, Set.of(), "carol-pw")),
                        Map.of(),
                        List.of()),
                "mail.fabrikam.net",
                internet);
        mx.set("fabrikam.net", "mail.fabrikam.net");
        mx.set(ROUTING_DOMAIN, HybridConnectors.protectionHostOf(ROUTING_DOMAIN));
    }

    private void startInternalRelay() {
        startWith(new MailFlow(Set.of("contoso.com"), List.of(), List.of()));
    }

    @Test
    void withTheMxAtExchangeOnlineProtectionInternetMailEntersThereAndReachesBothSidesAnonymous() throws Exception {
        startInternalRelay();
        mx.set("contoso.com", PROTECTION_HOST);

        submitFromFabrikam(List.of(BOB, ALICE), "from the internet");

        MimeMessage atBob = single(BOB);
        assertThat(atBob.getHeader(AUTH_AS, null)).isEqualTo("Anonymous");
        assertThat(atBob.getHeader("X-MS-Exchange-Organization-SCL", null)).isNull();
        assertThat(received(atBob).get(0)).startsWith("from mail.fabrikam.net").contains("by " + PROTECTION_HOST);
        // Exchange Online split the message and sent the on-premises copy back through its outbound connector:
        // a trusted hop, yet the message keeps the AuthAs of where it entered.
        MimeMessage atAlice = single(ALICE);
        assertThat(atAlice.getHeader(AUTH_AS, null)).isEqualTo("Anonymous");
        assertThat(received(atAlice).get(0))
                .startsWith("from " + PROTECTION_HOST)
                .contains("by mail.contoso.com");
        assertThat(received(atAlice).get(1))
                .startsWith("from mail.fabrikam.net")
                .contains("by " + PROTECTION_HOST);
    }

    @Test
    void withTheMxOnPremisesInternetMailEntersAtDefaultFrontendAndCloudCopiesCrossOverTheSendConnector()
            throws Exception {
        startInternalRelay();
        mx.set("contoso.com", "mail.contoso.com");

        submitFromFabrikam(List.of(ALICE, BOB), "from the internet");

        MimeMessage atAlice = single(ALICE);
        assertThat(atAlice.getHeader(AUTH_AS, null)).isEqualTo("Anonymous");
        assertThat(received(atAlice).get(0))
                .startsWith("from mail.fabrikam.net")
                .contains("by mail.contoso.com");
        MimeMessage atBob = single(BOB);
        assertThat(atBob.getHeader(AUTH_AS, null)).isEqualTo("Anonymous");
        assertThat(received(atBob).get(0)).startsWith("from mail.contoso.com").contains("by " + PROTECTION_HOST);
        assertThat(received(atBob).get(1)).startsWith("from mail.fabrikam.net").contains("by mail.contoso.com");
    }

    @Test
    void theInternetRecipientReceivesFromBothSidesWithoutOrganizationHeaders() throws Exception {
        startInternalRelay();

        submit(false, ALICE, "alice-pw", List.of(CAROL), "from on-premises");
        submit(true, BOB, "bob-pw", List.of(CAROL), "from the cloud");

        List<MimeMessage> atCarol = fabrikam.messages(CAROL);
        assertThat(atCarol).hasSize(2);
        assertThat(received(atCarol.get(0)).get(0)).startsWith("from mail.contoso.com");
        assertThat(received(atCarol.get(1)).get(0)).startsWith("from " + PROTECTION_HOST);
        for (MimeMessage m : atCarol) {
            assertThat(m.getHeader(HeaderFirewall.FILTERED_BY_SEND_CONNECTOR)).isNotNull();
            assertThat(m.getHeader("X-MS-Exchange-Organization-SCL")).isNull();
            assertThat(m.getHeader("X-MS-Exchange-CrossPremises-AuthAs")).isNull();
        }
    }

    @Test
    void centralizedTransportSendsCloudInternetMailThroughOnPremises() throws Exception {
        startInternalRelay();
        transport.setOutboundConnector(c -> c.withRouteAllMessagesViaOnPremises(true));

        submit(true, BOB, "bob-pw", List.of(CAROL), "centralized");

        List<String> hops = received(single(CAROL));
        assertThat(hops.get(0)).startsWith("from mail.contoso.com").contains("by mail.fabrikam.net");
        assertThat(hops.get(1)).startsWith("from " + PROTECTION_HOST).contains("by mail.contoso.com");

        transport.setOutboundConnector(c -> c.withRouteAllMessagesViaOnPremises(false));
        submit(true, BOB, "bob-pw", List.of(CAROL), "direct");
        assertThat(received(fabrikam.messages(CAROL).get(1)).get(0)).startsWith("from " + PROTECTION_HOST);
    }

    @Test
    void centralizedMailThatDefaultFrontendDoesNotTrustIsUnableToRelay() throws Exception {
        startInternalRelay();
        transport.setOutboundConnector(c -> c.withRouteAllMessagesViaOnPremises(true));
        // The pre-CU9 capability value of KB3156771: Exchange Online Protection's certificate no longer carries it.
        transport.setReceiveConnector(
                "Default Frontend EX2013-CAS1",
                c -> new ReceiveConnector(
                        c.name(),
                        c.server(),
                        c.fqdn(),
                        c.port(),
                        c.authMechanism(),
                        c.requireTls(),
                        c.tlsCertificateName(),
                        "msit.microsoft.com:AcceptCloudServicesMail",
                        c.domainSecureEnabled(),
                        c.maxMessageSize(),
                        c.maxRecipientsPerMessage()));

        submit(true, BOB, "bob-pw", List.of(CAROL), "centralized");

        assertThat(fabrikam.messages(CAROL)).isEmpty();
        assertNonDeliveryReport(BOB, Reason.MAIL_CENTRALIZED_RELAY_DENIED, "550 5.7.1 Unable to relay");
    }

    @Test
    void anInternalRelayDomainPassesUnsynchronizedRecipientsOnToOnPremises() throws Exception {
        startInternalRelay();

        submit(true, BOB, "bob-pw", List.of(ERIN), "not in the cloud directory");

        assertThat(single(ERIN).getSubject()).isEqualTo("not in the cloud directory");
    }

    @Test
    void anAuthoritativeDomainRefusesThemWithExRecipNotFound() {
        startWith(MailFlow.none());

        assertThatThrownBy(() -> submit(true, BOB, "bob-pw", List.of(ERIN), "not in the cloud directory"))
                .hasStackTraceContaining("550 5.1.1 RESOLVER.ADR.ExRecipNotFound")
                .hasStackTraceContaining(SmtpRefusal.line(Reason.MAIL_RECIPIENT_NOT_IN_CLOUD_DIRECTORY));
    }

    @Test
    void transportAndJournalRulesApplyToCrossPremisesMailOnlyWhileItArrivesInternal() throws Exception {
        TransportRule banner = new TransportRule(
                "Internal banner",
                true,
                MailScope.IN_ORGANIZATION,
                MailScope.IN_ORGANIZATION,
                List.of(),
                "X-Contoso-Internal",
                "yes",
                "[internal] ",
                List.of(),
                List.of());
        JournalRule journal = new JournalRule("Journal internal", true, JournalRule.Scope.INTERNAL, null, JOURNAL);
        startWith(new MailFlow(Set.of("contoso.com"), List.of(banner), List.of(journal)));

        submit(false, ALICE, "alice-pw", List.of(BOB), "figures");

        MimeMessage internal = single(BOB);
        assertThat(internal.getHeader(AUTH_AS, null)).isEqualTo("Internal");
        assertThat(internal.getSubject()).isEqualTo("[internal] figures");
        assertThat(internal.getHeader("X-Contoso-Internal", null)).isEqualTo("yes");
        MimeMessage report = single(JOURNAL);
        assertThat(report.getHeader(JournalReport.HEADER)).isNotNull();
        assertThat(report.getSubject()).isEqualTo("[internal] figures");
        Multipart parts = (Multipart) report.getContent();
        assertThat(parts.getBodyPart(0).getContent().toString())
                .contains("Sender: " + ALICE)
                .contains("To: bob@" + ROUTING_DOMAIN);
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("message/rfc822");

        // The inbound connector no longer recognizes the on-premises certificate: the same mail is anonymous.
        transport.setInboundConnector(c -> c.withTlsSenderCertificateName("smtp.contoso.com"));
        submit(false, ALICE, "alice-pw", List.of(BOB), "figures again");

        MimeMessage anonymous = transport.messages(BOB).get(1);
        assertThat(anonymous.getHeader(AUTH_AS, null)).isEqualTo("Anonymous");
        assertThat(anonymous.getSubject()).isEqualTo("figures again");
        assertThat(anonymous.getHeader("X-Contoso-Internal")).isNull();
        assertThat(transport.messages(JOURNAL)).hasSize(1);
    }

    @Test
    void anMxAtTheWrongTenantsProtectionHostIsSentToTheWrongRegion() throws Exception {
        startInternalRelay();
        mx.set("tailspin.example", PROTECTION_HOST);

        submitFromFabrikam(List.of("someone@tailspin.example"), "lost");

        assertNonDeliveryReport(
                CAROL, Reason.MAIL_WRONG_REGION, "451 4.4.62 Mail sent to the wrong Office 365 region. ATTR35");
    }

    @Test
    void anMxNamingAHostThatDoesNotExistIsADnsFailure() throws Exception {
        startInternalRelay();
        mx.set("contoso.com", "mx.nowhere.example");

        submitFromFabrikam(List.of(ALICE), "lost");

        assertNonDeliveryReport(CAROL, Reason.MAIL_MX_HOST_NOT_FOUND, "451 4.4.0 DNS query failed.");
        assertThat(transport.messages(ALICE)).isEmpty();
    }

    @Test
    void aMessageThatCrossedTooManyHostsIsRefusedAsAMailLoop() throws Exception {
        startInternalRelay();
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(transport.endpoints().get("Exchange Online Protection")));
        Session session = Session.getInstance(p);
        MimeMessage looping = new MimeMessage(session);
        looping.setFrom(new InternetAddress(CAROL));
        looping.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(BOB));
        looping.setSubject("round and round");
        looping.setText("body");
        for (int hop = 0; hop < ConnectorSession.MAX_HOP_COUNT; hop++) {
            looping.addHeader("Received", "from mx" + hop + ".example by mx" + (hop + 1) + ".example");
        }

        assertThatThrownBy(() -> Transport.send(looping))
                .hasStackTraceContaining(SmtpRefusal.line(Reason.MAIL_HOP_COUNT_EXCEEDED));
        assertThat(transport.messages(BOB)).isEmpty();
    }

    private MimeMessage single(String mailbox) {
        List<MimeMessage> messages =
                mailbox.endsWith("@fabrikam.net") ? fabrikam.messages(mailbox) : transport.messages(mailbox);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static List<String> received(MimeMessage message) throws MessagingException {
        String[] values = message.getHeader("Received");
        return values == null
                ? List.of()
                : Arrays.stream(values).map(v -> v.replaceAll("\\s+", " ")).toList();
    }

    private void assertNonDeliveryReport(String sender, Reason reason, String reply) throws Exception {
        MimeMessage report = single(sender);
        assertThat(report.getSubject()).startsWith("Undeliverable: ");
        assertThat(report.getHeader(NonDeliveryReport.REASON_HEADER, null)).isEqualTo(reason.name());
        assertThat(report.getContent().toString()).contains("Remote Server returned '" + reply);
    }

    private void submitFromFabrikam(List<String> to, String subject) throws MessagingException {
        send(fabrikam.submissionPort(), CAROL, "carol-pw", to, subject);
    }

    private void submit(boolean cloud, String user, String password, List<String> to, String subject)
            throws MessagingException {
        send(transport.submissionPort(cloud), user, password, to, subject);
    }

    private void send(int port, String user, String password, List<String> to, String subject)
            throws MessagingException {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.localhost", "client.example");
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
        p.put(
                "mail.smtp.ssl.socketFactory",
                TrustBundles.clientContext(certificates.trustBundle()).getSocketFactory());
        p.put("mail.smtp.ssl.checkserveridentity", "false");
        Session session = Session.getInstance(p);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(user));
        for (String recipient : to) {
            message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient));
        }
        message.setSubject(subject);
        message.setText("body");
        message.saveChanges();
        try (Transport t = session.getTransport("smtp")) {
            t.connect(user, password);
            t.sendMessage(message, message.getAllRecipients());
        }
    }
}
