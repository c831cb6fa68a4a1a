package io.fedemu.tenant.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.Credential;
import io.fedemu.certs.TrustBundles;
import io.fedemu.protocol.reason.Reason;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mail between contoso.com on-premises and its Exchange Online tenant over real SMTP with mutual TLS, Angus Mail
 * as every user's client: what arrives, with which headers, and the reply or non-delivery report of each fault.
 */
class HybridMailTransportTest {
    private static final String ALICE = HybridPair.ALICE;
    private static final String BOB = HybridPair.BOB;
    private static final String ROUTING_DOMAIN = HybridPair.ROUTING_DOMAIN;
    private static final String AUTH_AS = HybridPair.AUTH_AS;

    @TempDir
    Path state;

    private CertificateStore certificates;
    private CertificateAuthority authority;
    private HybridMailTransport transport;
    private HybridPair pair;

    @BeforeEach
    void start() {
        pair = new HybridPair(state, List.of(HybridConnectors.PROTECTION_DOMAIN));
        certificates = pair.certificates;
        authority = pair.authority;
        transport = pair.transport;
    }

    @AfterEach
    void stop() {
        transport.close();
    }

    @Test
    void theWizardsConnectorsAreThereEachOnItsOwnPort() {
        assertThat(transport.receiveConnectors()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Default Frontend EX2013-CAS1");
            assertThat(c.tlsDomainCapabilities()).isEqualTo("mail.protection.outlook.com:AcceptCloudServicesMail");
            assertThat(c.tlsCertificateName()).startsWith("<I>").contains("<S>CN=mail.contoso.com");
        });
        SendConnector send = transport.sendConnector();
        assertThat(send.name()).isEqualTo("Outbound to Office 365");
        assertThat(send.addressSpaces()).containsExactly(ROUTING_DOMAIN);
        assertThat(send.smartHost()).isEqualTo("contoso-com.mail.protection.outlook.com");
        assertThat(send.tlsAuthLevel()).isEqualTo(TlsAuthLevel.DOMAIN_VALIDATION);
        assertThat(send.tlsDomain()).isEqualTo("mail.protection.outlook.com");
        assertThat(send.requireTls()).isTrue();
        assertThat(transport.inboundConnector().connectorType()).isEqualTo("OnPremises");
        assertThat(transport.inboundConnector().tlsSenderCertificateName()).isEqualTo("mail.contoso.com");
        assertThat(transport.outboundConnector().smartHosts()).containsExactly("mail.contoso.com");
        assertThat(transport.outboundConnector().routeAllMessagesViaOnPremises())
                .isFalse();
        assertThat(transport.endpoints().values())
                .doesNotHaveDuplicates()
                .allSatisfy(p -> assertThat(p).isPositive());
    }

    @Test
    void aRemoteMailboxsMailCrossesToTheCloudAsInternal() throws Exception {
        submit(false, ALICE, "alice-pw", List.of(BOB), "quarterly figures", "see attached");

        assertThat(transport.messages(BOB)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("quarterly figures");
            assertThat(m.getHeader(AUTH_AS, null)).isEqualTo("Internal");
            assertThat(m.getHeader("X-MS-Exchange-Organization-SCL", null)).isEqualTo("-1");
            assertThat(m.getHeader("X-MS-Exchange-Organization-AuthSource", null))
                    .isEqualTo("contoso-com.mail.protection.outlook.com");
            assertThat(m.getHeader(HeaderFirewall.FILTERED_BY_SEND_CONNECTOR)).isNull();
        });
    }

    @Test
    void cloudMailForAnOnPremisesUserComesBackDomainSecured() throws Exception {
        transport.setReceiveConnector(
                "Default Frontend EX2013-CAS1",
                c -> new ReceiveConnector(
                        c.name(),
                        c.server(),
                        c.fqdn(),
                        c.port(),
                        c.authMechanism(),
                        true,
                        c.tlsCertificateName(),
                        c.tlsDomainCapabilities(),
                        true,
                        c.maxMessageSize(),
                        c.maxRecipientsPerMessage()));
        // Domain Security needs both ends: the cloud's send list names contoso.com (section 18).
        transport.setTransportConfig(true, c -> new TransportConfig(List.of("contoso.com"), List.of()));

        submit(true, BOB, "bob-pw", List.of(ALICE), "re: quarterly figures", "thanks");

        assertThat(transport.messages(ALICE)).singleElement().satisfies(m -> {
            assertThat(m.getHeader(AUTH_AS, null)).isEqualTo("Internal");
            assertThat(m.getHeader("X-MS-Exchange-Organization-AuthDomain", null))
                    .isEqualTo("mail.protection.outlook.com");
            assertThat(m.getHeader("X-MS-Exchange-Organization-AuthSource", null))
                    .isEqualTo("mail.contoso.com");
        });
    }

    @Test
    void aSenderCertificateNameThatDoesNotMatchMakesTheMessageAnonymousAndStripsOrganizationHeaders() throws Exception {
        transport.setInboundConnector(c -> c.withTlsSenderCertificateName("smtp.contoso.com"));

        submit(false, ALICE, "alice-pw", List.of(BOB), "quarterly figures", "see attached");

        assertThat(transport.messages(BOB)).singleElement().satisfies(m -> {
            assertThat(m.getHeader(AUTH_AS, null)).isEqualTo("Anonymous");
            assertThat(m.getHeader("X-MS-Exchange-Organization-SCL")).isNull();
            assertThat(m.getHeader("X-MS-Exchange-CrossPremises-AuthAs")).isNull();
        });
    }

    @Test
    void aTlsDomainTheProtectionCertificateDoesNotCarryReturnsTheCertificateValidationFailure() throws Exception {
        transport.setSendConnector(c -> c.withTlsDomain("mail.protection.example.net"));

        submit(false, ALICE, "alice-pw", List.of(BOB), "quarterly figures", "see attached");

        assertThat(transport.messages(BOB)).isEmpty();
        assertNonDeliveryReport(
                Reason.MAIL_PEER_CERTIFICATE_DOMAIN_MISMATCH, "454 4.7.5 Certificate validation failure");
    }

    @Test
    void aTlsCertificateNameNamingNoCertificateNeverConnects() throws Exception {
        transport.setSendConnector(c -> c.withTlsCertificateName("<I>CN=MSIT Machine Auth CA 2<S>CN=mail.contoso.com"));

        submit(false, ALICE, "alice-pw", List.of(BOB), "quarterly figures", "see attached");

        assertNonDeliveryReport(
                Reason.MAIL_SEND_CERTIFICATE_NOT_FOUND,
                "454 4.7.5 The certificate specified in TlsCertificateName of the SendConnector could not be found.");
    }

    @Test
    void anUnreachableSmartHostIsReportedToTheSender() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        transport.setSendConnector(c -> c.withSmartHostPort(closed));

        submit(false, ALICE, "alice-pw", List.of(BOB), "quarterly figures", "see attached");

        assertNonDeliveryReport(Reason.MAIL_HOP_UNREACHABLE, "451 4.4.0 Primary target IP address responded with");
    }

    @Test
    void aHostWithoutTheOnPremisesCertificateMayNotRelayThroughExchangeOnline() throws Exception {
        Credential outsider = certificates.smtpServer("outsider", List.of("mx.fabrikam.example"), authority);
        Properties p = properties(
                transport.endpoints().get("Exchange Online Protection"), context(outsider), "mx.fabrikam.example");

        assertThatThrownBy(
                        () -> send(Session.getInstance(p), "someone@fabrikam.example", List.of("x@tailspin.example")))
                .hasStackTraceContaining("550 5.7.64 TenantAttribution; Relay Access Denied ATTR36")
                .hasStackTraceContaining(SmtpRefusal.line(Reason.MAIL_SENDER_CERTIFICATE_NOT_ACCEPTED));
    }

    @Test
    void aFrontendThatRequiresTlsRefusesMailFromBeforeStarttls() {
        transport.setReceiveConnector(
                "Default Frontend EX2013-CAS1",
                c -> new ReceiveConnector(
                        c.name(),
                        c.server(),
                        c.fqdn(),
                        c.port(),
                        c.authMechanism(),
                        true,
                        c.tlsCertificateName(),
                        c.tlsDomainCapabilities(),
                        false,
                        c.maxMessageSize(),
                        c.maxRecipientsPerMessage()));
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(transport.endpoints().get("Default Frontend EX2013-CAS1")));

        assertThatThrownBy(() -> send(Session.getInstance(p), "postmaster@fabrikam.example", List.of(ALICE)))
                .hasStackTraceContaining(SmtpRefusal.line(Reason.MAIL_STARTTLS_REQUIRED));
    }

    @Test
    void submissionRefusesAWrongPasswordAnUnknownRecipientAndRelay() {
        assertThatThrownBy(() -> submit(false, ALICE, "guess", List.of(BOB), "s", "b"))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("5.7.3 Authentication unsuccessful")
                .hasMessageContaining(SmtpRefusal.line(Reason.MAIL_AUTHENTICATION_FAILED));
        assertThatThrownBy(() -> submit(false, ALICE, "alice-pw", List.of("carol@contoso.com"), "s", "b"))
                .hasStackTraceContaining(SmtpRefusal.line(Reason.MAIL_RECIPIENT_NOT_FOUND));
        assertThatThrownBy(() -> submit(false, ALICE, "alice-pw", List.of("x@tailspin.example"), "s", "b"))
                .hasStackTraceContaining(SmtpRefusal.line(Reason.MAIL_RELAY_DENIED));
    }

    @Test
    void hostileInputIsRefusedWithLimitsAndTheServerStaysUp() throws Exception {
        assertThatThrownBy(() -> submit(false, ALICE, "alice-pw", List.of(BOB), "big", "x".repeat(70 * 1024)))
                .hasStackTraceContaining(SmtpRefusal.line(Reason.MAIL_MESSAGE_TOO_LARGE));
        assertThatThrownBy(() -> submit(false, ALICE, "alice-pw", List.of(BOB, BOB, BOB, BOB), "many", "recipients"))
                .hasStackTraceContaining(SmtpRefusal.line(Reason.MAIL_TOO_MANY_RECIPIENTS));

        submit(false, ALICE, "alice-pw", List.of(BOB), "still up", "yes");
        assertThat(transport.messages(BOB)).extracting(MimeMessage::getSubject).containsExactly("still up");
    }

    private void assertNonDeliveryReport(Reason reason, String reply) throws Exception {
        assertThat(transport.messages(ALICE)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Undeliverable: quarterly figures");
            assertThat(m.getHeader(NonDeliveryReport.REASON_HEADER, null)).isEqualTo(reason.name());
            assertThat(m.getContent().toString())
                    .contains("bob@" + ROUTING_DOMAIN)
                    .contains("Remote Server returned '" + reply);
        });
    }

    private void submit(boolean cloud, String user, String password, List<String> to, String subject, String body)
            throws MessagingException {
        pair.submit(cloud, user, password, to, subject, body);
    }

    private static void send(Session session, String from, List<String> to) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        for (String recipient : to) {
            message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient));
        }
        message.setSubject("hello");
        message.setText("hello");
        Transport.send(message);
    }

    private static Properties properties(int port, SSLContext context, String ehlo) {
        return HybridPair.properties(port, context, ehlo);
    }

    private SSLContext context(Credential client) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        KeyManager[] keys = TrustBundles.keyManagers(client).getKeyManagers();
        context.init(keys, new TrustManager[] {TrustBundles.trustManager(certificates.trustBundle())}, null);
        return context;
    }
}
