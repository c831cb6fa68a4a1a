package io.fedemu.tenant.transport.tracking;

import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.client.availability.EwsFaultException;
import io.fedemu.client.gateway.TokenRequestRefusedException;
import io.fedemu.client.http.SafeText;
import io.fedemu.client.http.UnreachableException;
import io.fedemu.protocol.ews.messages.FindMessageTrackingReportRequestType;
import io.fedemu.protocol.ews.messages.GetMessageTrackingReportRequestType;
import io.fedemu.protocol.ews.messages.ResponseMessageType;
import io.fedemu.protocol.ews.types.FindMessageTrackingSearchResultType;
import io.fedemu.protocol.ews.types.MessageTrackingReportTemplateType;
import io.fedemu.protocol.ews.types.RecipientTrackingEventType;
import io.fedemu.protocol.ews.types.ResponseClassType;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.journal.JournalEntry.Step;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.ReasonXml;
import io.fedemu.protocol.reason.Side;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.tenant.crosspremises.FederatedAvailability;
import io.fedemu.tenant.crosspremises.PartnerHosts;
import io.fedemu.tenant.federation.DelegationTokenCache;
import io.fedemu.tenant.federation.PartnerDiscovery;
import java.net.URI;
import java.util.List;
import java.util.function.Function;

/**
 * The sender's organization asking a partner for a message's delivery report (PROTOCOL.md section 19): a delegation
 * token for the offer {@code MSExchange.DeliveryReport} (fedemu's choice: Microsoft documents only the endpoint), the
 * partner's EWS URL as free/busy finds it, then at its {@code /WSSecurity} one FindMessageTrackingReport (the
 * message id, the sender, the mailbox it went to as FederatedDeliveryMailbox) and one GetMessageTrackingReport
 * (RecipientPath) for what it found. Each step is journaled under the request's id with free/busy's step names.
 */
public final class FederatedDeliveryReports implements PartnerDeliveryReports {
    private final String role;
    private final DelegationTokenCache tokens;
    private final PartnerDiscovery discovery;
    private final Function<URI, AvailabilityClient> clients;
    private final PartnerHosts partnerHosts;
    private final Journal journal;

    public FederatedDeliveryReports(
            String role,
            DelegationTokenCache tokens,
            PartnerDiscovery discovery,
            Function<URI, AvailabilityClient> clients,
            PartnerHosts partnerHosts,
            Journal journal) {
        this.role = role;
        this.tokens = tokens;
        this.discovery = discovery;
        this.clients = clients;
        this.partnerHosts = partnerHosts;
        this.journal = journal;
    }

    /** A step that stopped the follow: where, why, and about what. */
    private static final class Stop extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Step step;
        private final transient Reason reason;
        private final String about;

