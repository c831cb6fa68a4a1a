package io.fedemu.tenant.transport;

import static io.fedemu.tenant.transport.HybridPair.ALICE;
import static io.fedemu.tenant.transport.HybridPair.FRONTEND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fedemu.certs.Credential;
import io.fedemu.protocol.reason.Reason;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listening connectors as {@code openssl s_client -starttls smtp} sees them (docs/PROTOCOL.md section 17): what
 * EHLO offers before and after STARTTLS, the certificate each presents and its chain to the emulator CA, who may
 * complete the handshake without a certificate, and what a certificate for another name earns.
 */
class SmtpStarttlsWireAcceptanceTest {
    private static final String EOP = "Exchange Online Protection";
    private static final String SUBMISSION = "Client Frontend EX2013-CAS1";
    private static final String AUTH_AS = "X-MS-Exchange-Organization-AuthAs";

    @TempDir
    Path state;

    @TempDir
    Path scratch;

    private HybridPair pair;

    @BeforeEach
    void start() {
        assumeTrue(Files.isExecutable(OpenSslClient.OPENSSL), "openssl is not installed");
        pair = HybridPair.start(state, ConnectionLimits.DEFAULTS);
    }

    @AfterEach
    void stop() {
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void defaultFrontendOffersStarttlsAndPresentsTheMailHostAndServerNamesChainedToTheEmulatorCa() throws Exception {
        assertThat(plainEhlo(pair.port(FRONTEND)))
                .contains("250-mail.contoso.com", "250-8BITMIME", "250-STARTTLS")
                .noneMatch(l -> l.contains("AUTH"));

        try (OpenSslClient openssl = starttls(FRONTEND, protectionNamed())) {
            X509Certificate certificate = openssl.serverCertificate();
            assertThat(dnsNames(certificate)).contains("mail.contoso.com", "ex2013-cas1.contoso.com");
            assertThat(openssl.handshake()).contains("Verify return code: 0 (ok)");
            assertThat(openssl.send("EHLO mail.protection.outlook.com").reply())
                    .contains("250-8BITMIME")
                    .last()
                    .isEqualTo("250 Ok");
        }
    }

    @Test
    void exchangeOnlineProtectionPresentsTheProtectionNamesChainedToTheEmulatorCa() throws Exception {
        assertThat(plainEhlo(pair.port(EOP)))
                .contains("250-contoso-com.mail.protection.outlook.com", "250-8BITMIME", "250-STARTTLS")
                .noneMatch(l -> l.contains("AUTH"));

        try (OpenSslClient openssl = starttls(EOP, onPremisesNamed())) {
            assertThat(dnsNames(openssl.serverCertificate()))
                    .contains("mail.protection.outlook.com", "contoso-com.mail.protection.outlook.com");
            assertThat(openssl.handshake()).contains("Verify return code: 0 (ok)");
        }
    }

    @Test
    void submissionOffersAuthOnlyAfterStarttlsAndTakesAClientWithoutCertificate() throws Exception {
        assertThat(plainEhlo(pair.port(SUBMISSION)))
                .contains("250-mail.contoso.com", "250-8BITMIME", "250-STARTTLS")
                .noneMatch(l -> l.contains("AUTH"));

        try (OpenSslClient openssl = starttls(SUBMISSION, null)) {
            assertThat(openssl.handshake()).contains("Verify return code: 0 (ok)");
            assertThat(openssl.send("EHLO client.example").reply()).contains("250-AUTH PLAIN LOGIN");
            String plain = Base64.getEncoder()
                    .encodeToString(("\0" + ALICE + "\0alice-pw").getBytes(StandardCharsets.US_ASCII));
            assertThat(openssl.send("AUTH PLAIN " + plain).reply())
                    .singleElement()
                    .asString()
                    .startsWith("235");
            assertThat(openssl.send("MAIL FROM:<" + ALICE + ">").reply()).containsExactly("250 Ok");
            assertThat(openssl.send("RCPT TO:<" + ALICE + ">").reply()).containsExactly("250 Ok");
            assertThat(openssl.send("DATA").reply()).singleElement().asString().startsWith("354");
            assertThat(openssl.send("Subject: over openssl", "", "hello", ".").reply())
                    .containsExactly("250 Ok");
            openssl.send("QUIT").reply();
        }
        assertThat(pair.transport().messages(ALICE)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("over openssl");
            assertThat(m.getHeader(AUTH_AS, null)).isEqualTo("Internal");
        });
    }

