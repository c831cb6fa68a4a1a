package io.fedemu.tenant.mailtips;

import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.client.availability.EwsFaultException;
import io.fedemu.client.gateway.TokenRequestRefusedException;
import io.fedemu.client.http.SafeText;
import io.fedemu.client.http.UnreachableException;
import io.fedemu.protocol.ews.messages.GetMailTipsType;
import io.fedemu.protocol.ews.messages.MailTipsResponseMessageType;
import io.fedemu.protocol.ews.types.ArrayOfRecipientsType;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.journal.JournalEntry.Step;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.Side;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.tenant.crosspremises.FederatedAvailability;
import io.fedemu.tenant.crosspremises.PartnerHosts;
import io.fedemu.tenant.federation.DelegationTokenCache;
import io.fedemu.tenant.federation.PartnerDiscovery;
import io.fedemu.tenant.mailtips.MailTipsRequested.Tip;
import io.fedemu.tenant.relationship.RelationshipStore;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The requesting side of MailTips across an organization relationship: per partner domain, the relationship, a
 * delegation token for the MailTips offer, the partner's EWS URL and one GetMailTips to its /WSSecurity endpoint,
 * the same chain as free/busy (PROTOCOL.md sections 3 and 15). A domain no usable relationship covers gets what
 * this organization knows of an outside recipient; a link that fails fails only its domain's recipients, with the
 * reason of the link. Partners are asked one after another, each within the client's timeout (fedemu choice).
 */
public final class FederatedMailTips {
    private final String role;
    private final RelationshipStore relationships;
    private final DelegationTokenCache tokens;
    private final PartnerDiscovery discovery;
    private final Function<URI, AvailabilityClient> clients;
    private final PartnerHosts partnerHosts;
    private final LocalMailTips local;
    private final Journal journal;

    public FederatedMailTips(
            String role,
            RelationshipStore relationships,
            DelegationTokenCache tokens,
            PartnerDiscovery discovery,
            Function<URI, AvailabilityClient> clients,
            PartnerHosts partnerHosts,
            LocalMailTips local,
            Journal journal) {
        this.role = role;
        this.relationships = relationships;
        this.tokens = tokens;
        this.discovery = discovery;
        this.clients = clients;
        this.partnerHosts = partnerHosts;
        this.local = local;
        this.journal = journal;
    }

    /** A link of the chain that broke, with what the journal and the recipients' answers say. */
    private static final class Broken extends Exception {
        private final Step step;
        private final Reason reason;
        private final String subject;

        Broken(Step step, Reason reason, String subject, String message) {
            super(message, null, false, false);
            this.step = step;
            this.reason = reason;
            this.subject = subject;
        }
    }

    /** Each recipient's answer, by its index in the request. */
    public Map<Integer, MailTipsResponseMessageType> answer(
            List<RemoteRecipient> recipients,
            List<String> requestedNames,
            MailTipsRequested requested,
            String sender,
            String requestId) {
        Map<String, List<RemoteRecipient>> byDomain = new LinkedHashMap<>();
        recipients.forEach(r ->
                byDomain.computeIfAbsent(r.domain(), d -> new ArrayList<>()).add(r));
        Map<Integer, MailTipsResponseMessageType> answers = new HashMap<>();
        byDomain.forEach((domain, group) -> {
            try {
                answers.putAll(ask(domain, group, requestedNames, requested, sender, requestId));
            } catch (Broken broken) {
                journal.fail(role, requestId, broken.step, broken.reason, sender, broken.subject, broken.getMessage());
                group.forEach(r -> answers.put(r.index(), MailTipsResponses.error(broken.reason, broken.getMessage())));
            }
        });
        return answers;
    }

