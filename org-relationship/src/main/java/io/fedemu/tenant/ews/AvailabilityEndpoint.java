package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.ArrayOfFreeBusyResponse;
import io.fedemu.protocol.ews.messages.ConvertIdResponseType;
import io.fedemu.protocol.ews.messages.ConvertIdType;
import io.fedemu.protocol.ews.messages.ExchangeServicePortType;
import io.fedemu.protocol.ews.messages.FindItemResponseType;
import io.fedemu.protocol.ews.messages.FindItemType;
import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.ews.messages.GetItemResponseType;
import io.fedemu.protocol.ews.messages.GetItemType;
import io.fedemu.protocol.ews.messages.GetMailTipsResponseMessageType;
import io.fedemu.protocol.ews.messages.GetMailTipsType;
import io.fedemu.protocol.ews.messages.GetServerTimeZonesResponseType;
import io.fedemu.protocol.ews.messages.GetServerTimeZonesType;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityResponseType;
import io.fedemu.protocol.ews.messages.GetUserOofSettingsRequest;
import io.fedemu.protocol.ews.messages.GetUserOofSettingsResponse;
import io.fedemu.protocol.ews.messages.ResolveNamesResponseType;
import io.fedemu.protocol.ews.messages.ResolveNamesType;
import io.fedemu.protocol.ews.messages.SetUserOofSettingsRequest;
import io.fedemu.protocol.ews.messages.SetUserOofSettingsResponse;
import io.fedemu.protocol.ews.types.MailboxCultureType;
import io.fedemu.protocol.ews.types.RequestServerVersion;
import io.fedemu.protocol.ews.types.ServerVersionInfo;
import io.fedemu.protocol.ews.types.TimeZoneContextType;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.tenant.availability.AccessLevel;
import io.fedemu.tenant.availability.FreeBusyEngine;
import io.fedemu.tenant.availability.FreeBusyException;
import io.fedemu.tenant.calendar.CalendarStore;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.directory.Recipient;
import io.fedemu.tenant.directory.RemoteMailbox;
import io.fedemu.tenant.federation.ValidatedToken;
import jakarta.jws.WebService;
import jakarta.xml.ws.Holder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;

/**
 * GetUserAvailability at /EWS/Exchange.asmx (local users, HTTP Basic) and at /WSSecurity (partner
 * organizations, delegation token). Request-level problems are SOAP faults; everything about one
 * mailbox is that mailbox's ResponseMessage, so one bad address never fails the call (PROTOCOL.md
 * section 2). Local mailboxes are answered here; the others go to the cross-premises side, and every
 * answer lands at its request position.
 */
@WebService(
        endpointInterface = "io.fedemu.protocol.ews.messages.ExchangeServicePortType",
        serviceName = "ExchangeServices",
        portName = "ExchangeServicePort",
        targetNamespace = "http://schemas.microsoft.com/exchange/services/2006/messages",
        wsdlLocation = "classpath:wsdl/services.wsdl")
public final class AvailabilityEndpoint implements ExchangeServicePortType {
    private static final Pattern SMTP = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final String role;
    private final Directory directory;
    private final FreeBusyEngine engine;
    private final MailboxFreeBusy mailboxes;
    private final java.util.function.Supplier<ServerVersionInfo> serverVersion;
    private final java.util.Optional<io.fedemu.tenant.servers.VersionGates.Breach> hybridGate;
    private final ExternalAccessPolicy externalAccess;
    private final CrossPremisesAvailability crossPremises;
    private final Journal journal;
    private final MeetingSuggestionsAnswer meetingSuggestions = new MeetingSuggestionsAnswer();
    private final MailTipsOperations mailboxOperations;
    /** The other operations this endpoint answers (issue 14, PROTOCOL.md section 16); none unless given. */
    private volatile MailboxOperations others = MailboxOperations.NOT_SERVED;
    /** Delivery reports (issue 15, PROTOCOL.md section 19); refused as the schema refuses them unless given. */
    private volatile MessageTrackingOperations messageTracking = MessageTrackingOperations.NOT_HERE;

    public AvailabilityEndpoint(
            String role,
            Directory directory,
            CalendarStore calendars,
            FreeBusyEngine engine,
            String serverVersion,
            ExternalAccessPolicy externalAccess,
            CrossPremisesAvailability crossPremises,
            Journal journal) {
        this(
                role,
                directory,
                engine,
                new InProcessMailboxes(calendars, engine),
                () -> ServerVersions.of(serverVersion),
                java.util.Optional.empty(),
                externalAccess,
                crossPremises,
                journal);
    }

