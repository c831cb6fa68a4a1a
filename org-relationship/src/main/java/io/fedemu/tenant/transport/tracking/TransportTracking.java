package io.fedemu.tenant.transport.tracking;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.MessageTrackingEvent;
import java.util.List;

/**
 * What an organization's categorizer tells its message tracking log: a message received, then for its recipients
 * delivered, sent on through a connector, or failed. Without a log ({@link #NONE}) nothing is written.
 */
public final class TransportTracking {
    /** Where transport runs without a tenant (its own unit tests). */
    public static final TransportTracking NONE = new TransportTracking(null);

    /** The source of an event, as Get-MessageTrackingLog names it. */
    static final String SMTP = "SMTP";

    static final String STOREDRIVER = "STOREDRIVER";
    static final String ROUTING = "ROUTING";

    private final MessageTrackingLog log;

    public TransportTracking(MessageTrackingLog log) {
        this.log = log;
    }

    /**
     * RECEIVE: the message came in on {@code connector} at {@code server}; the answer follows the message through
     * this organization.
     */
    public Tracked received(
            String messageId,
            String sender,
            List<String> recipients,
            String subject,
            String server,
            String connector,
            String clientIp,
            String clientHostname,
            String serverIp) {
        if (log == null) {
            return new Tracked(null, 0, messageId, sender, subject, server);
        }
        long id = log.nextInternalId();
        log.record(new MessageTrackingEvent(
                null,
                TrackingEventId.RECEIVE.name(),
                SMTP,
                id,
                messageId,
                sender,
                recipients,
                subject,
                connector,
                server,
                serverIp,
                clientIp,
                clientHostname,
                List.of("250 2.6.0 " + messageId + " Queued mail for delivery"),
                null));
        return new Tracked(log, id, messageId, sender, subject, server);
    }

    /** One message on its way through the organization; each outcome is an event of the same InternalMessageId. */
    public static final class Tracked {
        private final MessageTrackingLog log;
        private final long id;
        private final String messageId;
        private final String sender;
        private final String subject;
        private final String receivedAt;

        Tracked(MessageTrackingLog log, long id, String messageId, String sender, String subject, String receivedAt) {
            this.log = log;
            this.id = id;
            this.messageId = messageId;
            this.sender = sender;
            this.subject = subject;
            this.receivedAt = receivedAt;
        }

        /** DELIVER: stored in {@code mailbox} by the store driver of {@code server}. */
        public void delivered(String mailbox, String server) {
            record(
                    TrackingEventId.DELIVER,
                    STOREDRIVER,
                    List.of(mailbox),
                    null,
                    server,
                    List.of("250 2.1.5 Delivered"),
                    null);
        }

        /** SEND: handed to the next hop over {@code connector}, which answered {@code reply}. */
        public void sent(List<String> recipients, String connector, String server, String reply) {
            record(TrackingEventId.SEND, SMTP, recipients, connector, server, List.of(reply), null);
        }

        /** FAIL: the recipients got a non-delivery report for {@code reason} ({@code reply} its SMTP line). */
        public void failed(List<String> recipients, String connector, String server, Reason reason, String reply) {
            record(
                    TrackingEventId.FAIL,
                    connector == null ? ROUTING : SMTP,
                    recipients,
                    connector,
                    server,
                    List.of(reply),
                    reason);
        }

        private void record(
                TrackingEventId eventId,
                String source,
                List<String> recipients,
                String connector,
                String server,
                List<String> status,
                Reason reason) {
            if (log == null) {
                return;
            }
            log.record(new MessageTrackingEvent(
                    null,
                    eventId.name(),
                    source,
                    id,
                    messageId,
                    sender,
                    recipients,
                    subject,
                    connector,
                    server == null ? receivedAt : server,
                    null,
                    null,
                    null,
                    status,
                    reason == null ? null : reason.name()));
        }
    }
}
