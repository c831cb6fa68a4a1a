package io.fedemu.tenant.ews;

import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.client.http.UnreachableException;
import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType;
import io.fedemu.protocol.ews.types.ArrayOfMailboxData;
import io.fedemu.protocol.ews.types.ExchangeVersionType;
import io.fedemu.protocol.ews.types.MailboxData;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.tenant.servers.ExchangeProduct;
import io.fedemu.tenant.servers.ExchangeServer;
import io.fedemu.tenant.servers.MailboxDatabase;
import io.fedemu.tenant.servers.OrganizationServers;
import io.fedemu.tenant.servers.VersionGates;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A Client Access server's way to its organization's mailboxes: for each mailbox, the Mailbox server holding the
 * active copy of its database (asked per request, so an activated copy is used at once), and one proxied
 * GetUserAvailability per Mailbox server to its back end, carrying the access decided here. A Mailbox server that
 * does not answer fails only its own mailboxes (MAILBOX_DATABASE_UNAVAILABLE) unless automatic failover is on: then
 * the next copy in activation preference whose server answers is activated, as Active Manager's best copy
 * selection would, and the request goes there.
 */
public final class ClientAccessProxy implements MailboxFreeBusy {
    private final String role;
    private final OrganizationServers servers;
    private final Function<ExchangeServer, AvailabilityClient> backEnds;
    private final java.util.function.Predicate<ExchangeServer> down;
    private final String secret;
    private final Journal journal;

    /**
     * @param role     the Client Access server as the journal names it ("contoso-onprem/EX2013-01")
     * @param backEnds a client of each Mailbox server's back end
     * @param down     whether a server is down (its ports closing or closed): treated as not answering
     * @param secret   the organization's back-end secret
     */
    public ClientAccessProxy(
            String role,
            OrganizationServers servers,
            Function<ExchangeServer, AvailabilityClient> backEnds,
            java.util.function.Predicate<ExchangeServer> down,
            String secret,
            Journal journal) {
        this.role = role;
        this.servers = servers;
        this.backEnds = backEnds;
        this.down = down;
        this.secret = secret;
        this.journal = journal;
    }

    @Override
    public Map<Integer, FreeBusyResponseType> answer(
            List<Target> targets, AvailabilityRequest request, String requester, String requestId) {
        Map<ExchangeServer, List<Target>> byServer = new LinkedHashMap<>();
        for (Target target : targets) {
            byServer.computeIfAbsent(servers.mailboxServer(target.mailbox().address()), s -> new ArrayList<>())
                    .add(target);
        }
        Map<Integer, FreeBusyResponseType> answers = new HashMap<>();
        byServer.forEach((server, group) -> answers.putAll(proxy(server, group, request, requester, requestId, true)));
        return answers;
    }

    private Map<Integer, FreeBusyResponseType> proxy(
            ExchangeServer server,
            List<Target> group,
            AvailabilityRequest request,
            String requester,
            String requestId,
            boolean mayFailOver) {
        var legacyGate =
                VersionGates.check(server).filter(breach -> breach.reason() == Reason.EXCHANGE_2007_BELOW_RU10);
        if (legacyGate.isPresent()) {
            // The 2013 Client Access server does not proxy to a 2007 server below SP3 RU10.
            Map<Integer, FreeBusyResponseType> refused = new HashMap<>();
            for (Target target : group) {
                journal.fail(
                        role,
                        requestId,
                        JournalEntry.Step.MAILBOX_PROXY,
                        legacyGate.get().reason(),
                        requester,
                        target.mailbox().address(),
                        legacyGate.get().message());
                refused.put(
                        target.index(),
                        FreeBusyResponses.error(
                                legacyGate.get().reason(), legacyGate.get().message()));
            }
            return refused;
        }
        if (down.test(server)) {
            return unavailable(server, group, request, requester, requestId, mayFailOver);
        }
        AvailabilityClient backEnd = backEnds.apply(server);
        for (Target target : group) {
            journal.pass(
                    role,
                    requestId,
                    JournalEntry.Step.MAILBOX_PROXY,
                    requester,
                    target.mailbox().address(),
                    "proxied to " + server.name() + ", which holds the active copy of "
                            + servers.databaseOf(target.mailbox().address()).name() + " (" + backEnd.endpoint() + ")");
        }
        CommonAccessToken token = new CommonAccessToken(
                requester, requestId, group.stream().map(Target::access).toList());
        Map<Integer, FreeBusyResponseType> answers = new HashMap<>();
        try {
            List<FreeBusyResponseType> responses = backEnd.getUserAvailability(
                            only(request.wire(), group),
                            request.timeZoneContext(),
                            new EwsCredentials.BackEnd(secret, token.encode()),
                            requestId,
                            hopVersion(server, request))
                    .response()
                    .getFreeBusyResponseArray()
                    .getFreeBusyResponse();
            for (int i = 0; i < group.size(); i++) {
                answers.put(group.get(i).index(), responses.get(i));
            }
            return answers;
        } catch (UnreachableException e) {
            return unavailable(server, group, request, requester, requestId, mayFailOver);
        }
    }

