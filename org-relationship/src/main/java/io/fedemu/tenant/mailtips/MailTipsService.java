package io.fedemu.tenant.mailtips;

import io.fedemu.protocol.ews.messages.ArrayOfMailTipsResponseMessageType;
import io.fedemu.protocol.ews.messages.GetMailTipsResponseMessageType;
import io.fedemu.protocol.ews.messages.GetMailTipsType;
import io.fedemu.protocol.ews.messages.MailTipsResponseMessageType;
import io.fedemu.protocol.ews.messages.ResponseCodeType;
import io.fedemu.protocol.ews.types.EmailAddressType;
import io.fedemu.protocol.ews.types.ResponseClassType;
import io.fedemu.protocol.journal.JournalEntry.Step;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.DistributionGroup;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.directory.Recipient;
import io.fedemu.tenant.directory.RemoteMailbox;
import io.fedemu.tenant.ews.EwsCaller;
import io.fedemu.tenant.ews.EwsFault;
import io.fedemu.tenant.relationship.RelationshipStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * GetMailTips (PROTOCOL.md section 15). One answer per recipient, in request order: this organization's mailboxes
 * from its directory and settings, an address of its domains that nothing has as an invalid recipient, and the
 * others through the federation. A partner's user (at /WSSecurity, with a MailTips token) is answered for this
 * organization's mailboxes only, at the level its relationship allows.
 */
public final class MailTipsService {
    private static final Pattern SMTP = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Where a tenant without a federation sends outside recipients: it knows only that they are outside. */
    @FunctionalInterface
    public interface RemoteMailTips {
        Map<Integer, MailTipsResponseMessageType> answer(
                List<RemoteRecipient> recipients,
                List<String> requestedNames,
                MailTipsRequested requested,
                String sender,
                String requestId);
    }

    private final String role;
    private final Directory directory;
    private final RelationshipStore relationships;
    private final LocalMailTips local;
    private final RemoteMailTips remote;
    private final Journal journal;

    public MailTipsService(
            String role,
            Directory directory,
            RelationshipStore relationships,
            LocalMailTips local,
            RemoteMailTips remote,
            Journal journal) {
        this.role = role;
        this.directory = directory;
        this.relationships = relationships;
        this.local = local;
        this.remote = remote;
        this.journal = journal;
    }

    /** Outside recipients when the organization does not federate: what it knows of them itself. */
    public static RemoteMailTips unfederated(LocalMailTips local) {
        return (recipients, names, requested, sender, requestId) -> {
            Map<Integer, MailTipsResponseMessageType> answers = new java.util.HashMap<>();
            recipients.forEach(
                    r -> answers.put(r.index(), MailTipsResponses.success(local.external(r.asked(), requested))));
            return answers;
        };
    }

