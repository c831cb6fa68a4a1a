package io.fedemu.emulator.cli;

import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.protocol.ews.messages.GetMailTipsType;
import io.fedemu.protocol.ews.messages.MailTipsResponseMessageType;
import io.fedemu.protocol.ews.types.ArrayOfRecipientsType;
import io.fedemu.protocol.ews.types.EmailAddressType;
import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** GetMailTips as a user of one tenant sends it while writing a message, over EWS with HTTP Basic, optionally traced. */
@Command(
        name = "get-mailtips",
        mixinStandardHelpOptions = true,
        description = {
            "Asks a tenant's EWS for the MailTips of recipients as one of its users and prints each recipient's "
                    + "answer: ResponseCode and every tip returned (a partner's recipients through the "
                    + "federation, as its relationship's MailTipsAccessLevel allows).",
            "Exit 0 only when every recipient answered NoError; 3 when one answered with an error code."
        },
        footer = {
            "",
            "Example:",
            "  fedemu get-mailtips --tenant contoso-cloud --as dana@contoso.mail.onmicrosoft.com "
                    + "--for erin@fabrikam.com --trace"
        })
final class GetMailTipsCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Mixin
    SignedInUser signedIn;

    @Option(names = "--for", required = true, split = ",", paramLabel = "ADDRESS", description = "The recipients.")
    List<String> recipients;

    @Option(
            names = "--tips",
            split = ",",
            defaultValue = "All",
            paramLabel = "TIP",
            description = "MailTipsRequested: All (default), OutOfOfficeMessage, MailboxFullStatus, CustomMailTip, "
                    + "ExternalMemberCount, TotalMemberCount, MaxMessageSize, DeliveryRestriction, ModerationStatus, "
                    + "InvalidRecipient.")
    List<String> tips;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunningEmulator emulator = RunningEmulator.in(state.path());
        Endpoints.Tenant asked = emulator.tenant(signedIn.tenant);
        String secret = signedIn.password(emulator, asked, spec);
        String requestId = SignedInUser.requestId();
        List<MailTipsResponseMessageType> responses = ask(emulator, asked, secret, requestId);
        List<MailTipsAnswer.RecipientTips> answers = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            answers.add(MailTipsAnswer.of(i < recipients.size() ? recipients.get(i) : "?", responses.get(i)));
        }
        MailTipsAnswer answer =
                new MailTipsAnswer(requestId, answers, signedIn.trace ? JournalTrace.of(emulator, requestId) : null);
        SignedInUser.print(spec, output, answer, GetMailTipsCommand::print);
        return answer.ok() ? ExitStatus.SUCCESS.code() : ExitStatus.TRUST_FAILURE.code();
    }

    private List<MailTipsResponseMessageType> ask(
            RunningEmulator emulator, Endpoints.Tenant asked, String secret, String requestId) {
        GetMailTipsType request = new GetMailTipsType();
        request.setSendingAs(smtp(signedIn.user));
        ArrayOfRecipientsType to = new ArrayOfRecipientsType();
        recipients.forEach(r -> to.getMailbox().add(smtp(r)));
        request.setRecipients(to);
        request.getMailTipsRequested().addAll(tips);
        // A bus of our own, shut down after, so an in-process run leaves no client threads behind.
        Bus bus = BusFactory.newInstance().createBus();
        try {
            AvailabilityClient client = new AvailabilityClient(
                    bus, URI.create(asked.ews()), emulator.tls(), java.time.Duration.ofSeconds(30));
            var response = client.getMailTips(request, new EwsCredentials.Basic(signedIn.user, secret), requestId)
                    .response();
            return response.getResponseMessages() == null
                    ? List.of()
                    : response.getResponseMessages().getMailTipsResponseMessageType();
        } finally {
            bus.shutdown(true);
        }
    }

    private static EmailAddressType smtp(String address) {
        EmailAddressType email = new EmailAddressType();
        email.setEmailAddress(address);
        email.setRoutingType("SMTP");
        return email;
    }

    private static void print(PrintWriter out, MailTipsAnswer answer) {
        for (MailTipsAnswer.RecipientTips tips : answer.recipients()) {
            Map<String, String> lines = new LinkedHashMap<>();
            lines.put("Recipient", tips.recipient());
            lines.put("ResponseCode", tips.responseCode());
            if (!tips.ok()) {
                lines.put("MessageText", FormatList.text(tips.messageText()));
                lines.put("Reason", FormatList.text(tips.reason()));
            }
            put(lines, "OutOfOffice", tips.outOfOffice());
            put(lines, "MailboxFull", tips.mailboxFull());
            put(lines, "CustomMailTip", tips.customMailTip());
            put(lines, "TotalMemberCount", tips.totalMemberCount());
            put(lines, "ExternalMemberCount", tips.externalMemberCount());
            put(lines, "MaxMessageSize", tips.maxMessageSize());
            put(lines, "DeliveryRestricted", tips.deliveryRestricted());
            put(lines, "IsModerated", tips.isModerated());
            put(lines, "InvalidRecipient", tips.invalidRecipient());
            FormatList.print(out, lines);
        }
        if (answer.trace() != null) {
            JournalTrace.print(out, answer.requestId(), answer.trace());
        }
        out.flush();
    }

    /** A tip the answer did not carry is left out, so what a Limited level withholds is visibly missing. */
    private static void put(Map<String, String> lines, String name, Object value) {
        if (value != null) {
            lines.put(name, value instanceof String text && text.isEmpty() ? "(empty)" : String.valueOf(value));
        }
    }
}
