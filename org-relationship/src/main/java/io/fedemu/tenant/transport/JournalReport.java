package io.fedemu.tenant.transport;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import java.util.Properties;

/**
 * The envelope journal report Exchange sends to a journal rule's JournalEmailAddress: from the organization's
 * Microsoft Exchange recipient, marked {@code X-MS-Journal-Report}, the original's subject, a body listing the
 * envelope (Sender, Subject, Message-Id, To) and the original message attached whole.
 */
final class JournalReport {
    /** The header Exchange marks journal reports with; a journal report is never journaled or ruled again. */
    static final String HEADER = "X-MS-Journal-Report";

    /** The Microsoft Exchange recipient's address local part, the sender of Exchange's system messages. */
    static final String SENDER = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e";

    private JournalReport() {}

    static MimeMessage of(MimeMessage original, String from, List<String> recipients, String domain, String to)
            throws MessagingException {
        MimeMessage report = new MimeMessage(Session.getInstance(new Properties()));
        report.setFrom(new InternetAddress(SENDER + "@" + domain, false));
        report.setRecipients(MimeMessage.RecipientType.TO, to);
        report.setSubject(original.getSubject() == null ? "" : original.getSubject(), "UTF-8");
        report.setHeader(HEADER, "");
        StringBuilder envelope = new StringBuilder();
        envelope.append("Sender: ").append(from == null ? "" : from).append("\r\n");
        envelope.append("Subject: ")
                .append(original.getSubject() == null ? "" : original.getSubject())
                .append("\r\n");
        envelope.append("Message-Id: ")
                .append(original.getMessageID() == null ? "" : original.getMessageID())
                .append("\r\n");
        recipients.forEach(r -> envelope.append("To: ").append(r).append("\r\n"));
        MimeBodyPart body = new MimeBodyPart();
        body.setText(envelope.toString(), "UTF-8");
        MimeBodyPart attached = new MimeBodyPart();
        attached.setContent(new MimeMessage(original), "message/rfc822");
        report.setContent(new MimeMultipart(body, attached));
        report.saveChanges();
        return report;
    }

    static boolean is(MimeMessage message) throws MessagingException {
        return message.getHeader(HEADER) != null;
    }
}