        Stop(Step step, Reason reason, String about, String message) {
            super(message, null, false, false);
            this.step = step;
            this.reason = reason;
            this.about = about;
        }
    }

    @Override
    public Followed follow(
            OrganizationRelationship relationship, String sender, String messageId, String target, String requestId) {
        try {
            String token = token(relationship, sender, requestId);
            URI wsSecurity = wsSecurity(relationship, target, sender, requestId);
            AvailabilityClient client = clients.apply(wsSecurity);
            EwsCredentials credentials = new EwsCredentials.DelegationToken(token);
            FindMessageTrackingReportRequestType find = new FindMessageTrackingReportRequestType();
            find.setScope("Organization");
            find.setDomain(target.substring(target.lastIndexOf('@') + 1));
            find.setSender(TrackingWire.address(sender));
            find.setMessageId(messageId);
            find.setFederatedDeliveryMailbox(TrackingWire.address(target));
            var found = ask(
                    relationship,
                    sender,
                    wsSecurity,
                    () -> client.findMessageTrackingReport(find, credentials, requestId, null));
            List<FindMessageTrackingSearchResultType> results = found.getMessageTrackingSearchResults() == null
                    ? List.of()
                    : found.getMessageTrackingSearchResults().getMessageTrackingSearchResult();
            if (results.isEmpty()) {
                journal.pass(
                        role,
                        requestId,
                        Step.PARTNER_CALL,
                        sender,
                        wsSecurity.toString(),
                        "the partner has no record of " + messageId + " for " + target);
                return Followed.of(List.of());
            }
            GetMessageTrackingReportRequestType get = new GetMessageTrackingReportRequestType();
            get.setScope("Organization");
            get.setReportTemplate(MessageTrackingReportTemplateType.RECIPIENT_PATH);
            get.setMessageTrackingReportId(results.get(0).getMessageTrackingReportId());
            var report = ask(
                    relationship,
                    sender,
                    wsSecurity,
                    () -> client.getMessageTrackingReport(get, credentials, requestId, null));
            List<RecipientTrackingEventType> events = report.getMessageTrackingReport() == null
                    ? List.of()
                    : report.getMessageTrackingReport()
                            .getRecipientTrackingEvents()
                            .getRecipientTrackingEvent();
            journal.pass(
                    role,
                    requestId,
                    Step.PARTNER_CALL,
                    sender,
                    wsSecurity.toString(),
                    "delivery report of " + target + ": " + events.size() + " event(s)");
            return Followed.of(events);
        } catch (Stop stop) {
            journal.fail(role, requestId, stop.step, stop.reason, sender, stop.about, stop.getMessage());
            return Followed.refused(stop.reason, stop.getMessage());
        }
    }

    private String token(OrganizationRelationship relationship, String sender, String requestId) throws Stop {
        String audience = relationship.targetApplicationUri();
        if (audience == null) {
            throw new Stop(
                    Step.RELATIONSHIP_MATCH,
                    Reason.NO_TARGET_APPLICATION_URI,
                    relationship.name(),
                    "The organization relationship '" + relationship.name() + "' names no TargetApplicationUri.");
        }
        try {
            DelegationTokenCache.Token token =
                    tokens.token(sender, FederatedAvailability.immutableId(sender), audience, Offer.DELIVERY_REPORT);
            journal.pass(
                    role,
                    requestId,
                    Step.TOKEN_REQUEST,
                    sender,
                    audience,
                    (token.cached() ? "cached token reused" : "new token from the gateway") + " for "
                            + Offer.DELIVERY_REPORT.wireName());
            return token.value();
        } catch (TokenRequestRefusedException e) {
            Reason named = Reason.byName(e.error().reason());
            throw new Stop(
                    Step.TOKEN_REQUEST,
                    named != null && named.side() == Side.GATEWAY ? named : Reason.GATEWAY_ANSWER_UNREADABLE,
                    audience,
                    "The federation gateway refused a delivery report token for " + audience + ": "
                            + SafeText.of(e.error().errorDescription(), 300));
        } catch (UnreachableException e) {
            throw new Stop(
                    Step.TOKEN_REQUEST,
                    Reason.GATEWAY_UNREACHABLE,
                    audience,
                    "The federation gateway could not be reached: " + e.uri());
        }
    }

    /** The partner's EWS URL, as free/busy finds it, with /WSSecurity; only within the scenario's hosts. */
    private URI wsSecurity(OrganizationRelationship relationship, String target, String sender, String requestId)
            throws Stop {
        URI ews;
        try {
            ews = discovery.ewsUrl(relationship, target, new PartnerDiscovery.Caller(sender, requestId));
        } catch (PartnerDiscovery.DiscoveryException e) {
            throw new Stop(
                    e.step(),
                    e.reason(),
                    String.valueOf(relationship.targetAutodiscoverEpr()),
                    "The partner's EWS URL could not be discovered: " + SafeText.of(e.getMessage(), 300));
        } catch (RuntimeException e) {
            throw new Stop(
                    Step.DISCOVERY,
                    Reason.AUTODISCOVER_FAILED,
                    String.valueOf(relationship.targetAutodiscoverEpr()),
                    "The partner's EWS URL could not be discovered: " + SafeText.of(e.getMessage(), 300));
        }
        if (!partnerHosts.allows(ews)) {
            throw new Stop(
                    Step.DISCOVERY,
                    Reason.PARTNER_HOST_NOT_ALLOWED,
                    ews.getHost(),
                    Reason.PARTNER_HOST_NOT_ALLOWED.sentence() + " (" + SafeText.of(ews.getHost(), 100) + ")");
        }
        journal.pass(role, requestId, Step.DISCOVERY, sender, ews.toString(), "EWS URL of the partner");
        return URI.create(ews + (ews.toString().endsWith("/WSSecurity") ? "" : "/WSSecurity"));
    }

    /** One call; the partner's refusal (a ResponseMessage error or a fault) stops the follow with its reason. */
    private <T extends ResponseMessageType> T ask(
            OrganizationRelationship relationship, String sender, URI wsSecurity, java.util.function.Supplier<T> call)
            throws Stop {
        T answer;
        try {
            answer = call.get();
        } catch (EwsFaultException e) {
            Reason named = Reason.byName(e.reason());
            if (named != null) {
                tokens.forget(sender, relationship.targetApplicationUri(), Offer.DELIVERY_REPORT);
            }
            throw new Stop(
                    Step.PARTNER_CALL,
                    named != null && named.side() == Side.RECEIVING_ORGANIZATION ? named : Reason.PARTNER_FAULT,
                    wsSecurity.toString(),
                    "The partner refused the request: " + SafeText.of(e.getMessage(), 300));
        } catch (UnreachableException e) {
            throw new Stop(
                    Step.PARTNER_CALL,
                    FederatedAvailability.unreachable(e),
                    wsSecurity.toString(),
                    "The partner at " + wsSecurity + " did not answer.");
        }
        if (answer == null) {
            throw new Stop(
                    Step.PARTNER_CALL, Reason.PARTNER_FAULT, wsSecurity.toString(), "The partner's answer was empty.");
        }
        if (answer.getResponseClass() == ResponseClassType.ERROR) {
            Reason reason = ReasonXml.read(answer).orElse(Reason.PARTNER_FAULT);
            throw new Stop(
                    Step.PARTNER_CALL,
                    reason,
                    wsSecurity.toString(),
                    "The partner answered " + answer.getResponseCode() + ": "
                            + SafeText.of(answer.getMessageText(), 300));
        }
        return answer;
    }
}
