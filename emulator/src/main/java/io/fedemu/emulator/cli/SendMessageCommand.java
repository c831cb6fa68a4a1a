package io.fedemu.emulator.cli;

import io.fedemu.protocol.emulator.Endpoints;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Send-MailMessage through the sender's own organization: Angus Mail to its submission connector (endpoints.json's
 * {@code smtp}, "Client Frontend" on-premises, "Client Submission" in the cloud), STARTTLS then AUTH with the user's
 * password. The organization routes it from there (docs/PROTOCOL.md section 17).
 */
@Command(
        name = "send-message",
        mixinStandardHelpOptions = true,
        description = "Sends a message as a user through their organization's submission port (STARTTLS, Basic auth).",
        footer = {
            "",
            "Example:",
            "  fedemu send-message --from alice@contoso.com --to bob@contoso.com --subject Figures --body 'see attached'",
            "  fedemu send-message --from carol@fabrikam.net --to alice@contoso.com --subject 'From the internet'"
        })
final class SendMessageCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Option(names = "--from", required = true, paramLabel = "ADDRESS", description = "The sending user (a mailbox).")
    String from;

    @Option(names = "--to", required = true, split = ",", paramLabel = "ADDRESS", description = "Recipients.")
    List<String> to;

    @Option(names = "--subject", defaultValue = "", paramLabel = "TEXT", description = "The subject.")
    String subject;

    @Option(names = "--body", defaultValue = "", paramLabel = "TEXT", description = "The plain-text body.")
    String body;

    @Option(names = "--password", paramLabel = "P", description = "The user's password (default: endpoints.json's).")
    String password;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RunningEmulator emulator = RunningEmulator.in(state.path());
        // A user of an internet organization (fabrikam.net) submits at its own mail host, as anyone's.
        Endpoints.Tenant organization = emulator.internetHomeOf(from)
                .orElseGet(() -> emulator.tenantOrOnly(
                        null,
                        "a mailbox " + from,
                        t -> emulator.password(t, from).isPresent()));
        Endpoints.Smtp submission = organization.smtp().stream()
                .filter(s -> s.connector().startsWith("Client "))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        organization.name() + " has no submission port: it is no side of a hybrid pair"));
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
        try {
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
            out.println("Sent " + message.getMessageID() + " from " + from + " through " + submission.connector()
                    + " of " + organization.name());
            out.flush();
            return ExitStatus.SUCCESS.code();
        } catch (MessagingException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("Refused: " + refusal(e));
            err.flush();
            return ExitStatus.FAILURE.code();
        }
    }

    /** The server's reply, the innermost message that carries one. */
    private static String refusal(MessagingException e) {
        Exception next = e;
        String text = e.getMessage();
        while (next instanceof MessagingException m && m.getNextException() != null) {
            next = m.getNextException();
            text = next.getMessage();
        }
        return text == null ? e.toString() : text.trim();
    }
}
