package io.fedemu.tenant.transport;

import io.fedemu.protocol.reason.Reason;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocket;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;

/** One SMTP transaction on a connector: the peer decided at MAIL FROM, recipients and size held to the limits. */
final class ConnectorSession implements MessageHandler {
    private static final Session PARSING = Session.getInstance(new Properties());

    /** A Receive connector's default MaxHopCount: more Received headers than this is a mail loop. */
    static final int MAX_HOP_COUNT = 60;

    private final MessageContext context;
    private final Reception reception;
    private final String connector;
    private final List<String> recipients = new ArrayList<>();
    private String from;
    private Arrival arrival;
    private boolean tls;

    ConnectorSession(MessageContext context, Reception reception) {
        this(context, reception, null);
    }

    ConnectorSession(MessageContext context, Reception reception, String connector) {
        this.context = context;
        this.reception = reception;
        this.connector = connector;
    }

    @Override
    public void from(String address) throws RejectException {
        boolean tls = context instanceof org.subethamail.smtp.server.Session session && session.isTLSStarted();
        if (reception.requireTls() && !tls) {
            throw new SmtpRefusal(Reason.MAIL_STARTTLS_REQUIRED);
        }
        Certificate[] peer = peerCertificates();
        X509Certificate leaf = peer != null && peer.length > 0 && peer[0] instanceof X509Certificate x ? x : null;
        if (ExpiredClientsToo.expired(leaf)) {
            // An expired certificate proves nothing: the peer is anonymous (section 18).
            leaf = null;
        }
        this.tls = tls;
        String user = context.getAuthenticationHandler()
                .map(h -> h.getIdentity() == null ? null : h.getIdentity().toString())
                .orElse(null);
        this.arrival = reception.arrival(leaf, user);
        this.from = address;
    }

    /** The chain the peer presented in the STARTTLS handshake, if it presented one (the server only asks). */
    private Certificate[] peerCertificates() {
        if (context.getTlsPeerCertificates() != null) {
            return context.getTlsPeerCertificates();
        }
        if (context instanceof org.subethamail.smtp.server.Session session
                && session.getSocket() instanceof SSLSocket socket) {
            try {
                return socket.getSession().getPeerCertificates();
            } catch (SSLPeerUnverifiedException e) {
                return null;
            }
        }
        return null;
    }

    @Override
    public void recipient(String address) throws RejectException {
        if (recipients.size() >= reception.maxRecipients()) {
            throw new SmtpRefusal(Reason.MAIL_TOO_MANY_RECIPIENTS);
        }
        reception.recipient(address, arrival);
        recipients.add(address);
    }

    @Override
    public String data(InputStream data) throws RejectException, IOException {
        // Read one byte past the limit, never the whole of an oversized message.
        byte[] bytes = data.readNBytes(reception.maxMessageSize() + 1);
        if (bytes.length > reception.maxMessageSize()) {
            // Drain the rest, so the reply comes after the client's final dot.
            data.transferTo(java.io.OutputStream.nullOutputStream());
            throw new SmtpRefusal(Reason.MAIL_MESSAGE_TOO_LARGE);
        }
        try {
            MimeMessage message = new MimeMessage(PARSING, new ByteArrayInputStream(bytes));
            String[] hops = message.getHeader("Received");
            // This hop's own Received line would be one more than the limit.
            if (hops != null && hops.length >= MAX_HOP_COUNT) {
                throw new SmtpRefusal(Reason.MAIL_HOP_COUNT_EXCEEDED);
            }
            // Every hop stamps its Received line (added at the top): test-mail-flow reads the hops taken from them.
            message.addHeader("Received", Hops.received(context.getHelo().orElse("unknown"), arrival, tls));
            reception.receive(from, List.copyOf(recipients), message, arrival, session());
        } catch (MessagingException e) {
            throw new RejectException(554, "5.6.0 Corrupt message content");
        }
        return null;
    }

    @Override
    public void done() {}

    /** The session's addresses for the message tracking log; fedemu's connectors listen on loopback. */
    private SmtpSession session() {
        String client = context.getRemoteAddress() instanceof java.net.InetSocketAddress a
                ? a.getAddress().getHostAddress()
                : null;
        String server = context.getSMTPServer() == null
                        || context.getSMTPServer().getBindAddress().isEmpty()
                ? null
                : context.getSMTPServer().getBindAddress().get().getHostAddress();
        return new SmtpSession(connector, client, context.getHelo().orElse(null), server);
    }
}
