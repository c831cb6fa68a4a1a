package io.fedemu.tenant.crosspremises;

import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.client.availability.EwsFaultException;
import io.fedemu.client.gateway.TokenRequestRefusedException;
import io.fedemu.client.http.AnswerTooLargeException;
import io.fedemu.client.http.SafeText;
import io.fedemu.client.http.UnreachableException;
import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType;
import io.fedemu.protocol.ews.types.ArrayOfMailboxData;
import io.fedemu.protocol.ews.types.EmailAddress;
import io.fedemu.protocol.ews.types.MailboxData;
import io.fedemu.protocol.ews.types.MeetingAttendeeType;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.Side;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.tenant.ews.AvailabilityRequest;
import io.fedemu.tenant.ews.CrossPremisesAvailability;
import io.fedemu.tenant.ews.FreeBusyResponses;
import io.fedemu.tenant.federation.DelegationTokenCache;
import io.fedemu.tenant.federation.PartnerDiscovery;
import io.fedemu.tenant.relationship.RelationshipSelection;
import io.fedemu.tenant.relationship.RelationshipStore;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The requesting side of the trust chain (ARCHITECTURE.md steps 2 to 5): for each partner domain, the
 * relationship; a delegation token from the gateway (cached); the partner's EWS URL; a call to its
 * /WSSecurity endpoint; the answers merged back in request order. Partners are asked in parallel
 * within a time budget, and a failing link fails only its own mailboxes, with the precise code.
 */
public final class FederatedAvailability implements CrossPremisesAvailability {
    private final String role;
    private final RelationshipStore relationships;
    private final DelegationTokenCache tokens;
    private final PartnerDiscovery discovery;
    private final Function<URI, AvailabilityClient> clients;
    private final Journal journal;
    private final ExecutorService executor;
    private final PartnerHosts partnerHosts;
    private final Duration budget;

    public FederatedAvailability(
            String role,
            RelationshipStore relationships,
            DelegationTokenCache tokens,
            PartnerDiscovery discovery,
            Function<URI, AvailabilityClient> clients,
            Journal journal,
            ExecutorService executor,
            Duration budget) {
        this(role, relationships, tokens, discovery, clients, journal, executor, budget, PartnerHosts.any());
    }

    public FederatedAvailability(
            String role,
            RelationshipStore relationships,
            DelegationTokenCache tokens,
            PartnerDiscovery discovery,
            Function<URI, AvailabilityClient> clients,
            Journal journal,
            ExecutorService executor,
            Duration budget,
            PartnerHosts partnerHosts) {
        this.partnerHosts = partnerHosts;
        this.role = role;
        this.relationships = relationships;
        this.tokens = tokens;
        this.discovery = discovery;
        this.clients = clients;
        this.journal = journal;
        this.executor = executor;
        this.budget = budget;
    }

