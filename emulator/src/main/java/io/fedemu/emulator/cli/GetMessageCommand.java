package io.fedemu.emulator.cli;

import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.tenant.transport.MailboxStore;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The messages a mailbox received, oldest first, from the state directory: a table of sender, subject and how
 * the message arrived (AuthAs), or with {@code --json} every header, which is where a trainer shows whether mail
 * from the other premises came in as internal.
 */
@Command(
        name = "get-message",
        mixinStandardHelpOptions = true,
        description = "Lists the messages a mailbox received, with their headers under --json.",
        footer = {"", "Example:", "  fedemu get-message --identity bob@contoso.mail.onmicrosoft.com --json"})
final class GetMessageCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(
            names = "--identity",
            required = true,
            paramLabel = "ADDRESS",
            description = "The mailbox, by primary address.")
    String identity;

    @Spec
    CommandSpec spec;

    /** One received message as --json prints it. */
    record ReceivedMessage(String messageId, String from, String subject, Map<String, List<String>> headers) {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RunningEmulator emulator = RunningEmulator.in(state.path());
        Endpoints.Tenant organization = emulator.internetHomeOf(identity)
                .orElseGet(() -> emulator.tenantOrOnly(
                        null,
                        "a mailbox " + identity,
                        t -> t.mailboxes().stream()
                                .anyMatch(m -> Endpoints.Mailbox.MAILBOX.equals(m.kind())
                                        && m.address().equalsIgnoreCase(identity))));
        List<ReceivedMessage> messages = new ArrayList<>();
        for (MimeMessage message : MailboxStore.of(state.path(), organization.name(), Clock.systemUTC())
                .messages(identity)) {
            messages.add(view(message));
        }
        if (output.json()) {
            OutputOptions.printJson(out, messages);
        } else {
            Table table = new Table("From", "Subject", "AuthAs");
            messages.forEach(m -> table.row(
                    m.from(),
                    m.subject(),
                    String.join(",", m.headers().getOrDefault("X-MS-Exchange-Organization-AuthAs", List.of("")))));
            table.print(out);
            out.flush();
        }
        return ExitStatus.SUCCESS.code();
    }

    private static ReceivedMessage view(MimeMessage message) {
        try {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (Header header : Collections.list(message.getAllHeaders())) {
                headers.computeIfAbsent(header.getName(), n -> new ArrayList<>())
                        .add(header.getValue());
            }
            String from =
                    message.getFrom() == null || message.getFrom().length == 0 ? "" : message.getFrom()[0].toString();
            return new ReceivedMessage(
                    message.getMessageID(), from, message.getSubject() == null ? "" : message.getSubject(), headers);
        } catch (MessagingException e) {
            throw new UncheckedIOException(new IOException("a stored message cannot be read", e));
        }
    }
}
