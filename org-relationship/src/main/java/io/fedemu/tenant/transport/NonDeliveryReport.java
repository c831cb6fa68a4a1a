package io.fedemu.tenant.transport;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Properties;

/**
 * The non-delivery report Exchange returns to the sender when a hop refuses: the recipients, and in the part for
 * administrators the generating server and {@code Remote Server returned '<reply>'}.
 */
public final class NonDeliveryReport {
    /** Carries the refusal's Reason name, so a test or a trainer reads it without parsing prose. */
    public static final String REASON_HEADER = "X-Fedemu-Reason";

    /** The connector the failed hop left through, for test-mail-flow to name (section 18). */
    public static final String CONNECTOR_HEADER = "X-Fedemu-Connector";

    private NonDeliveryReport() {}

    static MimeMessage of(
            MimeMessage original,
            String sender,
            List<String> recipients,
            String server,
            SmartHostClient.Outcome outcome)
            throws MessagingException {
        MimeMessage report = new MimeMessage(Session.getInstance(new Properties()));
        report.setFrom(new InternetAddress("postmaster@" + MailOrganization.domainOf(sender)));
        report.setRecipients(MimeMessage.RecipientType.TO, sender);
        report.setSubject("Undeliverable: " + (original.getSubject() == null ? "" : original.getSubject()));
        StringBuilder text = new StringBuilder("Delivery has failed to these recipients or groups:\r\n\r\n");
        recipients.forEach(r -> text.append(r).append("\r\n"));
        text.append("\r\nDiagnostic information for administrators:\r\n\r\nGenerating server: ")
                .append(server)
                .append("\r\n\r\n");
        recipients.forEach(r -> text.append(r)
                .append("\r\nRemote Server returned '")
                .append(outcome.reply())
                .append("'\r\n"));
        report.setText(text.toString(), "UTF-8");
        if (outcome.reason() != null) {
            report.setHeader(REASON_HEADER, outcome.reason().name());
        }
        if (outcome.connector() != null) {
            report.setHeader(CONNECTOR_HEADER, outcome.connector());
        }
        report.saveChanges();
        return report;
    }
}
