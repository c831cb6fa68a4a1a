package io.fedemu.tenant.transport;

import static io.fedemu.tenant.transport.HybridPair.ALICE;
import static io.fedemu.tenant.transport.HybridPair.AUTH_AS;
import static io.fedemu.tenant.transport.HybridPair.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.protocol.reason.Reason;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connector cmdlets and the faults of the mail path between contoso.com and its tenant (docs/PROTOCOL.md
 * section 18), over real SMTP with Angus Mail: each fault's exact reply in the non-delivery report, with its reason,
 * and a refused setting that changes nothing.
 */
class MailConnectorFaultsTest {
    private static final String FRONTEND = "Default Frontend EX2013-CAS1";

    @TempDir
    Path state;

    private HybridPair pair;
    private HybridMailTransport transport;
    private MailAdministration onPremises;
    private MailAdministration cloud;
    private final AtomicBoolean stripped = new AtomicBoolean();
    private final AtomicBoolean cloudExpired = new AtomicBoolean();
    private final AtomicBoolean onPremisesExpired = new AtomicBoolean();

    @BeforeEach
    void start() {
        pair = new HybridPair(state, List.of());
        transport = pair.transport;
        transport.faults(new MailFaults() {
            @Override
            public boolean stripsStartTls(String from, String to) {
                return stripped.get() && from.equals("contoso");
            }

            @Override
            public boolean expiredCertificate(String organization) {
                return organization.equals("contoso") ? onPremisesExpired.get() : cloudExpired.get();
            }
        });
        onPremises = transport.administration(false);
        cloud = transport.administration(true);
    }

    @AfterEach
    void stop() {
        transport.close();
    }

    @Test
    void aReceiveConnectorWhoseCertificateIsMissingOffersNoStarttlsAndCloudMailIsRefused() throws Exception {
        assertThat(ehlo(transport.endpoints().get(FRONTEND))).contains("250-STARTTLS");

        onPremises.set(
                MailAdministration.RECEIVE,
                FRONTEND,
                Map.of("TlsCertificateName", "<I>CN=Old CA<S>CN=mail.contoso.com"));

        assertThat(ehlo(transport.endpoints().get(FRONTEND))).noneMatch(line -> line.contains("STARTTLS"));
        assertThat(onPremises.get(MailAdministration.RECEIVE, FRONTEND)).containsEntry("startTlsOffered", false);
        pair.submit(true, BOB, "bob-pw", List.of(ALICE), "figures", "see attached");
        assertThat(transport.messages(ALICE)).isEmpty();
        assertReport(BOB, Reason.MAIL_RECEIVE_CERTIFICATE_NOT_FOUND, "451 5.7.3 STARTTLS is required to send mail");
    }

    @Test
    void aStarttlsStrippingDeviceOnThePathFailsTheSendConnector() throws Exception {
        stripped.set(true);

        pair.submit(false, ALICE, "alice-pw", List.of(BOB), "figures", "see attached");

        assertThat(transport.messages(BOB)).isEmpty();
        assertReport(ALICE, Reason.MAIL_STARTTLS_STRIPPED, "451 5.7.3 STARTTLS is required to send mail");
        stripped.set(false);
        pair.submit(false, ALICE, "alice-pw", List.of(BOB), "again", "mended");
        assertThat(transport.messages(BOB)).extracting(MimeMessage::getSubject).containsExactly("again");
    }

    @Test
    void anExpiredProtectionCertificateFailsTheSendConnectorsCheck() throws Exception {
        cloudExpired.set(true);

        pair.submit(false, ALICE, "alice-pw", List.of(BOB), "figures", "see attached");

        assertReport(ALICE, Reason.MAIL_PEER_CERTIFICATE_EXPIRED, "454 4.7.5 Certificate validation failure");
    }

