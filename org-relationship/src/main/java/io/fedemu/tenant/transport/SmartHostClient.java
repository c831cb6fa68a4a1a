package io.fedemu.tenant.transport;

import io.fedemu.certs.Credential;
import io.fedemu.certs.TrustBundles;
import io.fedemu.protocol.reason.Reason;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * The sending side of a hop (a Send connector, an outbound connector) with Angus Mail: EHLO with the connector's
 * FQDN, STARTTLS (required when the connector requires TLS), its certificate presented as the TLS client, and the
 * receiving host's certificate checked at the connector's TLS auth level.
 */
final class SmartHostClient {
    /** Where and how one hop is sent. {@code clientCertificate} null presents none. */
    record Hop(
            int port,
            String ehloName,
            boolean requireTls,
            TlsAuthLevel authLevel,
            String tlsDomain,
            Credential clientCertificate) {}

    /**
     * The hop's outcome: delivered, or the reply (received, or the queue's own) and its reason; {@code connector}
     * the connector it left through, once known.
     */
    record Outcome(Reason reason, String reply, String connector) {
        static final Outcome SENT = new Outcome(null, "250 2.6.0 Queued mail for delivery");

        Outcome(Reason reason, String reply) {
            this(reason, reply, null);
        }

        boolean sent() {
            return reason == null;
        }

        Outcome through(String name) {
            return new Outcome(reason, reply, name);
        }
    }

    /** Angus Mail's words when mail.smtp.starttls.required is set and the EHLO answer lacks STARTTLS. */
    private static final String STARTTLS_NOT_SUPPORTED = "STARTTLS is required but host does not support STARTTLS";

    private final List<X509Certificate> roots;

    SmartHostClient(List<X509Certificate> roots) {
        this.roots = List.copyOf(roots);
    }

    Outcome send(Hop hop, String from, List<String> recipients, MimeMessage message) {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(hop.port()));
        p.put("mail.smtp.localhost", hop.ehloName());
        p.put("mail.smtp.from", from);
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", String.valueOf(hop.requireTls()));
        p.put("mail.smtp.ssl.socketFactory", context(hop).getSocketFactory());
        p.put("mail.smtp.socketFactory", NoDelaySockets.client());
        // The host name is 127.0.0.1: the name check is the connector's own (TlsDomain), in the trust manager.
        p.put("mail.smtp.ssl.checkserveridentity", "false");
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "30000");
        Session session = Session.getInstance(p);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            Address[] to = new Address[recipients.size()];
            for (int i = 0; i < to.length; i++) {
                to[i] = new InternetAddress(recipients.get(i));
            }
            transport.sendMessage(message, to);
            return Outcome.SENT;
        } catch (MessagingException e) {
            return outcomeOf(e);
        }
    }

    private static Outcome outcomeOf(MessagingException failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof DomainValidationFailure) {
                return refusedBy(Reason.MAIL_PEER_CERTIFICATE_DOMAIN_MISMATCH);
            }
            if (t instanceof PeerCertificateExpired) {
                return refusedBy(Reason.MAIL_PEER_CERTIFICATE_EXPIRED);
            }
            if (t.getMessage() != null && t.getMessage().contains(STARTTLS_NOT_SUPPORTED)) {
                // The receiving host's EHLO offered no STARTTLS; the cause (a path stripping it, a Receive connector
                // without its certificate) is the relay's diagnosis to name.
                return refusedBy(Reason.MAIL_STARTTLS_STRIPPED);
            }
            String reply = null;
            if (t instanceof SMTPAddressFailedException address) {
                reply = address.getReturnCode() + " " + address.getMessage().trim();
            } else if (t instanceof SMTPSendFailedException sent) {
                reply = sent.getReturnCode() + " " + sent.getMessage().trim();
            }
            if (reply != null) {
                String line = reply.replaceFirst("^(\\d{3}) \\1 ", "$1 ");
                return new Outcome(SmtpRefusal.reasonOf(line).orElse(null), line);
            }
        }
        // No reply at all: the connection or the handshake failed before the peer could answer.
        return refusedBy(Reason.MAIL_HOP_UNREACHABLE);
    }

    static Outcome refusedBy(Reason reason) {
        return new Outcome(reason, SmtpRefusal.line(reason));
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private SSLContext context(Hop hop) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            KeyManager[] keys = hop.clientCertificate() == null
                    ? null
                    : TrustBundles.keyManagers(hop.clientCertificate()).getKeyManagers();
            context.init(keys, new TrustManager[] {new ConnectorTrust(TrustBundles.trustManager(roots), hop)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the connector's TLS context", e);
        }
    }

    /** The receiving host's certificate at the connector's TlsAuthLevel. */
    private record ConnectorTrust(X509TrustManager chain, Hop hop) implements X509TrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] certificates, String authType) throws CertificateException {
            if (hop.authLevel() == null || hop.authLevel() == TlsAuthLevel.ENCRYPTION_ONLY) {
                return;
            }
            try {
                certificates[0].checkValidity();
            } catch (java.security.cert.CertificateExpiredException e) {
                throw new PeerCertificateExpired(certificates[0]);
            } catch (java.security.cert.CertificateNotYetValidException e) {
                // Left to the chain check below, which refuses it too.
            }
            chain.checkServerTrusted(certificates, authType);
            if (hop.authLevel() == TlsAuthLevel.DOMAIN_VALIDATION
                    && !CertificateNames.carries(certificates[0], hop.tlsDomain())) {
                throw new DomainValidationFailure(hop.tlsDomain(), CertificateNames.of(certificates[0]));
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] certificates, String authType) throws CertificateException {
            chain.checkClientTrusted(certificates, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return chain.getAcceptedIssuers();
        }
    }

    /** The receiving host's certificate is past its notAfter: Exchange's "Certificate validation failure". */
    static final class PeerCertificateExpired extends CertificateException {
        private static final long serialVersionUID = 1L;

        PeerCertificateExpired(X509Certificate certificate) {
            super("the certificate expired on " + certificate.getNotAfter().toInstant());
        }
    }

    /** DomainValidation failed: the receiving host's certificate does not carry the TlsDomain. */
    static final class DomainValidationFailure extends CertificateException {
        private static final long serialVersionUID = 1L;

        DomainValidationFailure(String tlsDomain, List<String> names) {
            super("the certificate names " + names + ", not the TlsDomain " + tlsDomain);
        }
    }
}
