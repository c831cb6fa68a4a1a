package io.fedemu.emulator.cli;

import io.fedemu.protocol.tenant.MessageTrackingEvent;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Get-MessageTrackingLog: an organization's transport events, through its admin API (PROTOCOL.md section 19). */
@Command(
        name = "get-message-tracking-log",
        mixinStandardHelpOptions = true,
        description = "Lists an organization's message tracking log, oldest first: RECEIVE, SEND, DELIVER and FAIL "
                + "events with their connector, server, addresses and, for FAIL, the reason.",
        footer = {
            "",
            "Example:",
            "  fedemu get-message-tracking-log --organization contoso-onprem --sender alice@contoso.com",
            "  fedemu get-message-tracking-log --organization contoso-cloud --event-id DELIVER --json"
        })
final class GetMessageTrackingLogCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(
            names = {"--organization", "--tenant"},
            required = true,
            paramLabel = "NAME",
            description = "The organization, as endpoints.json names it.")
    String organization;

    @Option(names = "--sender", paramLabel = "ADDRESS", description = "Only events of messages from this sender.")
    String sender;

    @Option(
            names = "--recipients",
            split = ",",
            paramLabel = "ADDRESS",
            description = "Only events naming one of these recipients.")
    List<String> recipients;

    @Option(names = "--message-id", paramLabel = "ID", description = "Only events of this Message-ID.")
    String messageId;

    @Option(
            names = "--event-id",
            paramLabel = "EVENT",
            description = "Only events of this kind: RECEIVE, SUBMIT, SEND, DELIVER, FAIL.")
    String eventId;

    @Option(names = "--start", paramLabel = "TIME", description = "Not before this ISO-8601 time.")
    String start;

    @Option(names = "--end", paramLabel = "TIME", description = "Before this ISO-8601 time.")
    String end;

    @Option(
            names = "--result-size",
            paramLabel = "N",
            description = "At most this many events, the newest (default 1000, at most 5000).")
    String resultSize;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("sender", sender);
        filters.put("recipients", recipients == null ? null : String.join(",", recipients));
        filters.put("messageId", messageId);
        filters.put("eventId", eventId);
        filters.put("start", start);
        filters.put("end", end);
        filters.put("resultSize", resultSize);
        List<MessageTrackingEvent> events =
                RunningEmulator.in(state.path()).admin(organization).messageTrackingLog(filters);
        if (output.json()) {
            OutputOptions.printJson(out, events);
            return ExitStatus.SUCCESS.code();
        }
        Table table = new Table(
                "Timestamp",
                "EventId",
                "Source",
                "Sender",
                "Recipients",
                "MessageSubject",
                "ConnectorId",
                "ServerHostname",
                "Reason");
        events.forEach(e -> table.row(
                String.valueOf(e.timestamp()),
                e.eventId(),
                e.source(),
                FormatList.text(e.sender()),
                String.join(",", e.recipients()),
                FormatList.text(e.messageSubject()),
                FormatList.text(e.connectorId()),
                FormatList.text(e.serverHostname()),
                FormatList.text(e.reason())));
        table.print(out);
        out.flush();
        return ExitStatus.SUCCESS.code();
    }
}