    @Test
    void anExpiredOnPremisesCertificateProvesNothingSoTheCloudTakesTheMailAsAnonymous() throws Exception {
        onPremisesExpired.set(true);

        pair.submit(false, ALICE, "alice-pw", List.of(BOB), "figures", "see attached");

        assertThat(transport.messages(BOB))
                .singleElement()
                .satisfies(m -> assertThat(m.getHeader(AUTH_AS, null)).isEqualTo("Anonymous"));
    }

    @Test
    void aDisabledReceiveConnectorStopsListeningAndComesBackOnItsPort() throws Exception {
        int port = transport.endpoints().get(FRONTEND);
        onPremises.set(MailAdministration.RECEIVE, FRONTEND, Map.of("Enabled", false));

        pair.submit(true, BOB, "bob-pw", List.of(ALICE), "figures", "see attached");

        assertReport(BOB, Reason.MAIL_RECEIVE_CONNECTOR_DISABLED, "451 4.4.0 Primary target IP address responded with");
        onPremises.set(MailAdministration.RECEIVE, FRONTEND, Map.of("Enabled", true));
        assertThat(ehlo(port)).contains("250-STARTTLS");
    }

    @Test
    void aDisabledSendConnectorLeavesTheMessageWithoutARoute() throws Exception {
        onPremises.set(MailAdministration.SEND, "Outbound to Office 365", Map.of("Enabled", "$false"));

        pair.submit(false, ALICE, "alice-pw", List.of(BOB), "figures", "see attached");

        assertReport(ALICE, Reason.MAIL_CONNECTOR_DISABLED, "554 5.4.4 Unable to route");
    }

    @Test
    void aDisabledOutboundConnectorLeavesCloudMailWithoutARoute() throws Exception {
        cloud.set(MailAdministration.OUTBOUND, "Outbound to contoso", Map.of("Enabled", false));

        pair.submit(true, BOB, "bob-pw", List.of(ALICE), "figures", "see attached");

        assertReport(BOB, Reason.MAIL_CONNECTOR_DISABLED, "554 5.4.4 Unable to route");
    }

    @Test
    void aSmartHostNoNameResolvesIsADnsFailure() throws Exception {
        onPremises.set(MailAdministration.SEND, "Outbound to Office 365", Map.of("SmartHosts", List.of("eop.example")));

        pair.submit(false, ALICE, "alice-pw", List.of(BOB), "figures", "see attached");

        assertReport(ALICE, Reason.MAIL_SMART_HOST_NOT_FOUND, "451 4.4.0 DNS query failed");
    }

    @Test
    void theServersOwnCertificateOnTheSendConnectorMakesCloudMailAnonymous() throws Exception {
        String serverCertificate =
                "<I>" + transport.sendConnector().tlsCertificateName().replaceAll("^<I>(.*)<S>.*$", "$1")
                        + "<S>CN=ex2013-cas1,O=fedemu";
        onPremises.set(
                MailAdministration.SEND, "Outbound to Office 365", Map.of("TlsCertificateName", serverCertificate));

        pair.submit(false, ALICE, "alice-pw", List.of(BOB), "figures", "see attached");

        assertThat(transport.messages(BOB)).singleElement().satisfies(m -> {
            assertThat(m.getHeader(AUTH_AS, null)).isEqualTo("Anonymous");
            assertThat(m.getHeader("X-MS-Exchange-Organization-SCL")).isNull();
        });
    }

    @Test
    void domainSecuredNeedsBothSecureLists() throws Exception {
        onPremises.set(MailAdministration.RECEIVE, FRONTEND, Map.of("DomainSecureEnabled", true));
        onPremises.setTransportConfig(Map.of("TLSReceiveDomainSecureList", List.of("mail.protection.outlook.com")));

        pair.submit(true, BOB, "bob-pw", List.of(ALICE), "one list", "not secured");
        cloud.setTransportConfig(Map.of("TLSSendDomainSecureList", "contoso.com"));
        pair.submit(true, BOB, "bob-pw", List.of(ALICE), "both lists", "secured");

        assertThat(transport.messages(ALICE))
                .extracting(m -> m.getHeader("X-MS-Exchange-Organization-AuthDomain", null))
                .containsExactly(null, "mail.protection.outlook.com");
    }