    /**
     * The version the hop asks at: what the back end must answer in. A 2007 server validates against its own schema,
     * which ends at Exchange2007_SP1. A 2013 back end is asked at the client's version where it matters: a client
     * before Exchange2013 (the EWS Java API at Exchange2010_SP2, Outlook 2010, a 2007 server's user) cannot read
     * WorkingElsewhere, so the back end must answer Free for it, as a single server would.
     */
    private static ExchangeVersionType hopVersion(ExchangeServer server, AvailabilityRequest request) {
        if (server.product() == ExchangeProduct.EXCHANGE_2007) {
            return ExchangeVersionType.EXCHANGE_2007_SP_1;
        }
        return request.workingElsewhereKnown()
                ? ExchangeVersionType.EXCHANGE_2013
                : ExchangeVersionType.EXCHANGE_2010_SP_2;
    }

    /** The server did not answer: fail over where allowed, else each of its mailboxes fails on its own. */
    private Map<Integer, FreeBusyResponseType> unavailable(
            ExchangeServer server,
            List<Target> group,
            AvailabilityRequest request,
            String requester,
            String requestId,
            boolean mayFailOver) {
        Map<Integer, FreeBusyResponseType> answers = new HashMap<>();
        Map<MailboxDatabase, List<Target>> byDatabase = new LinkedHashMap<>();
        group.forEach(target -> byDatabase
                .computeIfAbsent(servers.databaseOf(target.mailbox().address()), d -> new ArrayList<>())
                .add(target));
        byDatabase.forEach((database, targets) -> {
            if (mayFailOver && servers.automaticFailover()) {
                for (ExchangeServer copy : servers.passiveCopies(database)) {
                    if (answers(copy)) {
                        servers.activate(database.name(), copy.name());
                        journal.pass(
                                role,
                                requestId,
                                JournalEntry.Step.MAILBOX_PROXY,
                                requester,
                                database.name(),
                                server.name() + " did not answer; the copy of " + database.name() + " on " + copy.name()
                                        + " was activated (automatic failover)");
                        answers.putAll(proxy(copy, targets, request, requester, requestId, false));
                        return;
                    }
                }
            }
            for (Target target : targets) {
                String refusal = "Database " + database.name() + " of "
                        + target.mailbox().address()
                        + " is mounted on " + server.name() + ", which does not answer"
                        + (servers.passiveCopies(database).isEmpty()
                                ? "; the database has no other copy."
                                : "; activate its copy on "
                                        + servers.passiveCopies(database).get(0).name() + ".");
                journal.fail(
                        role,
                        requestId,
                        JournalEntry.Step.MAILBOX_PROXY,
                        Reason.MAILBOX_DATABASE_UNAVAILABLE,
                        requester,
                        target.mailbox().address(),
                        refusal);
                answers.put(target.index(), FreeBusyResponses.error(Reason.MAILBOX_DATABASE_UNAVAILABLE, refusal));
            }
        });
        return answers;
    }

    /** Whether {@code server}'s back end accepts a connection: what Active Manager's selection asks first. */
    private boolean answers(ExchangeServer server) {
        if (down.test(server)) {
            return false;
        }
        URI endpoint = backEnds.apply(server).endpoint();
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 1000);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The request with only the group's mailboxes, in the group's order; window, view and zone unchanged. */
    private static GetUserAvailabilityRequestType only(GetUserAvailabilityRequestType wire, List<Target> group) {
        GetUserAvailabilityRequestType copy = new GetUserAvailabilityRequestType();
        copy.setTimeZone(wire.getTimeZone());
        copy.setFreeBusyViewOptions(wire.getFreeBusyViewOptions());
        copy.setSuggestionsViewOptions(wire.getSuggestionsViewOptions());
        ArrayOfMailboxData mailboxes = new ArrayOfMailboxData();
        List<MailboxData> all = wire.getMailboxDataArray().getMailboxData();
        for (Target target : group) {
            mailboxes.getMailboxData().add(all.get(target.index()));
        }
        copy.setMailboxDataArray(mailboxes);
        return copy;
    }
}
