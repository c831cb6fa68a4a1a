package io.fedemu.emulator.cli;

import io.fedemu.protocol.ews.messages.GetMessageTrackingReportRequestType;
import io.fedemu.protocol.ews.messages.GetMessageTrackingReportResponseMessageType;
import io.fedemu.protocol.ews.types.EmailAddressType;
import io.fedemu.protocol.ews.types.MessageTrackingReportTemplateType;
import io.fedemu.protocol.ews.types.MessageTrackingReportType;
import io.fedemu.protocol.ews.types.RecipientTrackingEventType;
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

/**
 * Get-MessageTrackingReport over EWS GetMessageTrackingReport: one message's delivery report, followed into a partner
 * organization when both relationships have DeliveryReportEnabled (PROTOCOL.md section 19).
 */
@Command(
        name = "get-message-tracking-report",
        mixinStandardHelpOptions = true,
        description = {
            "Shows the delivery report of one message, by the MessageTrackingReportId that "
                    + "search-message-tracking-report printed: each recipient's events (Summary: where it is now; "
                    + "RecipientPath: every hop), across the organization relationship where it allows.",
            "Exit 0 when the report was answered; 3 when it was refused or tracking stopped (the ResponseCode and "
                    + "reason are printed, with the events known so far)."
        },
        footer = {
            "",
            "Example:",
            "  fedemu get-message-tracking-report --as alice@contoso.com --identity v1.eyJ... "
                    + "--report-template RecipientPath"
        })
final class GetMessageTrackingReportCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Mixin
    TrackingUser signIn;

    @Option(names = "--identity", required = true, paramLabel = "ID", description = "The MessageTrackingReportId.")
    String identity;

    @Option(
            names = "--report-template",
            defaultValue = "Summary",
            paramLabel = "TEMPLATE",
            description = "Summary (default) or RecipientPath.")
    String reportTemplate;

    @Option(names = "--recipients", paramLabel = "ADDRESS", description = "Only this recipient's events.")
    String recipient;

    @Spec
    CommandSpec spec;

    /** The report as --json prints it. */
    record Report(
            String responseCode,
            String messageText,
            String reason,
            String sender,
            String subject,
            String submitTime,
            List<Event> events) {}

    /** One recipient event. */
    record Event(
            String date,
            String recipient,
            String deliveryStatus,
            String eventDescription,
            String server,
            List<String> eventData) {}

    @Override
    public Integer call() {
        if (signIn.user == null) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "name who signs in with --as (the report id names no mailbox)");
        }
        MessageTrackingReportTemplateType template;
        try {
            template = MessageTrackingReportTemplateType.fromValue(reportTemplate);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--report-template is Summary or RecipientPath, not '" + reportTemplate + "'");
        }
        GetMessageTrackingReportRequestType request = new GetMessageTrackingReportRequestType();
        request.setScope("Organization");
        request.setReportTemplate(template);
        request.setMessageTrackingReportId(identity);
        if (recipient != null) {
            EmailAddressType filter = new EmailAddressType();
            filter.setEmailAddress(recipient);
            filter.setRoutingType("SMTP");
            request.setRecipientFilter(filter);
        }
        GetMessageTrackingReportResponseMessageType answer = signIn.ask(
                RunningEmulator.in(state.path()),
                signIn.user,
                spec,
                call -> call.client()
                        .getMessageTrackingReport(request, call.credentials(), call.requestId(), call.adminToken()));
        Report report = report(answer);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            OutputOptions.printJson(out, report);
        } else {
            Map<String, String> lines =
                    TrackingUser.failed(answer) ? TrackingUser.refusal(answer) : new LinkedHashMap<>();
            lines.put("Sender", FormatList.text(report.sender()));
            lines.put("Subject", FormatList.text(report.subject()));
            lines.put("SubmitTime", FormatList.text(report.submitTime()));
            FormatList.print(out, lines);
            Table table = new Table("Date", "Recipient", "DeliveryStatus", "EventDescription", "Server", "EventData");
            report.events()
                    .forEach(e -> table.row(
                            e.date(),
                            e.recipient(),
                            e.deliveryStatus(),
                            e.eventDescription(),
                            e.server(),
                            String.join("; ", e.eventData())));
            table.print(out);
            out.flush();
        }
        return TrackingUser.failed(answer) ? ExitStatus.TRUST_FAILURE.code() : ExitStatus.SUCCESS.code();
    }

    private static Report report(GetMessageTrackingReportResponseMessageType answer) {
        Map<String, String> refusal = TrackingUser.failed(answer) ? TrackingUser.refusal(answer) : Map.of();
        MessageTrackingReportType r = answer.getMessageTrackingReport();
        List<Event> events = r == null
                ? List.of()
                : r.getRecipientTrackingEvents().getRecipientTrackingEvent().stream()
                        .map(GetMessageTrackingReportCommand::event)
                        .toList();
        return new Report(
                answer.getResponseCode().value(),
                refusal.get("MessageText"),
                refusal.get("Reason"),
                r == null || r.getSender() == null ? null : r.getSender().getEmailAddress(),
                r == null ? null : r.getSubject(),
                r == null || r.getSubmitTime() == null
                        ? null
                        : r.getSubmitTime().toString(),
                events);
    }

    private static Event event(RecipientTrackingEventType e) {
        return new Event(
                String.valueOf(e.getDate()),
                e.getRecipient().getEmailAddress(),
                e.getDeliveryStatus(),
                e.getEventDescription(),
                e.getServer(),
                e.getEventData() == null ? List.of() : e.getEventData().getString());
    }
}