    public GetMailTipsResponseMessageType getMailTips(GetMailTipsType request, EwsCaller caller) {
        if (request == null || request.getSendingAs() == null) {
            throw EwsFault.of(Reason.MISSING_ARGUMENT, "The request names no SendingAs.");
        }
        if (request.getRecipients() == null
                || request.getRecipients().getMailbox().isEmpty()) {
            throw EwsFault.of(Reason.MISSING_ARGUMENT, "The request names no Recipients.");
        }
        MailTipsRequested requested = MailTipsRequested.of(request.getMailTipsRequested());
        List<EmailAddressType> recipients = request.getRecipients().getMailbox();
        MailTipsResponseMessageType[] answers = new MailTipsResponseMessageType[recipients.size()];
        MailTipsAudience audience = MailTipsAudience.INTERNAL;
        if (caller.isPartner()) {
            Optional<OrganizationRelationship> relationship =
                    relationships.forDomain(caller.partner().requesterDomain());
            PartnerMailTipsAccess access = PartnerMailTipsAccess.decide(relationship);
            if (access.refusal().isPresent()) {
                Reason refusal = access.refusal().get();
                String text = refusal.sentence() + " (" + refusal.name() + ", domain "
                        + caller.partner().requesterDomain() + ")";
                journal.fail(
                        role, caller.requestId(), Step.ACCESS_DECISION, refusal, caller.address(), "MailTips", text);
                return response(
                        java.util.Collections.nCopies(recipients.size(), MailTipsResponses.error(refusal, text)));
            }
            audience = access.audience();
            journal.pass(
                    role,
                    caller.requestId(),
                    Step.ACCESS_DECISION,
                    caller.address(),
                    "MailTips",
                    access.describe(relationship.orElseThrow()));
        }
        List<RemoteRecipient> elsewhere = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            String asked = recipients.get(i).getEmailAddress() == null
                    ? ""
                    : recipients.get(i).getEmailAddress().trim();
            answers[i] = answer(i, asked, requested, audience, caller, elsewhere);
        }
        if (!elsewhere.isEmpty()) {
            remote.answer(elsewhere, request.getMailTipsRequested(), requested, caller.address(), caller.requestId())
                    .forEach((index, answer) -> answers[index] = answer);
        }
        return response(List.of(answers));
    }

    /** The answer decided here, or null when the recipient joins {@code elsewhere}. */
    private MailTipsResponseMessageType answer(
            int index,
            String asked,
            MailTipsRequested requested,
            MailTipsAudience audience,
            EwsCaller caller,
            List<RemoteRecipient> elsewhere) {
        if (!SMTP.matcher(asked).matches()) {
            return MailTipsResponses.error(Reason.INVALID_SMTP_ADDRESS, "'" + asked + "' is not an SMTP address.");
        }
        Recipient recipient = directory.lookup(asked);
        if (recipient instanceof Mailbox mailbox) {
            journal.pass(role, caller.requestId(), Step.ANSWER, caller.address(), asked, "MailTips of a mailbox here");
            return MailTipsResponses.success(local.mailbox(mailbox, asked, requested, audience));
        }
        if (recipient instanceof DistributionGroup group) {
            journal.pass(
                    role,
                    caller.requestId(),
                    Step.ANSWER,
                    caller.address(),
                    asked,
                    "MailTips of a distribution group here");
            return MailTipsResponses.success(local.group(group, asked, requested, audience));
        }
        boolean ours = directory.isAccepted(asked) && !(recipient instanceof RemoteMailbox);
        if (ours) {
            journal.pass(
                    role, caller.requestId(), Step.ANSWER, caller.address(), asked, "no recipient has this address");
            return MailTipsResponses.success(local.invalid(asked, requested));
        }
        if (caller.isPartner()) {
            // A partner asks only for this organization's recipients; Exchange does not chain federated requests.
            String refusal = asked + " is not a recipient of this organization; federated requests are not forwarded.";
            journal.fail(
                    role,
                    caller.requestId(),
                    Step.ROUTING,
                    Reason.PROXY_REQUEST_NOT_ALLOWED,
                    caller.address(),
                    asked,
                    refusal);
            return MailTipsResponses.error(Reason.PROXY_REQUEST_NOT_ALLOWED, refusal);
        }
        String target = recipient instanceof RemoteMailbox mailUser ? mailUser.targetAddress() : asked;
        journal.pass(
                role,
                caller.requestId(),
                Step.ROUTING,
                caller.address(),
                asked,
                recipient instanceof RemoteMailbox
                        ? "remote mailbox, targetAddress " + target
                        : "address outside this organization's accepted domains");
        elsewhere.add(new RemoteRecipient(index, asked, target));
        return null;
    }

    /** The whole request succeeded; each recipient's own answer says how it went. */
    private static GetMailTipsResponseMessageType response(List<MailTipsResponseMessageType> answers) {
        GetMailTipsResponseMessageType response = new GetMailTipsResponseMessageType();
        response.setResponseClass(ResponseClassType.SUCCESS);
        response.setResponseCode(ResponseCodeType.NO_ERROR);
        ArrayOfMailTipsResponseMessageType array = new ArrayOfMailTipsResponseMessageType();
        array.getMailTipsResponseMessageType().addAll(answers);
        response.setResponseMessages(array);
        return response;
    }
}
