package io.fedemu.tenant.addressspace;

import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.client.availability.EwsFaultException;
import io.fedemu.client.http.SafeText;
import io.fedemu.client.http.UnreachableException;
import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType;
import io.fedemu.protocol.ews.types.ArrayOfMailboxData;
import io.fedemu.protocol.ews.types.ExchangeVersionType;
import io.fedemu.protocol.ews.types.MailboxData;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.AvailabilityAddressSpace;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.tenant.ews.AvailabilityRequest;
import io.fedemu.tenant.ews.CommonAccessToken;
import io.fedemu.tenant.ews.CrossPremisesAvailability;
import io.fedemu.tenant.ews.FreeBusyResponses;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The requesting side of an Exchange 2007 server, which cannot federate: for a target outside the organization, the
 * availability address space for its domain. With AccessMethod InternalProxy the request for those mailboxes goes,
 * as the server's service account carrying the user (X-CommonAccessToken under the organization's back-end
 * secret; Exchange: the SerializedSecurityContext header, accepted from a server account), to the Exchange 2013
 * Client Access server at ProxyUrl, which asks the partner as for its own user. Without an address space for the
 * domain the mailbox gets ErrorAddressSpaceNotFound, as Exchange answers.
 */
public final class InternalProxyAvailability implements CrossPremisesAvailability {
    private final String role;
    private final AvailabilityAddressSpaces spaces;
    private final ProxyUrls urls;
    private final Function<URI, AvailabilityClient> clients;
    private final String secret;
    private final Journal journal;

    /**
     * @param role    the 2007 server as the journal names it ("contoso-onprem/EX2007-01")
     * @param clients a client for each Client Access server's EWS URL
     * @param secret  the organization's back-end secret: what the 2013 server accepts from a server of its own
     */
    public InternalProxyAvailability(
            String role,
            AvailabilityAddressSpaces spaces,
            ProxyUrls urls,
            Function<URI, AvailabilityClient> clients,
            String secret,
            Journal journal) {
        this.role = role;
        this.spaces = spaces;
        this.urls = urls;
        this.clients = clients;
        this.secret = secret;
        this.journal = journal;
    }

    @Override
    public Map<Integer, FreeBusyResponseType> answer(
            List<RemoteTarget> targets, AvailabilityRequest request, String requester, String requestId) {
        Map<String, List<RemoteTarget>> byDomain = new LinkedHashMap<>();
        targets.forEach(target -> byDomain.computeIfAbsent(target.targetDomain(), d -> new ArrayList<>())
                .add(target));
        Map<Integer, FreeBusyResponseType> answers = new HashMap<>();
        byDomain.forEach((domain, group) -> answers.putAll(ask(domain, group, request, requester, requestId)));
        return answers;
    }

    private Map<Integer, FreeBusyResponseType> ask(
            String domain, List<RemoteTarget> group, AvailabilityRequest request, String requester, String requestId) {
        Optional<AvailabilityAddressSpace> space = spaces.forDomain(domain);
        if (space.isEmpty()) {
            journal.fail(
                    role,
                    requestId,
                    JournalEntry.Step.AVAILABILITY_ADDRESS_SPACE,
                    Reason.NO_RELATIONSHIP_FOR_TARGET,
                    requester,
                    domain,
                    "no availability address space covers " + domain
                            + "; an Exchange 2007 server cannot use an organization relationship");
            return all(
                    group,
                    Reason.NO_RELATIONSHIP_FOR_TARGET,
                    "No availability address space covers domain " + domain + " (asked for "
                            + group.get(0).askedAddress() + "). Exchange 2007 cannot federate: run"
                            + " add-availability-address-space --forest-name " + domain
                            + " --access-method InternalProxy --use-service-account --proxy-url"
                            + " server:<Exchange 2013 Client Access server>/ews (NO_RELATIONSHIP_FOR_TARGET).");
        }
        ProxyUrls.Target target = urls.resolve(space.get().proxyUrl());
        if (target.ews() == null) {
            return failed(
                    group,
                    requester,
                    requestId,
                    domain,
                    "ProxyUrl " + space.get().proxyUrl() + ": " + target.refusal());
        }
        if (target.down()) {
            return failed(
                    group, requester, requestId, domain, target.ews() + " could not be reached: the server is down");
        }
        journal.pass(
                role,
                requestId,
                JournalEntry.Step.AVAILABILITY_ADDRESS_SPACE,
                requester,
                domain,
                "address space " + space.get().forestName() + ", InternalProxy as the service account to "
                        + target.ews());
        try {
            List<FreeBusyResponseType> responses = clients.apply(target.ews())
                    .getUserAvailability(
                            only(request.wire(), group),
                            request.timeZoneContext(),
                            new EwsCredentials.BackEnd(
                                    secret, new CommonAccessToken(requester, requestId, List.of()).encode()),
                            requestId,
                            // A 2007 server asks in the newest schema it knows.
                            ExchangeVersionType.EXCHANGE_2007_SP_1)
                    .response()
                    .getFreeBusyResponseArray()
                    .getFreeBusyResponse();
            if (responses.size() < group.size()) {
                return failed(
                        group,
                        requester,
                        requestId,
                        domain,
                        target.ews() + " answered " + responses.size() + " mailboxes of " + group.size());
            }
            Map<Integer, FreeBusyResponseType> answers = new HashMap<>();
            for (int i = 0; i < group.size(); i++) {
                answers.put(group.get(i).index(), responses.get(i));
            }
            return answers;
        } catch (EwsFaultException e) {
            return failed(
                    group,
                    requester,
                    requestId,
                    domain,
                    target.ews() + " answered the fault " + SafeText.code(e.code()));
        } catch (UnreachableException e) {
            return failed(
                    group,
                    requester,
                    requestId,
                    domain,
                    target.ews() + " could not be reached: " + SafeText.of(String.valueOf(e.getCause()), 200));
        }
    }

    private Map<Integer, FreeBusyResponseType> failed(
            List<RemoteTarget> group, String requester, String requestId, String domain, String detail) {
        journal.fail(
                role,
                requestId,
                JournalEntry.Step.AVAILABILITY_ADDRESS_SPACE,
                Reason.ADDRESS_SPACE_PROXY_FAILED,
                requester,
                domain,
                detail);
        return all(
                group,
                Reason.ADDRESS_SPACE_PROXY_FAILED,
                Reason.ADDRESS_SPACE_PROXY_FAILED.sentence() + " (" + detail + ")");
    }

    /** The request with only the group's mailboxes, as the user wrote them: the 2013 server routes them itself. */
    private static GetUserAvailabilityRequestType only(GetUserAvailabilityRequestType wire, List<RemoteTarget> group) {
        GetUserAvailabilityRequestType copy = new GetUserAvailabilityRequestType();
        copy.setTimeZone(wire.getTimeZone());
        copy.setFreeBusyViewOptions(wire.getFreeBusyViewOptions());
        ArrayOfMailboxData mailboxes = new ArrayOfMailboxData();
        List<MailboxData> all = wire.getMailboxDataArray().getMailboxData();
        group.forEach(target -> mailboxes.getMailboxData().add(all.get(target.index())));
        copy.setMailboxDataArray(mailboxes);
        return copy;
    }

    private static Map<Integer, FreeBusyResponseType> all(List<RemoteTarget> group, Reason reason, String message) {
        Map<Integer, FreeBusyResponseType> answers = new HashMap<>();
        group.forEach(target -> answers.put(target.index(), FreeBusyResponses.error(reason, message)));
        return answers;
    }
}