    private Map<Integer, MailTipsResponseMessageType> ask(
            String domain,
            List<RemoteRecipient> group,
            List<String> requestedNames,
            MailTipsRequested requested,
            String sender,
            String requestId)
            throws Broken {
        Optional<OrganizationRelationship> found =
                relationships.forDomain(domain).filter(FederatedMailTips::usable);
        Map<Integer, MailTipsResponseMessageType> answers = new HashMap<>();
        journal.pass(
                role,
                requestId,
                Step.RELATIONSHIP_MATCH,
                sender,
                domain,
                found.map(r -> "relationship '" + r.name() + "', target " + r.targetApplicationUri())
                        .orElse("no enabled organization relationship with a target for " + domain
                                + ": outside recipients, answered from this organization"));
        if (found.isEmpty()) {
            group.forEach(r -> answers.put(r.index(), MailTipsResponses.success(local.external(r.asked(), requested))));
            return answers;
        }
        OrganizationRelationship relationship = found.get();
        String token = token(relationship, sender, requestId);
        URI wsSecurity = partnerEws(relationship, group.get(0).target(), sender, requestId);
        List<MailTipsResponseMessageType> replies =
                call(wsSecurity, relationship, group, requestedNames, sender, token, requestId);
        for (int i = 0; i < group.size(); i++) {
            RemoteRecipient recipient = group.get(i);
            answers.put(
                    recipient.index(),
                    i < replies.size()
                            ? asked(replies.get(i), recipient, requested)
                            : MailTipsResponses.error(
                                    Reason.PARTNER_ANSWER_MISSING,
                                    "The partner gave no answer for " + recipient.target() + "."));
        }
        return answers;
    }

    /** The asking side needs the relationship enabled, the partner's application URI and a way to its EWS. */
    private static boolean usable(OrganizationRelationship r) {
        return r.enabled()
                && r.targetApplicationUri() != null
                && (r.targetSharingEpr() != null || r.targetAutodiscoverEpr() != null);
    }

    private String token(OrganizationRelationship relationship, String sender, String requestId) throws Broken {
        String audience = relationship.targetApplicationUri();
        try {
            DelegationTokenCache.Token token =
                    tokens.token(sender, FederatedAvailability.immutableId(sender), audience, Offer.MAIL_TIPS);
            journal.pass(
                    role,
                    requestId,
                    Step.TOKEN_REQUEST,
                    sender,
                    audience,
                    (token.cached() ? "cached token reused" : "new token from the gateway") + " for "
                            + Offer.MAIL_TIPS.wireName());
            return token.value();
        } catch (TokenRequestRefusedException e) {
            Reason named = Reason.byName(e.error().reason());
            throw new Broken(
                    Step.TOKEN_REQUEST,
                    named == null || named.side() != Side.GATEWAY ? Reason.GATEWAY_ANSWER_UNREADABLE : named,
                    audience,
                    "The federation gateway refused a MailTips token for " + audience + ": "
                            + SafeText.of(e.error().errorDescription(), 300));
        } catch (UnreachableException e) {
            throw new Broken(
                    Step.TOKEN_REQUEST,
                    Reason.GATEWAY_UNREACHABLE,
                    audience,
                    "The federation gateway could not be reached: " + e.uri());
        }
    }

    /** The partner's EWS URL with /WSSecurity, from TargetSharingEpr or its Autodiscover; only hosts allowed. */
    private URI partnerEws(OrganizationRelationship relationship, String target, String sender, String requestId)
            throws Broken {
        String configured = relationship.targetSharingEpr() != null
                ? relationship.targetSharingEpr()
                : relationship.targetAutodiscoverEpr();
        if (!partnerHosts.allows(configured)) {
            throw notAllowed(configured);
        }
        URI ews;
        try {
            ews = discovery.ewsUrl(
                    relationship, target, new io.fedemu.tenant.federation.PartnerDiscovery.Caller(sender, requestId));
        } catch (io.fedemu.tenant.federation.PartnerDiscovery.DiscoveryException e) {
            // The Autodiscover token's own link (PROTOCOL.md section 14): its step and named check.
            throw new Broken(
                    e.step(),
                    e.reason(),
                    relationship.targetAutodiscoverEpr(),
                    "The partner's EWS URL could not be discovered: " + SafeText.of(e.getMessage(), 300));
        } catch (RuntimeException e) {
            throw new Broken(
                    Step.DISCOVERY,
                    Reason.AUTODISCOVER_FAILED,
                    relationship.targetAutodiscoverEpr(),
                    "The partner's EWS URL could not be discovered: " + SafeText.of(e.getMessage(), 300));
        }
        if (!partnerHosts.allows(ews)) {
            throw notAllowed(ews.toString());
        }
        journal.pass(
                role,
                requestId,
                Step.DISCOVERY,
                sender,
                ews.toString(),
                relationship.targetSharingEpr() != null ? "TargetSharingEpr" : "Autodiscover ExternalEwsUrl");
        return URI.create(ews + (ews.toString().endsWith("/WSSecurity") ? "" : "/WSSecurity"));
    }

