package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import java.util.List;
import java.util.Map;

/** The requesting side: answers for addresses this tenant does not hold, by asking their organization. */
@FunctionalInterface
public interface CrossPremisesAvailability {

    /**
     * @param index         position in the request, so answers merge back in order
     * @param askedAddress  the address as the client wrote it
     * @param targetAddress where it lives: a remote mailbox's targetAddress, or the address itself
     */
    record RemoteTarget(int index, String askedAddress, String targetAddress) {
        public String targetDomain() {
            return targetAddress.substring(targetAddress.indexOf('@') + 1).toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** An answer for every target, keyed by its index. */
    Map<Integer, FreeBusyResponseType> answer(
            List<RemoteTarget> targets, AvailabilityRequest request, String requester, String requestId);
}