    @Test
    void aFrontendThatRequiresTlsAnswersMailFromBeforeStarttlsWithExchangesLine() throws Exception {
        pair.transport()
                .setReceiveConnector(
                        FRONTEND,
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

        try (SmtpLines smtp = new SmtpLines(pair.port(FRONTEND))) {
            smtp.reply();
            smtp.send("EHLO mx.fabrikam.example").reply();
            assertThat(smtp.send("MAIL FROM:<postmaster@fabrikam.example>").reply())
                    .containsExactly("451 5.7.3 STARTTLS is required to send mail.")
                    .containsExactly(SmtpRefusal.line(Reason.MAIL_STARTTLS_REQUIRED));
        }
    }

    @Test
    void withoutAClientCertificateTheHandshakeCompletesAndTheSessionIsAnonymous() throws Exception {
        // The connectors between the premises ask for a client certificate but, as Exchange, let a host without
        // one (an internet server) finish STARTTLS; it just proves nothing.
        for (String connector : List.of(FRONTEND, EOP)) {
            try (OpenSslClient openssl = starttls(connector, null)) {
                assertThat(openssl.handshake())
                        .as("%s without a client certificate", connector)
                        .contains("Verify return code: 0 (ok)");
                assertThat(openssl.send("EHLO client.example").reply())
                        .as("%s answers EHLO inside TLS", connector)
                        .anyMatch(l -> l.startsWith("250"));
                openssl.send("QUIT").reply();
            }
        }
        deliverToAliceThrough(null, "from a host without a certificate");

        MimeMessage received = pair.transport().messages(ALICE).get(0);
        assertThat(received.getSubject()).isEqualTo("from a host without a certificate");
        assertThat(received.getHeader(AUTH_AS)).containsExactly("Anonymous");
    }

    @Test
    void aCertificateTheEmulatorCaIssuedForAnotherNameGetsAnAnonymousSession() throws Exception {
        Credential outsider =
                pair.certificates().smtpServer("outsider", List.of("mx.fabrikam.example"), pair.authority());
        deliverToAliceThrough(outsider, "from an outsider");
        deliverToAliceThrough(protectionNamed(), "from Exchange Online Protection");

        List<MimeMessage> received = pair.transport().messages(ALICE);
        assertThat(received)
                .extracting(MimeMessage::getSubject)
                .containsExactly("from an outsider", "from Exchange Online Protection");
        // The outsider's own AuthAs header is stripped: the header firewall, then Anonymous.
        assertThat(received.get(0).getHeader(AUTH_AS)).containsExactly("Anonymous");
        assertThat(received.get(1).getHeader(AUTH_AS)).containsExactly("Internal");
    }

    private void deliverToAliceThrough(Credential client, String subject) throws Exception {
        try (OpenSslClient openssl = starttls(FRONTEND, client)) {
            assertThat(openssl.handshake()).contains("Verify return code: 0 (ok)");
            openssl.send("EHLO mx.example").reply();
            assertThat(openssl.send("MAIL FROM:<postmaster@fabrikam.example>").reply())
                    .containsExactly("250 Ok");
            assertThat(openssl.send("RCPT TO:<" + ALICE + ">").reply()).containsExactly("250 Ok");
            openssl.send("DATA").reply();
            assertThat(openssl.send(
                                    "Subject: " + subject,
                                    AUTH_AS + ": Internal",
                                    "",
                                    "the outsider claims to be internal",
                                    ".")
                            .reply())
                    .containsExactly("250 Ok");
            openssl.send("QUIT").reply();
        }
    }

    private OpenSslClient starttls(String connector, Credential client) throws Exception {
        return OpenSslClient.starttls(pair.port(connector), pair.certificates().trustBundle(), client, scratch);
    }

    private Credential protectionNamed() {
        return pair.certificates()
                .smtpServer("eop-client", List.of(HybridConnectors.PROTECTION_DOMAIN), pair.authority());
    }

    private Credential onPremisesNamed() {
        return pair.certificates().smtpServer("onprem-client", List.of("mail.contoso.com"), pair.authority());
    }

    private static List<String> plainEhlo(int port) throws Exception {
        try (SmtpLines smtp = new SmtpLines(port)) {
            assertThat(smtp.reply()).singleElement().asString().startsWith("220 ");
            List<String> ehlo = smtp.send("EHLO client.example").reply();
            smtp.send("QUIT").reply();
            return ehlo;
        }
    }

    private static List<String> dnsNames(X509Certificate certificate) throws Exception {
        List<String> names = new ArrayList<>();
        for (List<?> name : certificate.getSubjectAlternativeNames()) {
            if (Integer.valueOf(2).equals(name.get(0))) {
                names.add(name.get(1).toString());
            }
        }
        return names;
    }
}
