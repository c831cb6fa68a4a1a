package io.fedemu.protocol.tenant;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * One event of an organization's message tracking log, with Get-MessageTrackingLog's field names: one line of
 * {@code <state>/tenants/NAME/message-tracking.log} and one entry of the admin API's answer (PROTOCOL.md section 19).
 *
 * @param eventId           RECEIVE, SUBMIT, SEND, DELIVER or FAIL
 * @param source            SMTP (a connector received or sent it), STOREDRIVER (delivered to a mailbox), ROUTING
 *                          (the categorizer failed a recipient)
 * @param internalMessageId the organization's own number for the message, the same on each of its events
 * @param messageId         the message's Message-ID header, as the client wrote it
 * @param connectorId       the connector that received or sent it, or null (a delivery)
 * @param serverHostname    the server that logged the event
 * @param recipientStatus   for SEND and FAIL, the reply of the next hop or the refusal's reply
 * @param reason            for FAIL, the refusal's Reason name (the same the non-delivery report and the journal
 *                          carry)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageTrackingEvent(
        Instant timestamp,
        String eventId,
        String source,
        long internalMessageId,
        String messageId,
        String sender,
        List<String> recipients,
        String messageSubject,
        String connectorId,
        String serverHostname,
        String serverIp,
        String clientIp,
        String clientHostname,
        List<String> recipientStatus,
        String reason) {
    public MessageTrackingEvent {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        recipientStatus = recipientStatus == null ? List.of() : List.copyOf(recipientStatus);
    }
}
