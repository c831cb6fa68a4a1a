package io.fedemu.emulator.cli;

import io.fedemu.protocol.ews.messages.FindMessageTrackingReportRequestType;
import io.fedemu.protocol.ews.messages.FindMessageTrackingReportResponseMessageType;
import io.fedemu.protocol.ews.types.EmailAddressType;
import io.fedemu.protocol.ews.types.FindMessageTrackingSearchResultType;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Search-MessageTrackingReport over EWS FindMessageTrackingReport, as a user of the mailbox's organization: the
 * messages {@code --identity} sent to {@code --recipients}, or received from {@code --sender} (PROTOCOL.md section 19).
 */
@Command(
        name = "search-message-tracking-report",
        mixinStandardHelpOptions = true,
        description = {
            "Finds the messages a mailbox sent (--recipients) or received (--sender), over EWS "
                    + "FindMessageTrackingReport, and prints each one's MessageTrackingReportId for "
                    + "get-message-tracking-report.",
            "Exit 0 when the search was answered; 3 when it was refused (the ResponseCode and reason are printed)."
        },
        footer = {
            "",
            "Example:",
            "  fedemu search-message-tracking-report --identity alice@contoso.com --recipients bob@contoso.com"
        })
final class SearchMessageTrackingReportCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Mixin
    TrackingUser signIn;

    @Option(names = "--identity", required = true, paramLabel = "MAILBOX", description = "The mailbox searched.")
    String identity;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Direction direction;

    /** SearchAsSender (--recipients) or SearchAsRecipient (--sender), as Exchange's parameter sets. */
    static final class Direction {
        @Option(
                names = "--recipients",
                split = ",",
                paramLabel = "ADDRESS",
                description = "Messages --identity sent to these recipients.")
        List<String> recipients;

        @Option(names = "--sender", paramLabel = "ADDRESS", description = "Messages --identity received from him.")
        String sender;
    }

    @Option(names = "--subject", paramLabel = "TEXT", description = "Only messages whose subject contains it.")
    String subject;

    @Option(names = "--message-id", paramLabel = "ID", description = "Only the message with this Message-ID.")
    String messageId;

    @Spec
    CommandSpec spec;

    /** One message found, as --json prints it. */
    record Found(
            String messageTrackingReportId,
            String submittedTime,
            String subject,
            String sender,
            List<String> recipients) {}

    @Override
    public Integer call() {
        RunningEmulator emulator = RunningEmulator.in(state.path());
        String signedIn = signIn.user != null ? signIn.user : identity;
        List<FindMessageTrackingReportResponseMessageType> answers = signIn.ask(emulator, signedIn, spec, call -> {
            List<FindMessageTrackingReportResponseMessageType> all = new ArrayList<>();
            for (String other : direction.recipients != null ? direction.recipients : List.of(direction.sender)) {
                FindMessageTrackingReportRequestType request = new FindMessageTrackingReportRequestType();
                request.setScope("Organization");
                request.setDomain(signedIn.substring(signedIn.lastIndexOf('@') + 1));
                request.setSender(smtp(direction.recipients != null ? identity : other));
                request.setRecipient(smtp(direction.recipients != null ? other : identity));
                request.setSubject(subject);
                request.setMessageId(messageId);
                all.add(call.client()
                        .findMessageTrackingReport(request, call.credentials(), call.requestId(), call.adminToken()));
            }
            return all;
        });
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Found> found = new LinkedHashMap<>();
        for (FindMessageTrackingReportResponseMessageType answer : answers) {
            if (TrackingUser.failed(answer)) {
                FormatList.print(out, TrackingUser.refusal(answer));
                out.flush();
                return ExitStatus.TRUST_FAILURE.code();
            }
            if (answer.getMessageTrackingSearchResults() != null) {
                for (FindMessageTrackingSearchResultType r :
                        answer.getMessageTrackingSearchResults().getMessageTrackingSearchResult()) {
                    found.putIfAbsent(
                            r.getMessageTrackingReportId(),
                            new Found(
                                    r.getMessageTrackingReportId(),
                                    String.valueOf(r.getSubmittedTime()),
                                    r.getSubject(),
                                    r.getSender().getEmailAddress(),
                                    r.getRecipients().getMailbox().stream()
                                            .map(EmailAddressType::getEmailAddress)
                                            .toList()));
                }
            }
        }
        if (output.json()) {
            OutputOptions.printJson(out, found.values());
        } else {
            Table table = new Table(
                    "SubmittedDateTime", "Subject", "FromAddress", "RecipientAddresses", "MessageTrackingReportId");
            found.values()
                    .forEach(f -> table.row(
                            f.submittedTime(),
                            f.subject(),
                            f.sender(),
                            String.join(",", f.recipients()),
                            f.messageTrackingReportId()));
            table.print(out);
            out.flush();
        }
        return ExitStatus.SUCCESS.code();
    }

    private static EmailAddressType smtp(String address) {
        EmailAddressType email = new EmailAddressType();
        email.setEmailAddress(address);
        email.setRoutingType("SMTP");
        return email;
    }
}
