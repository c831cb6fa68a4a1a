package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.ArrayOfFreeBusyResponse;
import io.fedemu.protocol.ews.messages.ExchangeServicePortType;
import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityResponseType;
import io.fedemu.protocol.ews.messages.ResponseCodeType;
import io.fedemu.protocol.ews.types.RequestServerVersion;
import io.fedemu.protocol.ews.types.ServerVersionInfo;
import io.fedemu.protocol.ews.types.TimeZoneContextType;
import io.fedemu.tenant.availability.AccessLevel;
import io.fedemu.tenant.availability.FreeBusyEngine;
import io.fedemu.tenant.availability.FreeBusyException;
import io.fedemu.tenant.calendar.CalendarStore;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.directory.Recipient;
import io.fedemu.tenant.directory.RemoteMailbox;
import jakarta.jws.WebService;
import jakarta.xml.ws.Holder;
import java.util.regex.Pattern;
import org.apache.cxf.phase.PhaseInterceptorChain;

/**
 * /EWS/Exchange.asmx GetUserAvailability for the tenant's own mailboxes. Request-level problems are
 * SOAP faults; everything about one mailbox is that mailbox's ResponseMessage, so one bad address
 * never fails the call (PROTOCOL.md section 2). Answers keep the request's order.
 */
@WebService(endpointInterface = "io.fedemu.protocol.ews.messages.ExchangeServicePortType",
        serviceName = "ExchangeServices", portName = "ExchangeServicePort",
        targetNamespace = "http://schemas.microsoft.com/exchange/services/2006/messages",
        wsdlLocation = "classpath:wsdl/services.wsdl")
public final class AvailabilityEndpoint implements ExchangeServicePortType {
    private static final Pattern SMTP = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Directory directory;
    private final CalendarStore calendars;
    private final FreeBusyEngine engine;
    private final String serverVersion;

    public AvailabilityEndpoint(Directory directory, CalendarStore calendars, FreeBusyEngine engine,
            String serverVersion) {
        this.directory = directory;
        this.calendars = calendars;
        this.engine = engine;
        this.serverVersion = serverVersion;
    }

    @Override
    public void getUserAvailability(GetUserAvailabilityRequestType request, RequestServerVersion requestVersion,
            TimeZoneContextType timeZoneContext, Holder<GetUserAvailabilityResponseType> result,
            Holder<ServerVersionInfo> version) {
        version.value = ServerVersions.of(serverVersion);
        AvailabilityRequest parsed = AvailabilityRequest.read(request, requestVersion, timeZoneContext);
        try {
            engine.validate(parsed.query(AccessLevel.AVAILABILITY_ONLY));
        } catch (FreeBusyException e) {
            throw EwsFault.of(e.reason().responseCode(), e.reason().sentence() + " " + e.getMessage());
        }
        String requester = BasicAuthentication.requester(PhaseInterceptorChain.getCurrentMessage());
        ArrayOfFreeBusyResponse answers = new ArrayOfFreeBusyResponse();
        for (String address : parsed.addresses()) {
            answers.getFreeBusyResponse().add(answer(address, requester, parsed));
        }
        GetUserAvailabilityResponseType response = new GetUserAvailabilityResponseType();
        response.setFreeBusyResponseArray(answers);
        result.value = response;
    }

    private FreeBusyResponseType answer(String address, String requester, AvailabilityRequest request) {
        if (!SMTP.matcher(address).matches()) {
            return FreeBusyResponses.error(ResponseCodeType.ERROR_INVALID_SMTP_ADDRESS,
                    "'" + address + "' is not an SMTP address.");
        }
        Recipient recipient = directory.lookup(address);
        if (recipient instanceof Mailbox mailbox) {
            return local(mailbox, requester, request);
        }
        if (recipient instanceof RemoteMailbox remote) {
            return noRelationship(address, remote.targetDomain());
        }
        if (directory.isAccepted(address)) {
            return FreeBusyResponses.error(ResponseCodeType.ERROR_MAIL_RECIPIENT_NOT_FOUND,
                    "No mailbox or mail user has the address " + address + ".");
        }
        return noRelationship(address, address.substring(address.indexOf('@') + 1));
    }

    private FreeBusyResponseType local(Mailbox mailbox, String requester, AvailabilityRequest request) {
        // Inside the organization the calendar's Default permission decides; its owner sees everything.
        AccessLevel access = mailbox.allAddresses().stream().anyMatch(a -> a.equalsIgnoreCase(requester))
                ? AccessLevel.REVIEWER : AccessLevel.of(mailbox.defaultPermission());
        try {
            return FreeBusyResponses.success(engine.compute(calendars.events(mailbox.address()), mailbox.workingHours(),
                    request.query(access)));
        } catch (FreeBusyException e) {
            return FreeBusyResponses.error(ResponseCodeType.fromValue(e.reason().responseCode()),
                    e.reason().sentence() + (e.getMessage().isEmpty() ? "" : " " + e.getMessage()));
        }
    }

    /** What Exchange answers when neither an organization relationship nor an address space covers a domain. */
    private static FreeBusyResponseType noRelationship(String address, String domain) {
        return FreeBusyResponses.error(ResponseCodeType.ERROR_ADDRESS_SPACE_NOT_FOUND, "No organization relationship "
                + "or availability address space covers domain " + domain + " (asked for " + address + ").");
    }
}
