package io.fedemu.emulator.cli;

import jakarta.mail.MessagingException;
import java.io.PrintWriter;
import java.util.List;
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
        try {
            Submission.Submitted sent = Submission.submit(emulator, from, password, to, subject, body);
            out.println("Sent " + sent.messageId() + " from " + from + " through " + sent.connector() + " of "
                    + sent.organization());
            out.flush();
            return ExitStatus.SUCCESS.code();
        } catch (MessagingException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("Refused: " + Submission.refusal(e));
            err.flush();
            return ExitStatus.FAILURE.code();
        }
    }
}
