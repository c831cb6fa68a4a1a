package io.fedemu.emulator.cli;

import io.fedemu.client.availability.FreeBusyQuery;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.ews.types.FreeBusyViewType;
import java.io.PrintWriter;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** GetUserAvailability as a user of one tenant sends it, over EWS with HTTP Basic, optionally traced. */
@Command(
        name = "get-availability",
        mixinStandardHelpOptions = true,
        description = {
            "Asks a tenant's EWS for free/busy as one of its users and prints each mailbox's answer: "
                    + "ResponseCode, view, merged string, events.",
            "Exit 0 only when every mailbox answered NoError; 3 when one answered with an error code."
        },
        footer = {
            "",
            "Example:",
            "  fedemu get-availability --tenant contoso-onprem --as alice@contoso.com --for bob@contoso.com "
                    + "--start 2026-11-30 --end 2026-12-01 --view Detailed --trace"
        })
final class GetAvailabilityCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Mixin
    SignedInUser signedIn;

    @Option(
            names = "--for",
            required = true,
            split = ",",
            paramLabel = "ADDRESS",
            description = "The mailboxes asked for.")
    List<String> attendees;

    @Option(names = "--start", paramLabel = "DATE", description = "First day, UTC (default: today).")
    LocalDate start;

    @Option(names = "--end", paramLabel = "DATE", description = "Day after the last, UTC (default: start + 1 day).")
    LocalDate end;

    @Option(
            names = "--view",
            defaultValue = "DetailedMerged",
            paramLabel = "VIEW",
            description =
                    "FreeBusy, FreeBusyMerged, Detailed, DetailedMerged or MergedOnly (default: ${DEFAULT-VALUE}).")
    String view;

    @Option(
            names = "--interval",
            defaultValue = "30",
            paramLabel = "MINUTES",
            description = "Merged free/busy interval (default: ${DEFAULT-VALUE}).")
    int interval;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunningEmulator emulator = RunningEmulator.in(state.path());
        Endpoints.Tenant asked = emulator.tenant(signedIn.tenant);
        String secret = signedIn.password(emulator, asked, spec);
        String requestId = SignedInUser.requestId();
        List<FreeBusyResponseType> responses = ask(emulator, asked, secret, requestId);
        List<AvailabilityAnswer.MailboxAnswer> mailboxes = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            mailboxes.add(AvailabilityAnswer.of(i < attendees.size() ? attendees.get(i) : "?", responses.get(i)));
        }
        AvailabilityAnswer answer = new AvailabilityAnswer(
                requestId, mailboxes, signedIn.trace ? JournalTrace.of(emulator, requestId) : null);
        SignedInUser.print(spec, output, answer, GetAvailabilityCommand::print);
        return answer.ok() ? ExitStatus.SUCCESS.code() : ExitStatus.TRUST_FAILURE.code();
    }

    private List<FreeBusyResponseType> ask(
            RunningEmulator emulator, Endpoints.Tenant asked, String secret, String requestId) {
        return query(asked, secret).ask(emulator.tls(), requestId);
    }

    private FreeBusyQuery query(Endpoints.Tenant asked, String secret) {
        FreeBusyViewType requested;
        try {
            requested = FreeBusyViewType.fromValue(view);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--view': " + view);
        }
        LocalDate from = start != null ? start : LocalDate.now(ZoneOffset.UTC);
        LocalDate to = end != null ? end : from.plusDays(1);
        return new FreeBusyQuery(
                URI.create(asked.ews()), signedIn.user, secret, attendees, from, to, requested, interval);
    }

    private static void print(PrintWriter out, AvailabilityAnswer answer) {
        for (AvailabilityAnswer.MailboxAnswer mailbox : answer.mailboxes()) {
            Map<String, String> lines = new LinkedHashMap<>();
            lines.put("Mailbox", mailbox.mailbox());
            lines.put("ResponseCode", mailbox.responseCode());
            if (!mailbox.ok()) {
                lines.put("MessageText", FormatList.text(mailbox.messageText()));
            }
            lines.put("FreeBusyViewType", FormatList.text(mailbox.freeBusyViewType()));
            lines.put("MergedFreeBusy", FormatList.text(mailbox.mergedFreeBusy()));
            FormatList.print(out, lines);
            if (!mailbox.events().isEmpty()) {
                Table events = new Table("StartTime", "EndTime", "BusyType", "Subject", "Location");
                mailbox.events()
                        .forEach(e -> events.row(
                                e.start(),
                                e.end(),
                                e.busyType(),
                                FormatList.text(e.subject()),
                                FormatList.text(e.location())));
                events.print(out);
                out.println();
            }
        }
        if (answer.trace() != null) {
            JournalTrace.print(out, answer.requestId(), answer.trace());
        }
        out.flush();
    }
}
