package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.ConvertIdResponseType;
import io.fedemu.protocol.ews.messages.ConvertIdType;
import io.fedemu.protocol.ews.messages.FindItemResponseType;
import io.fedemu.protocol.ews.messages.FindItemType;
import io.fedemu.protocol.ews.messages.GetItemResponseType;
import io.fedemu.protocol.ews.messages.GetItemType;
import io.fedemu.protocol.ews.messages.GetServerTimeZonesResponseType;
import io.fedemu.protocol.ews.messages.GetServerTimeZonesType;
import io.fedemu.protocol.ews.messages.ResolveNamesResponseType;
import io.fedemu.protocol.ews.messages.ResolveNamesType;
import io.fedemu.protocol.ews.types.RequestServerVersion;

/**
 * The EWS operations besides GetUserAvailability that a client calls around free/busy (PROTOCOL.md section 16), as
 * one endpoint answers them. {@link #NOT_SERVED} is an endpoint's that serves none of them (an Exchange 2007 server's
 * own EWS, a Mailbox server's back end): every one is the invalid request Exchange answers for an operation it cannot
 * run.
 */
public interface MailboxOperations {
    /**
     * Who asks: the signed-in user's address, or a partner's user (a delegation token) with the operations of
     * federation only.
     *
     * @param requestId the id the journal files a refusal under
     */
    record Caller(String address, boolean partner, String requestId) {}

    GetServerTimeZonesResponseType getServerTimeZones(
            GetServerTimeZonesType request, RequestServerVersion version, Caller caller);

    ResolveNamesResponseType resolveNames(ResolveNamesType request, RequestServerVersion version, Caller caller);

    FindItemResponseType findItem(FindItemType request, RequestServerVersion version, Caller caller);

    GetItemResponseType getItem(GetItemType request, RequestServerVersion version, Caller caller);

    ConvertIdResponseType convertId(ConvertIdType request, RequestServerVersion version, Caller caller);

    /** None served: each answers OPERATION_NOT_EMULATED, as an operation missing from the WSDL does. */
    MailboxOperations NOT_SERVED = new MailboxOperations() {
        @Override
        public GetServerTimeZonesResponseType getServerTimeZones(
                GetServerTimeZonesType request, RequestServerVersion version, Caller caller) {
            throw UnknownOperation.notServed("GetServerTimeZones");
        }

        @Override
        public ResolveNamesResponseType resolveNames(
                ResolveNamesType request, RequestServerVersion version, Caller caller) {
            throw UnknownOperation.notServed("ResolveNames");
        }

        @Override
        public FindItemResponseType findItem(FindItemType request, RequestServerVersion version, Caller caller) {
            throw UnknownOperation.notServed("FindItem");
        }

        @Override
        public GetItemResponseType getItem(GetItemType request, RequestServerVersion version, Caller caller) {
            throw UnknownOperation.notServed("GetItem");
        }

        @Override
        public ConvertIdResponseType convertId(ConvertIdType request, RequestServerVersion version, Caller caller) {
            throw UnknownOperation.notServed("ConvertId");
        }
    };
}
