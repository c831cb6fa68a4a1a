package io.fedemu.tenant.transport;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.TrustBundles;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.net.ssl.SSLContext;

/**
 * contoso.com on-premises (alice, one Client Access server EX2013-CAS1) and its Exchange Online tenant (bob), as the
 * transport tests start them, and their users submitting with Angus Mail over STARTTLS with Basic auth.
 */
final class HybridPair implements AutoCloseable {
    static final String ALICE = "alice@contoso.com";
    static final String BOB = "bob@contoso.com";
    static final String ROUTING_DOMAIN = "contoso.mail.onmicrosoft.com";
    static final String AUTH_AS = "X-MS-Exchange-Organization-AuthAs";
    static final String FRONTEND = "Default Frontend EX2013-CAS1";

    final CertificateStore certificates;
    final CertificateAuthority authority;
    final HybridMailTransport transport;

    HybridPair(Path state, List<String> onPremisesReceiveDomainSecureList) {
        this(state, onPremisesReceiveDomainSecureList, ConnectionLimits.DEFAULTS);
    }

    /** The pair with mail.protection.outlook.com on the secure list and every listener held to {@code limits}. */
    static HybridPair start(Path state, ConnectionLimits limits) {
        return new HybridPair(state, List.of(HybridConnectors.PROTECTION_DOMAIN), limits);
    }

    HybridPair(Path state, List<String> onPremisesReceiveDomainSecureList, ConnectionLimits limits) {
        certificates = CertificateStore.in(state);
        authority = certificates.initAuthority(Clock.systemUTC());
        MailOrganization onPremises = new MailOrganization(
                "contoso",
                false,
                ROUTING_DOMAIN,
                List.of("contoso.com"),
                List.of(new TransportMailbox(ALICE, Set.of(), "alice-pw")),
                Map.of(BOB, "bob@" + ROUTING_DOMAIN),
                onPremisesReceiveDomainSecureList);
        MailOrganization cloud = new MailOrganization(
                "contoso-online",
                true,
                ROUTING_DOMAIN,
                List.of("contoso.com", ROUTING_DOMAIN),
                List.of(new TransportMailbox(BOB, Set.of("bob@" + ROUTING_DOMAIN), "bob-pw")),
                Map.of(ALICE, ALICE),
                List.of());
        transport = HybridMailTransport.start(
                new HybridMailTransport.Options(state, Clock.systemUTC(), 64 * 1024, 3).withConnectionLimits(limits),
                certificates,
                authority,
                onPremises,
                cloud,
                List.of("EX2013-CAS1"),
                "mail.contoso.com");
    }

    /** {@code user} submits through their own side ({@code cloud}: Exchange Online's submission port). */
    void submit(boolean cloud, String user, String password, List<String> to, String subject, String body)
            throws MessagingException {
        Properties p = properties(
                transport.submissionPort(cloud),
                TrustBundles.clientContext(certificates.trustBundle()),
                "client.contoso.com");
        p.put("mail.smtp.auth", "true");
        Session session = Session.getInstance(p);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(user));
        for (String recipient : to) {
            message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient));
        }
        message.setSubject(subject);
        message.setText(body);
        // A client may claim organization headers; the firewall must not let them through as the server's.
        message.setHeader("X-MS-Exchange-Organization-SCL", "-1");
        message.saveChanges();
        try (Transport t = session.getTransport("smtp")) {
            t.connect(user, password);
            t.sendMessage(message, message.getAllRecipients());
        }
    }

    static Properties properties(int port, SSLContext context, String ehlo) {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.localhost", ehlo);
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
        p.put("mail.smtp.ssl.socketFactory", context.getSocketFactory());
        p.put("mail.smtp.ssl.checkserveridentity", "false");
        return p;
    }

    HybridMailTransport transport() {
        return transport;
    }

    CertificateStore certificates() {
        return certificates;
    }

    CertificateAuthority authority() {
        return authority;
    }

    int port(String connector) {
        return transport.endpoints().get(connector);
    }

    @Override
    public void close() {
        transport.close();
    }
}