    /**
     * @param mailboxes     where the free/busy of this organization's mailboxes is computed (here, or at the
     *                      Mailbox server behind this Client Access server)
     * @param serverVersion the ServerVersionInfo this server answers with (its own build)
     * @param hybridGate    the hybrid version gate this Client Access server breaks, if any: then no federated
     *                      request passes it, in either direction
     */
    public AvailabilityEndpoint(
            String role,
            Directory directory,
            FreeBusyEngine engine,
            MailboxFreeBusy mailboxes,
            java.util.function.Supplier<ServerVersionInfo> serverVersion,
            java.util.Optional<io.fedemu.tenant.servers.VersionGates.Breach> hybridGate,
            ExternalAccessPolicy externalAccess,
            CrossPremisesAvailability crossPremises,
            Journal journal) {
        this(
                role,
                directory,
                engine,
                mailboxes,
                serverVersion,
                hybridGate,
                externalAccess,
                crossPremises,
                journal,
                MailTipsOperations.NOT_HERE);
    }

    /** As above, answering GetMailTips and the automatic replies with {@code mailboxOperations} (section 15). */
    public AvailabilityEndpoint(
            String role,
            Directory directory,
            FreeBusyEngine engine,
            MailboxFreeBusy mailboxes,
            java.util.function.Supplier<ServerVersionInfo> serverVersion,
            java.util.Optional<io.fedemu.tenant.servers.VersionGates.Breach> hybridGate,
            ExternalAccessPolicy externalAccess,
            CrossPremisesAvailability crossPremises,
            Journal journal,
            MailTipsOperations mailboxOperations) {
        this.mailboxOperations = mailboxOperations;
        this.role = role;
        this.directory = directory;
        this.engine = engine;
        this.mailboxes = mailboxes;
        this.serverVersion = serverVersion;
        this.hybridGate = hybridGate;
        this.externalAccess = externalAccess;
        this.crossPremises = crossPremises;
        this.journal = journal;
    }

    /** This endpoint, answering the operations around free/busy with {@code operations} too. */
    public AvailabilityEndpoint serving(MailboxOperations operations) {
        this.others = java.util.Objects.requireNonNull(operations);
        return this;
    }

    /** This endpoint, answering FindMessageTrackingReport and GetMessageTrackingReport with {@code operations}. */
    public AvailabilityEndpoint tracking(MessageTrackingOperations operations) {
        this.messageTracking = java.util.Objects.requireNonNull(operations);
        return this;
    }

    @Override
    public void findMessageTrackingReport(
            io.fedemu.protocol.ews.messages.FindMessageTrackingReportRequestType request,
            RequestServerVersion requestVersion,
            Holder<io.fedemu.protocol.ews.messages.FindMessageTrackingReportResponseMessageType> result,
            Holder<ServerVersionInfo> version) {
        version.value = serverVersion.get();
        result.value = messageTracking.findMessageTrackingReport(request, ewsCaller());
    }

    @Override
    public void getMessageTrackingReport(
            io.fedemu.protocol.ews.messages.GetMessageTrackingReportRequestType request,
            RequestServerVersion requestVersion,
            Holder<io.fedemu.protocol.ews.messages.GetMessageTrackingReportResponseMessageType> result,
            Holder<ServerVersionInfo> version) {
        version.value = serverVersion.get();
        result.value = messageTracking.getMessageTrackingReport(request, ewsCaller());
    }

    // --- issue 14: the other EWS operations (PROTOCOL.md section 16), answered by MailboxOperations. ---

    @Override
    public void getServerTimeZones(
            GetServerTimeZonesType request,
            RequestServerVersion requestVersion,
            Holder<GetServerTimeZonesResponseType> result,
            Holder<ServerVersionInfo> version) {
        version.value = serverVersion.get();
        result.value = others.getServerTimeZones(request, requestVersion, caller());
    }

    @Override
    public void resolveNames(
            ResolveNamesType request,
            RequestServerVersion requestVersion,
            Holder<ResolveNamesResponseType> result,
            Holder<ServerVersionInfo> version) {
        version.value = serverVersion.get();
        result.value = others.resolveNames(request, requestVersion, caller());
    }

