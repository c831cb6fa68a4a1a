package io.fedemu.emulator.cli;

import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.RemedyContext;
import io.fedemu.tenant.transport.Hops;
import io.fedemu.tenant.transport.MailboxStore;
import io.fedemu.tenant.transport.NonDeliveryReport;
import io.fedemu.tenant.transport.SmtpRefusal;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Test-Mailflow between two mailboxes of the emulator, on either side of a hybrid pair (docs/PROTOCOL.md section
 * 18): a probe message submitted as the sender, then either the recipient's mailbox holds it (Success, with the hops
 * its Received lines name) or the sender got a non-delivery report (Failure, naming the connector and server that
 * failed, Exchange's reply, the reason's sentence and remedy). Exit status 0 only on Success.
 */
@Command(
        name = "test-mail-flow",
        mixinStandardHelpOptions = true,
        description =
                "Sends a probe message between two mailboxes and reports the hops, or the hop that failed and why.",
        footer = {"", "Example:", "  fedemu test-mail-flow --from alice@contoso.com --to bob@contoso.com"})
final class TestMailFlowCommand implements Callable<Integer> {
    private static final Pattern GENERATING_SERVER = Pattern.compile("Generating server: (\\S+)");
    private static final Pattern REMOTE_REPLY = Pattern.compile("Remote Server returned '([^']*)'");

    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(names = "--from", required = true, paramLabel = "ADDRESS", description = "The sending mailbox.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "ADDRESS", description = "The receiving mailbox.")
    String to;

    @Option(names = "--password", paramLabel = "P", description = "The sender's password (default: endpoints.json's).")
    String password;

    @Spec
    CommandSpec spec;

    /**
     * What Test-Mailflow reports: {@code Success} or {@code Failure}, the hops taken ("from → by (protocol)"), and
     * for a failure the hop that failed, the reply and the reason with its sentence and remedy.
     */
    record MailFlowResult(
            String testMailflowResult,
            String from,
            String to,
            List<String> hops,
            String failingHop,
            String reply,
            String reason,
            String sentence,
            String remedy) {}

    @Override
    public Integer call() throws IOException {
        RunningEmulator emulator = RunningEmulator.in(state.path());
        Endpoints.Tenant senderOrganization = Submission.organizationOf(emulator, from);
        String mailbox = mailboxOf(emulator, to);
        Endpoints.Tenant recipientOrganization = emulator.tenantOrOnly(null, "a mailbox " + to, t -> holds(t, mailbox));
        String subject = "Test-Mailflow " + UUID.randomUUID();
        MailFlowResult result;
        try {
            Submission.Submitted sent = Submission.submit(
                    emulator, from, password, List.of(to), subject, "Test-Mailflow probe from fedemu.");
            result = outcome(sent, senderOrganization, recipientOrganization, mailbox, subject);
        } catch (MessagingException e) {
            // The first hop itself refused: the sender's own submission connector.
            String reply = Submission.refusal(e);
            Reason reason = SmtpRefusal.reasonOf(reply).orElse(null);
            result = failure(
                    Submission.connector(senderOrganization).connector() + " of " + senderOrganization.name(),
                    reply,
                    reason,
                    List.of());
        }
        output.print(spec.commandLine().getOut(), result);
        return "Success".equals(result.testMailflowResult()) ? ExitStatus.SUCCESS.code() : ExitStatus.FAILURE.code();
    }

    private MailFlowResult outcome(
            Submission.Submitted sent,
            Endpoints.Tenant sender,
            Endpoints.Tenant recipient,
            String mailbox,
            String subject) {
        try {
            Optional<MimeMessage> delivered = store(recipient).messages(mailbox).stream()
                    .filter(m -> sent.messageId().equals(messageId(m)))
                    .findFirst();
            if (delivered.isPresent()) {
                return new MailFlowResult("Success", from, to, hops(delivered.get()), null, null, null, null, null);
            }
            Optional<MimeMessage> report = store(sender).messages(from).stream()
                    .filter(m -> ("Undeliverable: " + subject).equals(subjectOf(m)))
                    .findFirst();
            if (report.isEmpty()) {
                // A report generated on the other side for a sender who has no mailbox there stays there.
                return new MailFlowResult(
                        "Failure",
                        from,
                        to,
                        List.of(),
                        "unknown",
                        null,
                        null,
                        "The probe reached neither " + to + "'s mailbox nor came back to " + from
                                + " as a non-delivery report.",
                        "look for the report in the other organization's mailboxes, and check both mailboxes exist");
            }
            MimeMessage ndr = report.get();
            String text = ndr.getContent().toString();
            String server = group(GENERATING_SERVER, text);
            String connector = ndr.getHeader(NonDeliveryReport.CONNECTOR_HEADER, null);
            return failure(
                    (connector == null ? "" : "connector '" + connector + "' of ") + server,
                    group(REMOTE_REPLY, text),
                    Reason.byName(ndr.getHeader(NonDeliveryReport.REASON_HEADER, null)),
                    hops(ndr));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("a stored message cannot be read", e);
        }
    }

    private MailFlowResult failure(String hop, String reply, Reason reason, List<String> hops) {
        return new MailFlowResult(
                "Failure",
                from,
                to,
                hops,
                hop,
                reply,
                reason == null ? null : reason.name(),
                reason == null ? null : reason.sentence(),
                reason == null ? null : reason.remedy(RemedyContext.NONE));
    }

    /**
     * The mailbox {@code address} ends in: a mailbox of that address, or the one a mail user's targetAddress names
     * (bob@contoso.com on-premises is bob@contoso.mail.onmicrosoft.com in the cloud).
     */
    private static String mailboxOf(RunningEmulator emulator, String address) {
        String current = address;
        for (int hop = 0; hop < 3; hop++) {
            String wanted = current;
            if (emulator.endpoints().tenants().stream().anyMatch(t -> holds(t, wanted))) {
                return wanted;
            }
            Optional<String> target = emulator.endpoints().tenants().stream()
                    .flatMap(t -> t.mailboxes().stream())
                    .filter(m -> Endpoints.Mailbox.REMOTE.equals(m.kind())
                            && m.address().equalsIgnoreCase(wanted)
                            && m.targetAddress() != null
                            && !m.targetAddress().equalsIgnoreCase(wanted))
                    .map(Endpoints.Mailbox::targetAddress)
                    .findFirst();
            if (target.isEmpty()) {
                break;
            }
            current = target.get();
        }
        return current;
    }

    private static boolean holds(Endpoints.Tenant tenant, String address) {
        return tenant.mailboxes().stream()
                .anyMatch(m -> Endpoints.Mailbox.MAILBOX.equals(m.kind())
                        && m.address().equalsIgnoreCase(address));
    }

    private MailboxStore store(Endpoints.Tenant organization) {
        return MailboxStore.of(state.path(), organization.name(), Clock.systemUTC());
    }

    private static List<String> hops(MimeMessage message) throws MessagingException {
        return Hops.of(message.getHeader("Received")).stream()
                .map(h -> h.from() + " -> " + h.by() + " (" + h.protocol() + ")")
                .toList();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
