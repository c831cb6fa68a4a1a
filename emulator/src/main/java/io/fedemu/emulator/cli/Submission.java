package io.fedemu.emulator.cli;

import io.fedemu.protocol.emulator.Endpoints;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Properties;

/**
 * A user's message submitted through their own organization: Angus Mail to its submission connector
 * (endpoints.json's {@code smtp}, "Client Frontend" on-premises, "Client Submission" in the cloud), STARTTLS then
 * AUTH with the user's password (docs/PROTOCOL.md section 17).
 */
final class Submission {
    /** What was submitted: the Message-ID, and the organization and connector that took it. */
    record Submitted(String messageId, String organization, String connector) {}

    private Submission() {}

    /** The submission connector of {@code from}'s organization. */
    static Endpoints.Smtp connector(Endpoints.Tenant organization) {
        return organization.smtp().stream()
                .filter(s -> s.connector().startsWith("Client "))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        organization.name() + " has no submission port: it is no side of a hybrid pair"));
    }

    static Endpoints.Tenant organizationOf(RunningEmulator emulator, String from) {
        // A user of an internet organization (fabrikam.net) submits at its own mail host, as anyone's.
        return emulator.internetHomeOf(from)
                .orElseGet(() -> emulator.tenantOrOnly(
                        null,
                        "a mailbox " + from,
                        t -> emulator.password(t, from).isPresent()));
    }

    static Submitted submit(
            RunningEmulator emulator, String from, String password, List<String> to, String subject, String body)
            throws MessagingException {
        Endpoints.Tenant organization = organizationOf(emulator, from);
        Endpoints.Smtp submission = connector(organization);
        String secret = password != null
                ? password
                : emulator.password(organization, from).orElseThrow();
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(submission.port()));
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
        p.put("mail.smtp.ssl.socketFactory", emulator.tls().getSocketFactory());
        p.put("mail.smtp.ssl.checkserveridentity", "false");
        Session session = Session.getInstance(p);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        for (String recipient : to) {
            message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient));
        }
        message.setSubject(subject);
        message.setText(body);
        message.saveChanges();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(from, secret);
            transport.sendMessage(message, message.getAllRecipients());
        }
        return new Submitted(message.getMessageID(), organization.name(), submission.connector());
    }

    /** The server's reply, the innermost message that carries one. */
    static String refusal(MessagingException e) {
        Exception next = e;
        String text = e.getMessage();
        while (next instanceof MessagingException m && m.getNextException() != null) {
            next = m.getNextException();
            text = next.getMessage();
        }
        return text == null ? e.toString() : text.trim();
    }
}