    private static Broken notAllowed(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        String host = uri == null || uri.getHost() == null
                ? "an unreadable URL"
                : uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        return new Broken(
                Step.DISCOVERY,
                Reason.PARTNER_HOST_NOT_ALLOWED,
                host,
                Reason.PARTNER_HOST_NOT_ALLOWED.sentence() + " (" + SafeText.of(host, 100) + ")");
    }

    private List<MailTipsResponseMessageType> call(
            URI wsSecurity,
            OrganizationRelationship relationship,
            List<RemoteRecipient> group,
            List<String> requestedNames,
            String sender,
            String token,
            String requestId)
            throws Broken {
        GetMailTipsType request = new GetMailTipsType();
        request.setSendingAs(MailTipsResponses.address(sender, null));
        ArrayOfRecipientsType recipients = new ArrayOfRecipientsType();
        group.forEach(r -> recipients.getMailbox().add(MailTipsResponses.address(r.target(), null)));
        request.setRecipients(recipients);
        request.getMailTipsRequested().addAll(requestedNames);
        try {
            var reply = clients.apply(wsSecurity)
                    .getMailTips(request, new EwsCredentials.DelegationToken(token), requestId)
                    .response();
            List<MailTipsResponseMessageType> answers = reply == null || reply.getResponseMessages() == null
                    ? List.of()
                    : reply.getResponseMessages().getMailTipsResponseMessageType();
            journal.pass(
                    role, requestId, Step.PARTNER_CALL, sender, wsSecurity.toString(), answers.size() + " answers");
            return answers;
        } catch (EwsFaultException e) {
            Reason named = Reason.byName(e.reason());
            if (named != null) {
                // The partner named what is wrong with the token: a fresh one is asked next time.
                tokens.forget(sender, relationship.targetApplicationUri(), Offer.MAIL_TIPS);
            }
            throw new Broken(
                    Step.PARTNER_CALL,
                    named == null || named.side() != Side.RECEIVING_ORGANIZATION ? Reason.PARTNER_FAULT : named,
                    wsSecurity.toString(),
                    named != null
                            ? "The partner refused the request (" + named + "): " + SafeText.of(e.getMessage(), 300)
                            : Reason.PARTNER_FAULT.sentence() + " Its fault code: " + SafeText.code(e.code()) + ".");
        } catch (UnreachableException e) {
            throw new Broken(
                    Step.PARTNER_CALL,
                    FederatedAvailability.unreachable(e),
                    wsSecurity.toString(),
                    "The partner at " + wsSecurity + " did not answer: "
                            + SafeText.of(String.valueOf(e.getCause()), 200));
        }
    }

    /**
     * The partner's answer for one recipient, under the address the sender wrote (a remote mailbox's own, not its
     * targetAddress). The recipient is outside this organization, so the External Recipients tip counts it, at
     * either level: a mailbox as one, a partner's group as all its members when the partner gave their number (All),
     * else as one (Limited keeps a group's size to its organization).
     */
    private static MailTipsResponseMessageType asked(
            MailTipsResponseMessageType answer, RemoteRecipient recipient, MailTipsRequested requested) {
        if (answer.getMailTips() != null) {
            if (answer.getMailTips().getRecipientAddress() != null) {
                answer.getMailTips().getRecipientAddress().setEmailAddress(recipient.asked());
            }
            if (requested.has(Tip.EXTERNAL_MEMBER_COUNT)) {
                Integer members = answer.getMailTips().getTotalMemberCount();
                answer.getMailTips().setExternalMemberCount(members != null ? members : 1);
            }
        }
        return answer;
    }
}
