package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityResponseType;
import io.fedemu.protocol.ews.types.ExchangeVersionType;
import io.fedemu.protocol.ews.types.RequestServerVersion;
import io.fedemu.protocol.ews.types.ServerVersionInfo;
import io.fedemu.protocol.ews.types.TimeZoneContextType;
import jakarta.jws.WebService;
import jakarta.xml.ws.Holder;

/**
 * GetUserAvailability at an Exchange 2007 server's own EWS URL: the same routing as any Client Access server (its
 * own mailboxes, the organization's others, the rest through its availability address spaces), answered as a
 * 2007 server answers. A request without RequestServerVersion is an Exchange2007 request, as 2007 documents it;
 * one naming a later version never gets here (Exchange2007RequestVersion). And the answer holds nothing the 2007
 * schema lacks: BusyType WorkingElsewhere, which came with Exchange 2013, is Free, as fedemu's merged string
 * already counts it, whether the item is the server's own or was answered by a 2013 server it proxied to.
 */
@WebService(
        endpointInterface = "io.fedemu.protocol.ews.messages.ExchangeServicePortType",
        serviceName = "ExchangeServices",
        portName = "ExchangeServicePort",
        targetNamespace = "http://schemas.microsoft.com/exchange/services/2006/messages",
        wsdlLocation = "classpath:wsdl/services.wsdl")
public final class Exchange2007AvailabilityEndpoint extends FreeBusyOnlyEndpoint {
    private final AvailabilityEndpoint availability;

    /** @param availability the routing, built with the 2007 server's mailboxes, address spaces and version */
    public Exchange2007AvailabilityEndpoint(AvailabilityEndpoint availability) {
        this.availability = availability;
    }

    @Override
    public void getUserAvailability(
            GetUserAvailabilityRequestType request,
            RequestServerVersion requestVersion,
            TimeZoneContextType timeZoneContext,
            Holder<GetUserAvailabilityResponseType> result,
            Holder<ServerVersionInfo> serverVersion) {
        RequestServerVersion asked = requestVersion;
        if (asked == null || asked.getVersion() == null) {
            asked = new RequestServerVersion();
            asked.setVersion(ExchangeVersionType.EXCHANGE_2007);
        }
        availability.getUserAvailability(request, asked, timeZoneContext, result, serverVersion);
        if (result.value != null && result.value.getFreeBusyResponseArray() != null) {
            result.value
                    .getFreeBusyResponseArray()
                    .getFreeBusyResponse()
                    .forEach(FreeBusyResponses::withoutWorkingElsewhere);
        }
    }

    @Override
    public void getMailTips(
            io.fedemu.protocol.ews.messages.GetMailTipsType request,
            RequestServerVersion requestVersion,
            io.fedemu.protocol.ews.types.MailboxCultureType mailboxCulture,
            Holder<io.fedemu.protocol.ews.messages.GetMailTipsResponseMessageType> result,
            Holder<ServerVersionInfo> serverVersion) {
        // Exchange 2007 has no GetMailTips (it came with 2010): its schema refuses the element.
        availability.getMailTips(request, requestVersion, mailboxCulture, result, serverVersion);
    }

    @Override
    public void getUserOofSettings(
            io.fedemu.protocol.ews.messages.GetUserOofSettingsRequest request,
            RequestServerVersion requestVersion,
            Holder<io.fedemu.protocol.ews.messages.GetUserOofSettingsResponse> result,
            Holder<ServerVersionInfo> serverVersion) {
        availability.getUserOofSettings(request, requestVersion, result, serverVersion);
    }

    @Override
    public void setUserOofSettings(
            io.fedemu.protocol.ews.messages.SetUserOofSettingsRequest request,
            RequestServerVersion requestVersion,
            Holder<io.fedemu.protocol.ews.messages.SetUserOofSettingsResponse> result,
            Holder<ServerVersionInfo> serverVersion) {
        availability.setUserOofSettings(request, requestVersion, result, serverVersion);
    }
}
