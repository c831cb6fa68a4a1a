package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.ArrayOfFreeBusyResponse;
import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityResponseType;
import io.fedemu.protocol.ews.types.RequestServerVersion;
import io.fedemu.protocol.ews.types.ServerVersionInfo;
import io.fedemu.protocol.ews.types.TimeZoneContextType;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.tenant.availability.FreeBusyEngine;
import io.fedemu.tenant.availability.FreeBusyException;
import io.fedemu.tenant.calendar.CalendarStore;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.servers.ExchangeServer;
import io.fedemu.tenant.servers.OrganizationServers;
import jakarta.xml.ws.Holder;
import java.util.List;
import java.util.function.Supplier;
import org.apache.cxf.phase.PhaseInterceptorChain;

/**
 * A Mailbox server's back end ("Exchange Back End", port 444 in Exchange): GetUserAvailability proxied by a Client
 * Access server, for mailboxes whose database is mounted here. The access per mailbox was decided in front; this
 * computes the free/busy. A mailbox whose database is not mounted here (a copy moved since the Client Access server
 * looked) gets MAILBOX_DATABASE_UNAVAILABLE, as a dismounted store would.
 */
@jakarta.jws.WebService(
        endpointInterface = "io.fedemu.protocol.ews.messages.ExchangeServicePortType",
        serviceName = "ExchangeServices",
        portName = "ExchangeServicePort",
        targetNamespace = "http://schemas.microsoft.com/exchange/services/2006/messages",
        wsdlLocation = "classpath:wsdl/services.wsdl")
public final class MailboxBackEndEndpoint extends FreeBusyOnlyEndpoint {
    private final String organization;
    private final ExchangeServer server;
    private final OrganizationServers servers;
    private final Directory directory;
    private final CalendarStore calendars;
    private final FreeBusyEngine engine;
    private final Supplier<ServerVersionInfo> version;
    private final Journal journal;

    public MailboxBackEndEndpoint(
            String organization,
            ExchangeServer server,
            OrganizationServers servers,
            Directory directory,
            CalendarStore calendars,
            FreeBusyEngine engine,
            Supplier<ServerVersionInfo> version,
            Journal journal) {
        this.organization = organization;
        this.server = server;
        this.servers = servers;
        this.directory = directory;
        this.calendars = calendars;
        this.engine = engine;
        this.version = version;
        this.journal = journal;
    }

    @Override
    public void getUserAvailability(
            GetUserAvailabilityRequestType request,
            RequestServerVersion requestVersion,
            TimeZoneContextType timeZoneContext,
            Holder<GetUserAvailabilityResponseType> result,
            Holder<ServerVersionInfo> serverVersion) {
        serverVersion.value = version.get();
        CommonAccessToken token = BackEndAuthentication.token(PhaseInterceptorChain.getCurrentMessage());
        AvailabilityRequest parsed = AvailabilityRequest.read(request, requestVersion, timeZoneContext);
        List<String> addresses = parsed.addresses();
        if (token.access().size() != addresses.size()) {
            throw EwsFault.of(
                    Reason.MISSING_ARGUMENT,
                    "The CommonAccessToken grants access for " + token.access().size()
                            + " mailboxes; the request names " + addresses.size() + ".");
        }
        ArrayOfFreeBusyResponse array = new ArrayOfFreeBusyResponse();
        for (int i = 0; i < addresses.size(); i++) {
            array.getFreeBusyResponse().add(answer(addresses.get(i), token, i, parsed));
        }
        GetUserAvailabilityResponseType response = new GetUserAvailabilityResponseType();
        response.setFreeBusyResponseArray(array);
        result.value = response;
    }

    @Override
    public void getMailTips(
            io.fedemu.protocol.ews.messages.GetMailTipsType request,
            RequestServerVersion requestVersion,
            io.fedemu.protocol.ews.types.MailboxCultureType mailboxCulture,
            Holder<io.fedemu.protocol.ews.messages.GetMailTipsResponseMessageType> result,
            Holder<ServerVersionInfo> serverVersion) {
        result.value = MailTipsOperations.NOT_HERE.getMailTips(request, null);
    }

    @Override
    public void getUserOofSettings(
            io.fedemu.protocol.ews.messages.GetUserOofSettingsRequest request,
            RequestServerVersion requestVersion,
            Holder<io.fedemu.protocol.ews.messages.GetUserOofSettingsResponse> result,
            Holder<ServerVersionInfo> serverVersion) {
        result.value = MailTipsOperations.NOT_HERE.getUserOofSettings(request, null);
    }

    @Override
    public void setUserOofSettings(
            io.fedemu.protocol.ews.messages.SetUserOofSettingsRequest request,
            RequestServerVersion requestVersion,
            Holder<io.fedemu.protocol.ews.messages.SetUserOofSettingsResponse> result,
            Holder<ServerVersionInfo> serverVersion) {
        result.value = MailTipsOperations.NOT_HERE.setUserOofSettings(request, null);
    }

    private FreeBusyResponseType answer(
            String address, CommonAccessToken token, int index, AvailabilityRequest request) {
        if (!(directory.lookup(address) instanceof Mailbox mailbox)) {
            return FreeBusyResponses.error(
                    Reason.RECIPIENT_NOT_FOUND, "No mailbox or mail user has the address " + address + ".");
        }
        var database = servers.databaseOf(mailbox.address());
        ExchangeServer mounted = servers.activeServer(database);
        if (!mounted.named(server.name())) {
            String refusal = "Database " + database.name() + " of " + mailbox.address() + " is mounted on "
                    + mounted.name() + ", not on " + server.name() + ".";
            journal.fail(
                    organization + "/" + server.name(),
                    token.requestId(),
                    JournalEntry.Step.ANSWER,
                    Reason.MAILBOX_DATABASE_UNAVAILABLE,
                    token.requester(),
                    mailbox.address(),
                    refusal);
            return FreeBusyResponses.error(Reason.MAILBOX_DATABASE_UNAVAILABLE, refusal);
        }
        try {
            io.fedemu.tenant.availability.FreeBusyQuery query =
                    request.query(token.access().get(index));
            FreeBusyResponseType answer = FreeBusyResponses.success(
                    engine.compute(calendars.events(mailbox.address()), mailbox.workingHours(), query), query.start());
            if (server.product() == io.fedemu.tenant.servers.ExchangeProduct.EXCHANGE_2007) {
                // A 2007 store answers in its own schema, whoever proxied to it: no WorkingElsewhere.
                FreeBusyResponses.withoutWorkingElsewhere(answer);
            }
            return answer;
        } catch (FreeBusyException e) {
            return FreeBusyResponses.error(e.reason(), e.getMessage());
        }
    }
}
