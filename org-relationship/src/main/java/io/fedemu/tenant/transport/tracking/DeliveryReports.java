package io.fedemu.tenant.transport.tracking;

import io.fedemu.protocol.ews.messages.FindMessageTrackingReportRequestType;
import io.fedemu.protocol.ews.messages.FindMessageTrackingReportResponseMessageType;
import io.fedemu.protocol.ews.messages.GetMessageTrackingReportRequestType;
import io.fedemu.protocol.ews.messages.GetMessageTrackingReportResponseMessageType;
import io.fedemu.protocol.ews.messages.ResponseCodeType;
import io.fedemu.protocol.ews.types.ArrayOfEmailAddressesType;
import io.fedemu.protocol.ews.types.ArrayOfFindMessageTrackingSearchResultType;
import io.fedemu.protocol.ews.types.ArrayOfRecipientTrackingEventType;
import io.fedemu.protocol.ews.types.ArrayOfRecipientsType;
import io.fedemu.protocol.ews.types.FindMessageTrackingSearchResultType;
import io.fedemu.protocol.ews.types.MessageTrackingReportTemplateType;
import io.fedemu.protocol.ews.types.MessageTrackingReportType;
import io.fedemu.protocol.ews.types.RecipientTrackingEventType;
import io.fedemu.protocol.ews.types.ResponseClassType;
import io.fedemu.protocol.journal.JournalEntry.Step;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.MessageTrackingEvent;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.directory.RemoteMailbox;
import io.fedemu.tenant.ews.EwsCaller;
import io.fedemu.tenant.ews.MessageTrackingOperations;
import io.fedemu.tenant.ews.ResponseMessages;
import io.fedemu.tenant.relationship.RelationshipStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;

/**
 * Delivery reports from the organization's message tracking log (PROTOCOL.md section 19). FindMessageTrackingReport
 * finds the messages a user sent or received; GetMessageTrackingReport gives one message's recipient events and, when
 * it left for a partner organization whose relationship has DeliveryReportEnabled on both sides, follows it there
 * with a delegation token of its own offer. A user tracks only their own messages unless the request carries the
 * administrator's credential (Search-MessageTrackingReport -BypassDelegateChecking); a partner's user only the
 * messages they sent. Every refusal is a ResponseMessage with its Reason, journaled under the request's id.
 */
public final class DeliveryReports implements MessageTrackingOperations {
    /** The HTTP header carrying the admin credential: fedemu's form of -BypassDelegateChecking. */
    public static final String ADMIN_HEADER = "X-Fedemu-Admin-Token";
    /** Search-MessageTrackingReport's default ResultSize. */
    public static final int MAX_RESULTS = 1000;

    private static final Set<String> SCOPES = Set.of("Organization", "Forest", "Site");

    private final String role;
    private final Directory directory;
    private final MessageTrackingLog log;
    private final MessageTrackingReportIds ids;
    private final RelationshipStore relationships;
    private final PartnerDeliveryReports partners;
    private final Predicate<String> adminCredential;
    private final Journal journal;
    private final java.util.function.Function<String, Optional<String>> legacyServers;

    public DeliveryReports(
            String role,
            Directory directory,
            MessageTrackingLog log,
            MessageTrackingReportIds ids,
            RelationshipStore relationships,
            PartnerDeliveryReports partners,
            Predicate<String> adminCredential,
            Journal journal,
            java.util.function.Function<String, Optional<String>> legacyServers) {
        this.legacyServers = legacyServers;
        this.role = role;
        this.directory = directory;
        this.log = log;
        this.ids = ids;
        this.relationships = relationships;
        this.partners = partners;
        this.adminCredential = adminCredential;
        this.journal = journal;
    }

    /**
     * As above, for an organization without Exchange 2007 servers.
     *
     * @see #DeliveryReports(String, Directory, MessageTrackingLog, MessageTrackingReportIds, RelationshipStore,
     *     PartnerDeliveryReports, Predicate, Journal, java.util.function.Function)
     */
    public DeliveryReports(
            String role,
            Directory directory,
            MessageTrackingLog log,
            MessageTrackingReportIds ids,
            RelationshipStore relationships,
            PartnerDeliveryReports partners,
            Predicate<String> adminCredential,
            Journal journal) {
        this(role, directory, log, ids, relationships, partners, adminCredential, journal, address -> Optional.empty());
    }

