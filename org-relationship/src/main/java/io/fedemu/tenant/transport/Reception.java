package io.fedemu.tenant.transport;

import jakarta.mail.internet.MimeMessage;
import java.security.cert.X509Certificate;
import java.util.List;

/** What one listening connector decides: who the peer is, which recipients it takes, and what becomes of a message. */
interface Reception {
    /** The arrival for a peer that proved {@code peer} (null without TLS or without a client certificate). */
    Arrival arrival(X509Certificate peer, String authenticatedUser);

    /** Whether TLS is required before MAIL FROM. */
    boolean requireTls();

    int maxMessageSize();

    int maxRecipients();

    /** Refuses a recipient this connector does not take. */
    void recipient(String address, Arrival arrival) throws SmtpRefusal;

    /** Takes the message: delivers it, relays it, or reports its failure to the sender. */
    void receive(String from, List<String> recipients, MimeMessage message, Arrival arrival);

    /** The same, knowing the session it came in on (the message tracking log's RECEIVE event, issue 15). */
    default void receive(
            String from, List<String> recipients, MimeMessage message, Arrival arrival, SmtpSession session) {
        receive(from, recipients, message, arrival);
    }
}