    @Test
    void refusedSettingsNameTheFieldAndChangeNothing() {
        Map<String, Object> before = onPremises.get(MailAdministration.SEND, "Outbound to Office 365");

        assertRefused(
                () -> onPremises.set(
                        MailAdministration.SEND,
                        "Outbound to Office 365",
                        Map.of("RequireTLS", false, "Fqdn", "x.example")),
                Reason.MAIL_CONNECTOR_INVALID,
                "TlsAuthLevel: cannot be set while RequireTLS is $false");
        assertRefused(
                () -> onPremises.set(MailAdministration.SEND, "Outbound to Office 365", Map.of("TlsDomain", "$null")),
                Reason.MAIL_CONNECTOR_INVALID,
                "TlsDomain: a smart host connector with TlsAuthLevel DomainValidation needs a TlsDomain");
        assertRefused(
                () -> onPremises.set(
                        MailAdministration.RECEIVE, FRONTEND, Map.of("AuthMechanism", "BasicAuth", "RequireTLS", true)),
                Reason.MAIL_CONNECTOR_INVALID,
                "RequireTLS: $true needs Tls in AuthMechanism");
        assertRefused(
                () -> onPremises.set(MailAdministration.RECEIVE, FRONTEND, Map.of("MaxMessageSize", "huge")),
                Reason.MAIL_CONNECTOR_INVALID,
                "MaxMessageSize");
        assertRefused(
                () -> onPremises.set(MailAdministration.SEND, "Outbound to Office 365", Map.of("Colour", "blue")),
                Reason.MAIL_CONNECTOR_INVALID,
                "Colour: not a parameter of a Send connector");
        assertRefused(
                () -> cloud.set(
                        MailAdministration.INBOUND, "Inbound from contoso", Map.of("TlsSenderCertificateName", "")),
                Reason.MAIL_CONNECTOR_INVALID,
                "TlsSenderCertificateName");
        assertRefused(
                () -> onPremises.list(MailAdministration.INBOUND),
                Reason.MAIL_CONNECTOR_NOT_FOUND,
                "inbound-connectors");
        assertRefused(
                () -> onPremises.get(MailAdministration.SEND, "Outbound to Mars"),
                Reason.MAIL_CONNECTOR_NOT_FOUND,
                "Outbound to Mars");
        assertThat(onPremises.get(MailAdministration.SEND, "Outbound to Office 365"))
                .isEqualTo(before);
    }

    private static void assertRefused(Runnable call, Reason reason, String detail) {
        assertThatThrownBy(call::run)
                .isInstanceOf(ConnectorSettingRefused.class)
                .hasMessageContaining(detail)
                .satisfies(
                        e -> assertThat(((ConnectorSettingRefused) e).reason()).isEqualTo(reason));
    }

    private void assertReport(String sender, Reason reason, String reply) throws Exception {
        assertThat(transport.messages(sender))
                .filteredOn(MailConnectorFaultsTest::isReport)
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.getHeader(NonDeliveryReport.REASON_HEADER, null))
                            .isEqualTo(reason.name());
                    assertThat(m.getContent().toString()).contains("Remote Server returned '" + reply);
                });
    }

    private static boolean isReport(MimeMessage message) {
        try {
            return message.getHeader(NonDeliveryReport.REASON_HEADER) != null;
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    /** The EHLO answer of the connector on {@code port}, line by line. */
    private static List<String> ehlo(int port) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            in.readLine();
            out.write("EHLO probe.contoso.com\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            List<String> lines = new ArrayList<>();
            String line;
            do {
                line = in.readLine();
                lines.add(line);
            } while (line != null && line.length() > 3 && line.charAt(3) == '-');
            return lines;
        }
    }
}