    @Override
    public Map<Integer, FreeBusyResponseType> answer(
            List<RemoteTarget> targets, AvailabilityRequest request, String requester, String requestId) {
        Map<String, List<RemoteTarget>> byDomain = new LinkedHashMap<>();
        targets.forEach(target -> byDomain.computeIfAbsent(target.targetDomain(), d -> new ArrayList<>())
                .add(target));
        Map<Integer, FreeBusyResponseType> answers = new HashMap<>();
        Map<List<RemoteTarget>, PartnerCall> calls = new LinkedHashMap<>();
        byDomain.forEach((domain, group) -> {
            RelationshipSelection selection = RelationshipSelection.forTarget(relationships, domain);
            if (!selection.selected()) {
                Reason refusal = selection.refusal().orElseThrow();
                journal.fail(
                        role,
                        requestId,
                        JournalEntry.Step.RELATIONSHIP_MATCH,
                        refusal,
                        requester,
                        domain,
                        refusal.sentence());
                group.forEach(target -> answers.put(
                        target.index(),
                        FreeBusyResponses.error(
                                refusal, refusal.sentence() + " (" + refusal.name() + ", domain " + domain + ")")));
                return;
            }
            OrganizationRelationship relationship = selection.relationship().orElseThrow();
            journal.pass(
                    role,
                    requestId,
                    JournalEntry.Step.RELATIONSHIP_MATCH,
                    requester,
                    domain,
                    "relationship '" + relationship.name() + "', target " + relationship.targetApplicationUri());
            try {
                // submit, not CompletableFuture.supplyAsync: cancelling it interrupts the call, which stops it.
                AtomicBoolean abandoned = new AtomicBoolean();
                calls.put(
                        group,
                        new PartnerCall(
                                executor.submit(
                                        () -> ask(relationship, group, request, requester, requestId, abandoned)),
                                abandoned));
            } catch (RejectedExecutionException e) {
                journal.fail(
                        role,
                        requestId,
                        JournalEntry.Step.PARTNER_CALL,
                        Reason.PARTNER_CALLS_BUSY,
                        requester,
                        domain,
                        Reason.PARTNER_CALLS_BUSY.sentence());
                group.forEach(target -> answers.put(
                        target.index(),
                        FreeBusyResponses.error(Reason.PARTNER_CALLS_BUSY, Reason.PARTNER_CALLS_BUSY.sentence())));
            }
        });
        long deadline = System.nanoTime() + budget.toNanos();
        calls.forEach((group, call) -> {
            try {
                answers.putAll(call.future().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (java.util.concurrent.TimeoutException e) {
                // Abandoned first, so the interrupted call journals nothing after this timeout.
                call.abandoned().set(true);
                call.future().cancel(true);
                journal.fail(
                        role,
                        requestId,
                        JournalEntry.Step.PARTNER_CALL,
                        Reason.PARTNER_TIMEOUT,
                        requester,
                        group.get(0).targetDomain(),
                        "no answer within " + budget.toMillis() + " ms");
                group.forEach(target -> answers.put(
                        target.index(),
                        FreeBusyResponses.error(
                                Reason.PARTNER_TIMEOUT,
                                "The partner organization for " + target.targetDomain() + " did not answer within "
                                        + budget.toMillis() + " ms.")));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                group.forEach(target -> answers.put(
                        target.index(),
                        FreeBusyResponses.error(
                                Reason.PARTNER_UNREACHABLE, "Interrupted while waiting for the partner.")));
            } catch (java.util.concurrent.ExecutionException e) {
                group.forEach(target -> answers.put(
                        target.index(),
                        // The cause's class or text is Java's, never the wire's (PROTOCOL.md section 14).
                        FreeBusyResponses.error(
                                Reason.PARTNER_UNREACHABLE,
                                "The call to the partner for " + target.targetDomain() + " failed unexpectedly.")));
            }
        });
        return answers;
    }

    /** One partner, one call; every failure becomes the group's per-mailbox answer. */
    private Map<Integer, FreeBusyResponseType> ask(
            OrganizationRelationship relationship,
            List<RemoteTarget> group,
            AvailabilityRequest request,
            String requester,
            String requestId,
            AtomicBoolean abandoned) {
        String endpoint = relationship.targetSharingEpr() != null
                ? relationship.targetSharingEpr()
                : relationship.targetAutodiscoverEpr();
        if (!partnerHosts.allows(endpoint)) {
            return notAllowed(abandoned, group, requester, requestId, endpoint);
        }
        String audience = relationship.targetApplicationUri();
        DelegationTokenCache.Token token;
        try {
            token = tokens.token(requester, immutableId(requester), audience, Offer.SHARING_CALENDAR_FREE_BUSY);
            journal.pass(
                    role,
                    requestId,
                    JournalEntry.Step.TOKEN_REQUEST,
                    requester,
                    audience,
                    token.cached() ? "cached token reused" : "new token from the gateway");
        } catch (TokenRequestRefusedException e) {
            Reason named = Reason.byName(e.error().reason());
            Reason refusal = named == null || named.side() != Side.GATEWAY ? Reason.GATEWAY_ANSWER_UNREADABLE : named;
            fail(
                    abandoned,
                    role,
                    requestId,
                    JournalEntry.Step.TOKEN_REQUEST,
                    refusal,
                    requester,
                    audience,
                    SafeText.of(e.error().errorDescription(), 500));
            return all(
                    group,
                    refusal,
                    "The federation gateway refused a token for " + audience + ": "
                            + SafeText.of(e.error().errorDescription(), 300));
        } catch (UnreachableException e) {
            fail(
                    abandoned,
                    role,
                    requestId,
                    JournalEntry.Step.TOKEN_REQUEST,
                    Reason.GATEWAY_UNREACHABLE,
                    requester,
                    audience,
                    e.getMessage());
            return all(group, Reason.GATEWAY_UNREACHABLE, "The federation gateway could not be reached: " + e.uri());
        }
        URI ews;
        try {
            ews = discovery.ewsUrl(
                    relationship, group.get(0).targetAddress(), new PartnerDiscovery.Caller(requester, requestId));
            journal.pass(
                    role,
                    requestId,
                    JournalEntry.Step.DISCOVERY,
                    requester,
                    ews.toString(),
                    relationship.targetSharingEpr() != null ? "TargetSharingEpr" : "Autodiscover ExternalEwsUrl");
        } catch (PartnerDiscovery.DiscoveryException e) {
            // The Autodiscover token's own link (PROTOCOL.md section 14): journaled at the step that failed, with the
            // gateway's or the partner's named check; the mailbox's code is that reason's.
            if (e.reason().side() == Side.RECEIVING_ORGANIZATION) {
                // The partner refused the Autodiscover token: the free/busy token, issued just before under the same
                // keys and clocks, would be refused too, and keeping it would outlast the mended cause.
                tokens.forget(requester, audience, Offer.SHARING_CALENDAR_FREE_BUSY);
            }
            fail(
                    abandoned,
                    role,
                    requestId,
                    e.step(),
                    e.reason(),
                    requester,
                    relationship.targetAutodiscoverEpr(),
                    SafeText.of(e.getMessage(), 500));
            return all(
                    group,
                    e.reason(),
                    "The partner's EWS URL could not be discovered: " + SafeText.of(e.getMessage(), 300));
        } catch (RuntimeException e) {
            fail(
                    abandoned,
                    role,
                    requestId,
                    JournalEntry.Step.DISCOVERY,
                    Reason.AUTODISCOVER_FAILED,
                    requester,
                    relationship.targetAutodiscoverEpr(),
                    SafeText.of(String.valueOf(e), 500));
            return all(group, Reason.AUTODISCOVER_FAILED, Reason.AUTODISCOVER_FAILED.sentence());
        }
        if (!partnerHosts.allows(ews)) {
            return notAllowed(abandoned, group, requester, requestId, ews.toString());
        }
        URI wsSecurity = URI.create(ews + (ews.toString().endsWith("/WSSecurity") ? "" : "/WSSecurity"));
        try {
            AvailabilityClient.Reply reply = clients.apply(wsSecurity)
                    .getUserAvailability(
                            forward(request, group),
                            request.timeZoneContext(),
                            new EwsCredentials.DelegationToken(token.value()),
                            requestId);
            List<FreeBusyResponseType> responses = reply.response().getFreeBusyResponseArray() == null
                    ? List.of()
                    : reply.response().getFreeBusyResponseArray().getFreeBusyResponse();
            if (responses.size() < group.size()) {
                fail(
                        abandoned,
                        role,
                        requestId,
                        JournalEntry.Step.PARTNER_CALL,
                        Reason.PARTNER_ANSWER_MISSING,
                        requester,
                        wsSecurity.toString(),
                        responses.size() + " answers for " + group.size() + " mailboxes");
            } else {
                journal.pass(
                        role,
                        requestId,
                        JournalEntry.Step.PARTNER_CALL,
                        requester,
                        wsSecurity.toString(),
                        responses.size() + " answers");
            }
            Map<Integer, FreeBusyResponseType> answers = new HashMap<>();
            for (int i = 0; i < group.size(); i++) {
                answers.put(
                        group.get(i).index(),
                        i < responses.size()
                                ? responses.get(i)
                                : FreeBusyResponses.error(
                                        Reason.PARTNER_ANSWER_MISSING,
                                        "The partner gave no answer for "
                                                + group.get(i).targetAddress() + "."));
            }
            return answers;
        } catch (EwsFaultException e) {
            Reason named = Reason.byName(e.reason());
            Reason refusal =
                    named == null || named.side() != Side.RECEIVING_ORGANIZATION ? Reason.PARTNER_FAULT : named;
            if (named != null) {
                // The partner named what is wrong with the token; keeping it would repeat the refusal for
                // up to 15 minutes after the cause (a stale key, a misbehaving gateway) is mended.
                tokens.forget(requester, audience, Offer.SHARING_CALENDAR_FREE_BUSY);
            }
            fail(
                    abandoned,
                    role,
                    requestId,
                    JournalEntry.Step.PARTNER_CALL,
                    refusal,
                    requester,
                    wsSecurity.toString(),
                    SafeText.of(e.getMessage(), 500));
            // A partner naming one of fedemu's reasons gets its detail passed on, made safe; any other far side
            // only its fault code: its text is not ours to repeat.
            return all(
                    group,
                    refusal,
                    named != null
                            ? "The partner refused the request (" + named + "): " + SafeText.of(e.getMessage(), 300)
                            : refusal.sentence() + " Its fault code: " + SafeText.code(e.code()) + ".");
        } catch (UnreachableException e) {
            Reason reason = unreachable(e);
            fail(
                    abandoned,
                    role,
                    requestId,
                    JournalEntry.Step.PARTNER_CALL,
                    reason,
                    requester,
                    wsSecurity.toString(),
                    SafeText.of(String.valueOf(e.getCause()), 300));
            return all(
                    group,
                    reason,
                    switch (reason) {
                        case PARTNER_ANSWER_TOO_LARGE ->
                            "The partner at " + wsSecurity + " answered more than "
                                    + io.fedemu.client.http.BoundedAnswer.DEFAULT_MAX_BYTES
                                    + " bytes; the call was stopped.";
                        case PARTNER_TIMEOUT -> "The partner at " + wsSecurity + " did not answer in time.";
                        // The cause's text (Java's) stays in the journal; the wire names the endpoint only.
                        default -> "The partner at " + wsSecurity + " could not be reached.";
                    });
        }
    }

    /** Why a partner call stopped without an answer: too big an answer, the time budget, or no connection. */
    public static Reason unreachable(UnreachableException e) {
        boolean timeout = e.getCause() instanceof java.net.SocketTimeoutException
                || String.valueOf(e.getCause()).contains("Timeout");
        return AnswerTooLargeException.in(e)
                ? Reason.PARTNER_ANSWER_TOO_LARGE
                : timeout ? Reason.PARTNER_TIMEOUT : Reason.PARTNER_UNREACHABLE;
    }

    /** An endpoint outside the scenario's hosts: never called, and said so without echoing more than its host. */
    private Map<Integer, FreeBusyResponseType> notAllowed(
            AtomicBoolean abandoned, List<RemoteTarget> group, String requester, String requestId, String url) {
        String host = SafeText.of(hostOf(url), 100);
        fail(
                abandoned,
                role,
                requestId,
                JournalEntry.Step.DISCOVERY,
                Reason.PARTNER_HOST_NOT_ALLOWED,
                requester,
                host,
                Reason.PARTNER_HOST_NOT_ALLOWED.sentence());
        return all(
                group, Reason.PARTNER_HOST_NOT_ALLOWED, Reason.PARTNER_HOST_NOT_ALLOWED.sentence() + " (" + host + ")");
    }

    private static String hostOf(String url) {
        try {
            URI uri = URI.create(url.trim());
            return uri.getHost() == null
                    ? "an unreadable URL"
                    : uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (IllegalArgumentException e) {
            return "an unreadable URL";
        }
    }

    /** A submitted partner call, and whether its requester stopped waiting for it. */
    private record PartnerCall(Future<Map<Integer, FreeBusyResponseType>> future, AtomicBoolean abandoned) {}

    /** A failure of a call nobody waits for any more (timed out, interrupted) is not journaled twice. */
    private void fail(
            AtomicBoolean abandoned,
            String role,
            String requestId,
            JournalEntry.Step step,
            Reason reason,
            String requester,
            String subject,
            String detail) {
        if (!abandoned.get()) {
            journal.fail(role, requestId, step, reason, requester, subject, detail);
        }
    }

    /**
     * The same window, view and zone, asking for the targets' addresses in the partner's directory, each with the
     * AttendeeType and ExcludeConflicts its client sent (PROTOCOL.md section 13).
     */
    private static GetUserAvailabilityRequestType forward(AvailabilityRequest request, List<RemoteTarget> group) {
        GetUserAvailabilityRequestType wire = request.wire();
        GetUserAvailabilityRequestType copy = new GetUserAvailabilityRequestType();
        copy.setTimeZone(wire.getTimeZone());
        copy.setFreeBusyViewOptions(wire.getFreeBusyViewOptions());
        ArrayOfMailboxData mailboxes = new ArrayOfMailboxData();
        List<MailboxData> sent = wire.getMailboxDataArray().getMailboxData();
        for (RemoteTarget target : group) {
            MailboxData asSent = sent.get(target.index());
            MailboxData data = new MailboxData();
            EmailAddress email = new EmailAddress();
            email.setAddress(target.targetAddress());
            data.setEmail(email);
            data.setAttendeeType(
                    asSent.getAttendeeType() == null ? MeetingAttendeeType.REQUIRED : asSent.getAttendeeType());
            data.setExcludeConflicts(asSent.isExcludeConflicts());
            mailboxes.getMailboxData().add(data);
        }
        copy.setMailboxDataArray(mailboxes);
        return copy;
    }

    private static Map<Integer, FreeBusyResponseType> all(List<RemoteTarget> group, Reason reason, String message) {
        Map<Integer, FreeBusyResponseType> answers = new HashMap<>();
        group.forEach(target -> answers.put(target.index(), FreeBusyResponses.error(reason, message)));
        return answers;
    }

    /** A stable immutable id per user, as Exchange's ExchangeGuid would be. */
    public static String immutableId(String address) {
        return DelegationTokenCache.immutableId(address);
    }
}