    @Override
    public void findItem(
            FindItemType request,
            RequestServerVersion requestVersion,
            TimeZoneContextType timeZoneContext,
            Holder<FindItemResponseType> result,
            Holder<ServerVersionInfo> version) {
        version.value = serverVersion.get();
        result.value = others.findItem(request, requestVersion, caller());
    }

    @Override
    public void getItem(
            GetItemType request,
            RequestServerVersion requestVersion,
            TimeZoneContextType timeZoneContext,
            Holder<GetItemResponseType> result,
            Holder<ServerVersionInfo> version) {
        version.value = serverVersion.get();
        result.value = others.getItem(request, requestVersion, caller());
    }

    @Override
    public void convertId(
            ConvertIdType request,
            RequestServerVersion requestVersion,
            Holder<ConvertIdResponseType> result,
            Holder<ServerVersionInfo> version) {
        version.value = serverVersion.get();
        result.value = others.convertId(request, requestVersion, caller());
    }

    /** Who asks: a partner's user by the delegation token, else the user signed in with Basic. */
    private static MailboxOperations.Caller caller() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        ValidatedToken partner = DelegationTokenAuthentication.token(message);
        String requestId = DelegationTokenAuthentication.requestId(message);
        return new MailboxOperations.Caller(
                partner != null ? partner.email() : BasicAuthentication.requester(message),
                partner != null,
                requestId != null ? requestId : UUID.randomUUID().toString());
    }

    @Override
    public void getUserAvailability(
            GetUserAvailabilityRequestType request,
            RequestServerVersion requestVersion,
            TimeZoneContextType timeZoneContext,
            Holder<GetUserAvailabilityResponseType> result,
            Holder<ServerVersionInfo> version) {
        version.value = serverVersion.get();
        // Suggestions first: a request that asks only for them has no FreeBusyViewOptions, and its free/busy is
        // the suggestions' own (PROTOCOL.md section 12).
        SuggestionsRequest suggestions = SuggestionsRequest.read(request, requestVersion, timeZoneContext, engine);
        AvailabilityRequest parsed = suggestions != null && !suggestions.freeBusyRequested()
                ? suggestions.freeBusy()
                : AvailabilityRequest.read(request, requestVersion, timeZoneContext);
        try {
            engine.validate(parsed.query(AccessLevel.AVAILABILITY_ONLY));
        } catch (FreeBusyException e) {
            throw EwsFault.of(e.reason(), e.getMessage());
        }
        Message message = PhaseInterceptorChain.getCurrentMessage();
        ValidatedToken partner = DelegationTokenAuthentication.token(message);
        String requester = partner != null ? partner.email() : BasicAuthentication.requester(message);
        // A local user's client may name the request too (fedemu get-availability --trace reads the journal by it).
        String named = DelegationTokenAuthentication.requestId(message);
        String requestId = named != null ? named : UUID.randomUUID().toString();

        ReceivedAnswers answers = answers(parsed, requester, partner, requestId);
        GetUserAvailabilityResponseType response = new GetUserAvailabilityResponseType();
        if (suggestions == null || suggestions.freeBusyRequested()) {
            ArrayOfFreeBusyResponse array = new ArrayOfFreeBusyResponse();
            array.getFreeBusyResponse().addAll(List.of(answers.inOrder()));
            response.setFreeBusyResponseArray(array);
        }
        if (suggestions != null) {
            boolean reuse = suggestions.freeBusy() == parsed || suggestions.answeredBy(parsed);
            AvailabilityRequest basis = reuse ? parsed : suggestions.freeBusy();
            String id = requestId;
            response.setSuggestionsResponse(meetingSuggestions.answer(
                    suggestions, basis, () -> reuse ? answers : answers(basis, requester, partner, id)));
        }
        result.value = response;
    }

    /**
     * One FreeBusyResponse per address of {@code parsed}, in request order: local, proxied or federated; with the
     * groups expanded for it (meeting suggestions count their members).
     */
    private ReceivedAnswers answers(
            AvailabilityRequest parsed, String requester, ValidatedToken partner, String requestId) {
        List<String> addresses = parsed.addresses();
        Map<Integer, FreeBusyResponseType> answers = new java.util.HashMap<>();
        List<CrossPremisesAvailability.RemoteTarget> remote = new ArrayList<>();
        List<MailboxFreeBusy.Target> own = new ArrayList<>();
        // Distribution groups (PROTOCOL.md section 13): their members join the request as attendees of their own.
        DistributionGroupRequest groups = new DistributionGroupRequest(directory, role, journal, parsed.wire());
        for (int i = 0; i < addresses.size(); i++) {
            String address = addresses.get(i);
            DistributionGroupRequest.Router members = (member, index) ->
                    local(member, requester, partner, requestId, remote, own, index, groups.attendee(index));
            FreeBusyResponseType answer =
                    directory.lookup(address) instanceof io.fedemu.tenant.directory.DistributionGroup group
                            ? groups.expand(i, group, requester, requestId, members)
                            : local(address, requester, partner, requestId, remote, own, i, groups.attendee(i));
            if (answer != null) {
                answers.put(i, answer);
            }
        }
        AvailabilityRequest routed = groups.routed(parsed);
        List<String> routedAddresses = routed.addresses();
        if (hybridGate.isPresent() && (partner != null || !remote.isEmpty())) {
            // Below CU1 this server has no hybrid: a partner's request for our mailboxes, and our users' requests
            // for partners' mailboxes, stop here with the build to upgrade to.
            List<Integer> federated = new ArrayList<>();
            if (partner != null) {
                own.forEach(target -> federated.add(target.index()));
                own.clear();
            }
            remote.forEach(target -> federated.add(target.index()));
            remote.clear();
            String refusal = hybridGate.get().message();
            for (int index : federated) {
                journal.fail(
                        role,
                        requestId,
                        JournalEntry.Step.ROUTING,
                        hybridGate.get().reason(),
                        requester,
                        routedAddresses.get(index),
                        refusal);
                answers.put(index, FreeBusyResponses.error(hybridGate.get().reason(), refusal));
            }
        }
        if (!own.isEmpty()) {
            answers.putAll(mailboxes.answer(own, routed, requester, requestId));
        }
        if (!remote.isEmpty()) {
            Map<Integer, FreeBusyResponseType> forwarded = crossPremises.answer(remote, routed, requester, requestId);
            remote.forEach(target -> answers.put(target.index(), forwarded.get(target.index())));
            if (!parsed.workingElsewhereKnown()) {
                // The partner was asked at its version and may answer WorkingElsewhere, which this client cannot read.
                remote.forEach(target -> FreeBusyResponses.withoutWorkingElsewhere(answers.get(target.index())));
            }
        }
        groups.answer(answers, routed, partner != null);
        FreeBusyResponseType[] inOrder = new FreeBusyResponseType[addresses.size()];
        for (int i = 0; i < addresses.size(); i++) {
            inOrder[i] = answers.get(i);
        }
        return new ReceivedAnswers(inOrder, groups.groups());
    }

    @Override
    public void getMailTips(
            GetMailTipsType request,
            RequestServerVersion requestVersion,
            MailboxCultureType mailboxCulture,
            Holder<GetMailTipsResponseMessageType> result,
            Holder<ServerVersionInfo> version) {
        version.value = serverVersion.get();
        result.value = mailboxOperations.getMailTips(request, ewsCaller());
    }

    @Override
    public void getUserOofSettings(
            GetUserOofSettingsRequest request,
            RequestServerVersion requestVersion,
            Holder<GetUserOofSettingsResponse> result,
            Holder<ServerVersionInfo> version) {
        version.value = serverVersion.get();
        result.value = mailboxOperations.getUserOofSettings(request, ewsCaller());
    }

    @Override
    public void setUserOofSettings(
            SetUserOofSettingsRequest request,
            RequestServerVersion requestVersion,
            Holder<SetUserOofSettingsResponse> result,
            Holder<ServerVersionInfo> version) {
        version.value = serverVersion.get();
        result.value = mailboxOperations.setUserOofSettings(request, ewsCaller());
    }

    /** Who sent the current request: a partner by its token, else the signed-in user; and the request's id. */
    static EwsCaller ewsCaller() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        ValidatedToken partner = DelegationTokenAuthentication.token(message);
        String requestId = DelegationTokenAuthentication.requestId(message);
        return new EwsCaller(
                partner != null ? partner.email() : BasicAuthentication.requester(message),
                partner,
                requestId != null ? requestId : UUID.randomUUID().toString());
    }

    /**
     * The answer for one address when it is decided here (an error, a refusal), or null: then it is added to
     * {@code own} (a mailbox of this organization, with the access granted) or to {@code remote} (cross-premises).
     */
    private FreeBusyResponseType local(
            String address,
            String requester,
            ValidatedToken partner,
            String requestId,
            List<CrossPremisesAvailability.RemoteTarget> remote,
            List<MailboxFreeBusy.Target> own,
            int index,
            Attendee attendee) {
        if (!SMTP.matcher(address).matches()) {
            return FreeBusyResponses.error(Reason.INVALID_SMTP_ADDRESS, "'" + address + "' is not an SMTP address.");
        }
        Recipient recipient = directory.lookup(address);
        if (recipient instanceof Mailbox mailbox) {
            if (partner == null) {
                own.add(new MailboxFreeBusy.Target(index, mailbox, ownerOrDefault(mailbox, requester)));
                return null;
            }
            return external(mailbox, partner, requestId, own, index, attendee);
        }
        if (recipient instanceof RemoteMailbox || !directory.isAccepted(address)) {
            if (partner != null) {
                // A partner asks only for our own mailboxes; Exchange does not chain federated requests.
                String refusal =
                        address + " is not a mailbox of this organization; federated requests are not forwarded.";
                journal.fail(
                        role,
                        requestId,
                        JournalEntry.Step.ROUTING,
                        Reason.PROXY_REQUEST_NOT_ALLOWED,
                        partner.email(),
                        address,
                        refusal);
                return FreeBusyResponses.error(Reason.PROXY_REQUEST_NOT_ALLOWED, refusal);
            }
            String target = recipient instanceof RemoteMailbox mailUser ? mailUser.targetAddress() : address;
            journal.pass(
                    role,
                    requestId,
                    JournalEntry.Step.ROUTING,
                    requester,
                    address,
                    recipient instanceof RemoteMailbox
                            ? "remote mailbox, targetAddress " + target
                            : "address outside this organization's accepted domains");
            remote.add(new CrossPremisesAvailability.RemoteTarget(index, address, target));
            return null;
        }
        return FreeBusyResponses.error(
                Reason.RECIPIENT_NOT_FOUND, "No mailbox or mail user has the address " + address + ".");
    }

    /** Inside the organization the calendar's Default permission decides; its owner sees everything. */
    private static AccessLevel ownerOrDefault(Mailbox mailbox, String requester) {
        return mailbox.allAddresses().stream().anyMatch(a -> a.equalsIgnoreCase(requester))
                ? AccessLevel.REVIEWER
                : AccessLevel.of(mailbox.defaultPermission());
    }

    /** A partner's request: its relationship decides; the journal shows the attendee as the partner sent it. */
    private FreeBusyResponseType external(
            Mailbox mailbox,
            ValidatedToken partner,
            String requestId,
            List<MailboxFreeBusy.Target> own,
            int index,
            Attendee attendee) {
        AccessVerdict verdict = externalAccess.decide(partner, mailbox);
        if (!verdict.isGranted()) {
            journal.fail(
                    role,
                    requestId,
                    JournalEntry.Step.ACCESS_DECISION,
                    verdict.reason(),
                    partner.email(),
                    mailbox.address(),
                    verdict.message());
            return FreeBusyResponses.error(verdict.reason(), verdict.message());
        }
        journal.pass(
                role,
                requestId,
                JournalEntry.Step.ACCESS_DECISION,
                partner.email(),
                mailbox.address(),
                verdict.message() + " Asked as " + attendee.describe() + ".");
        own.add(new MailboxFreeBusy.Target(index, mailbox, verdict.level()));
        return null;
    }

    /** No federation configured: what Exchange answers when no relationship or address space covers a domain. */
    public static final CrossPremisesAvailability NO_FEDERATION = (targets, request, requester, requestId) -> {
        Map<Integer, FreeBusyResponseType> answers = new java.util.HashMap<>();
        targets.forEach(target -> answers.put(
                target.index(),
                FreeBusyResponses.error(
                        Reason.NO_RELATIONSHIP_FOR_TARGET,
                        "No organization relationship or availability "
                                + "address space covers domain " + target.targetDomain() + " (asked for "
                                + target.askedAddress() + ").")));
        return answers;
    };
}