    /** A refusal: its reason and the text the ResponseMessage carries. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Reason reason;

        Refused(Reason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }
    }

    @Override
    public FindMessageTrackingReportResponseMessageType findMessageTrackingReport(
            FindMessageTrackingReportRequestType request, EwsCaller caller) {
        try {
            scope(request.getScope());
            if (request.getDomain() == null
                    || !directory.isAccepted("x@" + request.getDomain().trim())) {
                throw new Refused(
                        Reason.DELIVERY_REPORT_DOMAIN_UNKNOWN,
                        "'" + request.getDomain() + "' is no accepted domain of this organization.");
            }
            String sender = TrackingWire.address(request.getSender());
            String recipient = TrackingWire.address(request.getRecipient());
            if (sender == null && recipient == null) {
                throw new Refused(
                        Reason.DELIVERY_REPORT_REQUEST_INVALID,
                        "Name a Sender (to search as the sender) or a Recipient (to search as a recipient).");
            }
            Instant start = TrackingWire.instant(request.getStartDateTime());
            Instant end = TrackingWire.instant(request.getEndDateTime());
            if (start != null && end != null && end.isBefore(start)) {
                throw new Refused(
                        Reason.DELIVERY_REPORT_REQUEST_INVALID,
                        "EndDateTime " + end + " is before StartDateTime " + start + ".");
            }
            allowed(caller, sender, recipient == null ? List.of() : List.of(recipient));
            Set<String> to = addresses(recipient);
            Set<String> deliveredTo = addresses(TrackingWire.address(request.getFederatedDeliveryMailbox()));
            String subject =
                    request.getSubject() == null || request.getSubject().isBlank()
                            ? null
                            : request.getSubject().toLowerCase(Locale.ROOT);
            List<List<MessageTrackingEvent>> found = new ArrayList<>();
            for (List<MessageTrackingEvent> message : messages()) {
                MessageTrackingEvent received = message.get(0);
                boolean matches = (sender == null || sender.equalsIgnoreCase(received.sender()))
                        && (to.isEmpty() || message.stream().anyMatch(e -> any(e.recipients(), to)))
                        && (deliveredTo.isEmpty()
                                || message.stream()
                                        .anyMatch(
                                                e -> "DELIVER".equals(e.eventId()) && any(e.recipients(), deliveredTo)))
                        && (subject == null
                                || (received.messageSubject() != null
                                        && received.messageSubject()
                                                .toLowerCase(Locale.ROOT)
                                                .contains(subject)))
                        && (request.getMessageId() == null
                                || sameMessageId(request.getMessageId(), received.messageId()))
                        && (start == null || !received.timestamp().isBefore(start))
                        && (end == null || !received.timestamp().isAfter(end));
                if (matches) {
                    found.add(message);
                }
            }
            List<List<MessageTrackingEvent>> kept =
                    found.size() <= MAX_RESULTS ? found : found.subList(found.size() - MAX_RESULTS, found.size());
            FindMessageTrackingReportResponseMessageType response = new FindMessageTrackingReportResponseMessageType();
            response.setResponseClass(ResponseClassType.SUCCESS);
            response.setResponseCode(ResponseCodeType.NO_ERROR);
            ArrayOfFindMessageTrackingSearchResultType results = new ArrayOfFindMessageTrackingSearchResultType();
            kept.forEach(message -> results.getMessageTrackingSearchResult().add(result(message.get(0))));
            response.setMessageTrackingSearchResults(results);
            response.setExecutedSearchScope(request.getScope().trim());
            journal.pass(
                    role,
                    caller.requestId(),
                    Step.DELIVERY_REPORT,
                    caller.address(),
                    sender != null ? sender : recipient,
                    "FindMessageTrackingReport: " + kept.size() + " message(s)"
                            + (caller.isPartner() ? " for a partner's user" : ""));
            return response;
        } catch (Refused refused) {
            return refuse(
                    new FindMessageTrackingReportResponseMessageType(), refused, caller, "FindMessageTrackingReport");
        }
    }

    @Override
    public GetMessageTrackingReportResponseMessageType getMessageTrackingReport(
            GetMessageTrackingReportRequestType request, EwsCaller caller) {
        try {
            scope(request.getScope());
            MessageTrackingReportIds.ReportId id = ids.read(request.getMessageTrackingReportId())
                    .orElseThrow(() -> new Refused(
                            Reason.DELIVERY_REPORT_ID_INVALID,
                            "The MessageTrackingReportId is not one this organization issued: it is malformed, was "
                                    + "altered, or belongs to another organization."));
            List<MessageTrackingEvent> events = log.message(id.internalId()).stream()
                    .filter(e -> sameMessageId(id.messageId(), e.messageId()))
                    .toList();
            if (events.isEmpty()) {
                throw new Refused(
                        Reason.DELIVERY_REPORT_MESSAGE_NOT_FOUND,
                        "The message " + id.messageId() + " is no longer in the message tracking log.");
            }
            MessageTrackingEvent received = events.get(0);
            allowed(caller, received.sender(), received.recipients());
            List<RecipientTrackingEventType> path = new ArrayList<>();
            Predicate<String> partnerDomain = d -> relationships.forDomain(d).isPresent();
            for (MessageTrackingEvent e : events) {
                for (String r : e.recipients()) {
                    Optional<String> legacy = "DELIVER".equals(e.eventId()) ? legacyServers.apply(r) : Optional.empty();
                    // Exchange 2013's delivery reports cannot follow a message across an Exchange 2007 server: the
                    // report ends where the message was handed to it.
                    path.add(
                            legacy.isPresent()
                                    ? TrackingWire.transferredToLegacy(e, r, legacy.get())
                                    : TrackingWire.event(e, r, this::internal, partnerDomain));
                }
            }
            // Only the sender's own organization follows the message on; a partner is never chained further, as
            // for free/busy.
            Refused stopped = caller.isPartner() ? null : follow(events, received, caller.requestId(), path);
            GetMessageTrackingReportResponseMessageType response = new GetMessageTrackingReportResponseMessageType();
            if (stopped == null) {
                response.setResponseClass(ResponseClassType.SUCCESS);
                response.setResponseCode(ResponseCodeType.NO_ERROR);
            } else {
                // The events of this organization stay in the answer: the report shows where tracking stopped.
                refuse(response, stopped, caller, "GetMessageTrackingReport");
            }
            response.setMessageTrackingReport(report(received, request, path));
            if (stopped == null) {
                journal.pass(
                        role,
                        caller.requestId(),
                        Step.DELIVERY_REPORT,
                        caller.address(),
                        received.messageId(),
                        "GetMessageTrackingReport: "
                                + response.getMessageTrackingReport()
                                        .getRecipientTrackingEvents()
                                        .getRecipientTrackingEvent()
                                        .size()
                                + " event(s)");
            }
            return response;
        } catch (Refused refused) {
            return refuse(
                    new GetMessageTrackingReportResponseMessageType(), refused, caller, "GetMessageTrackingReport");
        }
    }

    /**
     * Follows each recipient that left for a partner over a relationship: DeliveryReportEnabled must be on here
     * (and is checked there); the partner's events are added to {@code path}. The first refusal is returned.
     */
    private Refused follow(
            List<MessageTrackingEvent> events,
            MessageTrackingEvent received,
            String requestId,
            List<RecipientTrackingEventType> path) {
        Refused stopped = null;
        Set<String> followed = new LinkedHashSet<>();
        for (MessageTrackingEvent e : events) {
            if (!"SEND".equals(e.eventId())) {
                continue;
            }
            for (String target : e.recipients()) {
                String domain = domainOf(target);
                Optional<OrganizationRelationship> relationship =
                        relationships.forDomain(domain).filter(OrganizationRelationship::enabled);
                if (internal(domain) || relationship.isEmpty() || !followed.add(target.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (!relationship.get().deliveryReportEnabled()) {
                    stopped = first(
                            stopped,
                            new Refused(
                                    Reason.DELIVERY_REPORT_NOT_ENABLED,
                                    "The organization relationship '"
                                            + relationship.get().name() + "' for " + domain
                                            + " has DeliveryReportEnabled false, so the message is not followed to "
                                            + target + "."));
                    continue;
                }
                PartnerDeliveryReports.Followed answer =
                        partners.follow(relationship.get(), received.sender(), received.messageId(), target, requestId);
                if (answer.refusal() != null) {
                    stopped = first(stopped, new Refused(answer.refusal(), answer.message()));
                } else {
                    path.addAll(answer.events());
                }
            }
        }
        return stopped;
    }

    private static Refused first(Refused kept, Refused next) {
        return kept != null ? kept : next;
    }

    /** Sender, subject, submit time, original recipients and the events, as the template and filter ask. */
    private MessageTrackingReportType report(
            MessageTrackingEvent received,
            GetMessageTrackingReportRequestType request,
            List<RecipientTrackingEventType> path) {
        MessageTrackingReportType report = new MessageTrackingReportType();
        report.setSender(TrackingWire.address(received.sender()));
        report.setSubject(received.messageSubject() == null ? "" : received.messageSubject());
        report.setSubmitTime(TrackingWire.time(received.timestamp()));
        ArrayOfEmailAddressesType original = new ArrayOfEmailAddressesType();
        received.recipients().forEach(r -> original.getAddress().add(TrackingWire.address(r)));
        report.setOriginalRecipients(original);
        String filter = TrackingWire.address(request.getRecipientFilter());
        List<RecipientTrackingEventType> chosen = path.stream()
                .filter(e -> filter == null
                        || key(filter).equals(key(e.getRecipient().getEmailAddress())))
                .toList();
        if (request.getReportTemplate() != MessageTrackingReportTemplateType.RECIPIENT_PATH) {
            // Summary: where each recipient's message is now, the last event of its path.
            Map<String, RecipientTrackingEventType> last = new LinkedHashMap<>();
            chosen.forEach(e -> last.put(key(e.getRecipient().getEmailAddress()), e));
            chosen = List.copyOf(last.values());
        }
        ArrayOfRecipientTrackingEventType array = new ArrayOfRecipientTrackingEventType();
        array.getRecipientTrackingEvent().addAll(chosen);
        report.setRecipientTrackingEvents(array);
        return report;
    }

    private FindMessageTrackingSearchResultType result(MessageTrackingEvent received) {
        FindMessageTrackingSearchResultType result = new FindMessageTrackingSearchResultType();
        result.setSubject(received.messageSubject() == null ? "" : received.messageSubject());
        result.setSender(TrackingWire.address(received.sender() == null ? "" : received.sender()));
        ArrayOfRecipientsType recipients = new ArrayOfRecipientsType();
        received.recipients().forEach(r -> recipients.getMailbox().add(TrackingWire.address(r)));
        result.setRecipients(recipients);
        result.setSubmittedTime(TrackingWire.time(received.timestamp()));
        result.setMessageTrackingReportId(
                ids.issue(received.internalMessageId(), received.messageId(), received.serverHostname()));
        if (received.clientHostname() != null && !received.clientHostname().isBlank()) {
            result.setPreviousHopServer(received.clientHostname());
        }
        if (received.serverHostname() != null && !received.serverHostname().isBlank()) {
            result.setFirstHopServer(received.serverHostname());
        }
        return result;
    }

    /**
     * Who may see a message: a partner's user the messages they sent, when this organization's relationship for
     * their domain has DeliveryReportEnabled; a user of this organization the messages they sent or received; the
     * administrator any.
     */
    private void allowed(EwsCaller caller, String sender, List<String> recipients) throws Refused {
        if (caller.isPartner()) {
            String domain = caller.partner().requesterDomain();
            if (relationships
                    .forDomain(domain)
                    .filter(r -> r.enabled() && r.deliveryReportEnabled())
                    .isEmpty()) {
                throw new Refused(
                        Reason.DELIVERY_REPORT_DISABLED_BY_PARTNER,
                        "This organization has no enabled organization relationship with DeliveryReportEnabled for "
                                + domain + ", so it returns no delivery report to its users.");
            }
            if (sender == null || !sender.equalsIgnoreCase(caller.address())) {
                throw new Refused(
                        Reason.DELIVERY_REPORT_ACCESS_DENIED,
                        "A partner's user tracks only the messages they sent; " + caller.address() + " did not send "
                                + "this one.");
            }
            return;
        }
        if (bypassDelegateChecking()) {
            return;
        }
        Set<String> own = addresses(caller.address());
        if ((sender != null && own.contains(key(sender))) || any(recipients, own)) {
            return;
        }
        throw new Refused(
                Reason.DELIVERY_REPORT_ACCESS_DENIED,
                caller.address() + " may track only the messages they sent or received; the administrator may "
                        + "track any (BypassDelegateChecking).");
    }

    /** The request carries the administrator's credential in {@link #ADMIN_HEADER}. */
    private boolean bypassDelegateChecking() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        Object headers = message == null ? null : message.get(Message.PROTOCOL_HEADERS);
        if (!(headers instanceof Map<?, ?> map)) {
            return false;
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (ADMIN_HEADER.equalsIgnoreCase(String.valueOf(entry.getKey()))
                    && entry.getValue() instanceof List<?> values
                    && values.size() == 1) {
                return adminCredential.test(String.valueOf(values.get(0)));
            }
        }
        return false;
    }

    private static void scope(String scope) throws Refused {
        if (scope == null || !SCOPES.contains(scope.trim())) {
            throw new Refused(
                    Reason.DELIVERY_REPORT_REQUEST_INVALID,
                    "Scope '" + scope + "' is none of Organization, Forest, Site.");
        }
    }

    private <T extends io.fedemu.protocol.ews.messages.ResponseMessageType> T refuse(
            T message, Refused refused, EwsCaller caller, String operation) {
        journal.fail(
                role,
                caller == null ? null : caller.requestId(),
                Step.DELIVERY_REPORT,
                refused.reason,
                caller == null ? null : caller.address(),
                operation,
                refused.getMessage());
        return ResponseMessages.failed(message, refused.reason, refused.getMessage());
    }

    /** The log's messages, each its events oldest first, in the order they were received. */
    private List<List<MessageTrackingEvent>> messages() {
        Map<Long, List<MessageTrackingEvent>> byId = new LinkedHashMap<>();
        log.all()
                .forEach(e -> byId.computeIfAbsent(e.internalMessageId(), id -> new ArrayList<>())
                        .add(e));
        return byId.values().stream()
                .filter(events -> "RECEIVE".equals(events.get(0).eventId()))
                .toList();
    }

    /** Every address of the mailbox or mail user {@code address} names, by key; just itself for anyone else. */
    private Set<String> addresses(String address) {
        Set<String> all = new LinkedHashSet<>();
        if (address == null) {
            return all;
        }
        all.add(key(address));
        var recipient = directory.lookup(address);
        if (recipient instanceof Mailbox mailbox) {
            mailbox.allAddresses().forEach(a -> all.add(key(a)));
        } else if (recipient instanceof RemoteMailbox remote) {
            all.add(key(remote.targetAddress()));
        }
        return all;
    }

    /** A recipient's key in a report: a remote mailbox's path continues at its targetAddress. */
    private String key(String address) {
        if (address == null) {
            return "";
        }
        return directory.lookup(address) instanceof RemoteMailbox remote
                ? remote.targetAddress().toLowerCase(Locale.ROOT)
                : address.toLowerCase(Locale.ROOT);
    }

    private boolean any(List<String> recipients, Set<String> keys) {
        return recipients.stream().anyMatch(r -> keys.contains(key(r)) || keys.contains(r.toLowerCase(Locale.ROOT)));
    }

    private boolean internal(String domain) {
        return directory.isAccepted("x@" + domain);
    }

    private static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean sameMessageId(String asked, String logged) {
        if (asked == null || logged == null) {
            return false;
        }
        return strip(asked).equals(strip(logged));
    }

    private static String strip(String messageId) {
        String trimmed = messageId.trim();
        return trimmed.startsWith("<") && trimmed.endsWith(">") ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }
}
