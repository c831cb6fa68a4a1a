package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.ConvertIdResponseType;
import io.fedemu.protocol.ews.messages.ConvertIdType;
import io.fedemu.protocol.ews.messages.ExchangeServicePortType;
import io.fedemu.protocol.ews.messages.FindItemResponseType;
import io.fedemu.protocol.ews.messages.FindItemType;
import io.fedemu.protocol.ews.messages.GetItemResponseType;
import io.fedemu.protocol.ews.messages.GetItemType;
import io.fedemu.protocol.ews.messages.GetServerTimeZonesResponseType;
import io.fedemu.protocol.ews.messages.GetServerTimeZonesType;
import io.fedemu.protocol.ews.messages.ResolveNamesResponseType;
import io.fedemu.protocol.ews.messages.ResolveNamesType;
import io.fedemu.protocol.ews.types.RequestServerVersion;
import io.fedemu.protocol.ews.types.ServerVersionInfo;
import io.fedemu.protocol.ews.types.TimeZoneContextType;
import jakarta.xml.ws.Holder;

/**
 * An EWS endpoint that serves GetUserAvailability only: an Exchange 2007 server's own EWS and a Mailbox server's
 * back end. Each other operation of the contract is the invalid request Exchange answers for an operation it cannot
 * run (PROTOCOL.md section 16).
 */
public abstract class FreeBusyOnlyEndpoint implements ExchangeServicePortType {

    @Override
    public void getServerTimeZones(
            GetServerTimeZonesType request,
            RequestServerVersion requestVersion,
            Holder<GetServerTimeZonesResponseType> result,
            Holder<ServerVersionInfo> serverVersion) {
        throw UnknownOperation.notServed("GetServerTimeZones");
    }

    @Override
    public void resolveNames(
            ResolveNamesType request,
            RequestServerVersion requestVersion,
            Holder<ResolveNamesResponseType> result,
            Holder<ServerVersionInfo> serverVersion) {
        throw UnknownOperation.notServed("ResolveNames");
    }

    @Override
    public void findItem(
            FindItemType request,
            RequestServerVersion requestVersion,
            TimeZoneContextType timeZoneContext,
            Holder<FindItemResponseType> result,
            Holder<ServerVersionInfo> serverVersion) {
        throw UnknownOperation.notServed("FindItem");
    }

    @Override
    public void getItem(
            GetItemType request,
            RequestServerVersion requestVersion,
            TimeZoneContextType timeZoneContext,
            Holder<GetItemResponseType> result,
            Holder<ServerVersionInfo> serverVersion) {
        throw UnknownOperation.notServed("GetItem");
    }

    @Override
    public void convertId(
            ConvertIdType request,
            RequestServerVersion requestVersion,
            Holder<ConvertIdResponseType> result,
            Holder<ServerVersionInfo> serverVersion) {
        throw UnknownOperation.notServed("ConvertId");
    }

    // issue 15: delivery reports (PROTOCOL.md section 19). Exchange 2007's schema has no such operation, and a
    // Mailbox back end leaves them to the Client Access servers.

    @Override
    public void findMessageTrackingReport(
            io.fedemu.protocol.ews.messages.FindMessageTrackingReportRequestType request,
            RequestServerVersion requestVersion,
            Holder<io.fedemu.protocol.ews.messages.FindMessageTrackingReportResponseMessageType> result,
            Holder<ServerVersionInfo> serverVersion) {
        result.value = MessageTrackingOperations.NOT_HERE.findMessageTrackingReport(request, null);
    }

    @Override
    public void getMessageTrackingReport(
            io.fedemu.protocol.ews.messages.GetMessageTrackingReportRequestType request,
            RequestServerVersion requestVersion,
            Holder<io.fedemu.protocol.ews.messages.GetMessageTrackingReportResponseMessageType> result,
            Holder<ServerVersionInfo> serverVersion) {
        result.value = MessageTrackingOperations.NOT_HERE.getMessageTrackingReport(request, null);
    }
}
