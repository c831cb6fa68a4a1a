package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.FindMessageTrackingReportRequestType;
import io.fedemu.protocol.ews.messages.FindMessageTrackingReportResponseMessageType;
import io.fedemu.protocol.ews.messages.GetMessageTrackingReportRequestType;
import io.fedemu.protocol.ews.messages.GetMessageTrackingReportResponseMessageType;
import io.fedemu.protocol.reason.Reason;

/**
 * Delivery reports: FindMessageTrackingReport and GetMessageTrackingReport, answered from the organization's message
 * tracking log and, across a relationship with DeliveryReportEnabled, from the partner's (issue 15, PROTOCOL.md
 * section 19).
 */
public interface MessageTrackingOperations {
    FindMessageTrackingReportResponseMessageType findMessageTrackingReport(
            FindMessageTrackingReportRequestType request, EwsCaller caller);

    GetMessageTrackingReportResponseMessageType getMessageTrackingReport(
            GetMessageTrackingReportRequestType request, EwsCaller caller);

    /**
     * A server that does not answer them: Exchange 2007 has no delivery reports (its schema has no such operation),
     * and fedemu's Mailbox back ends leave them to the Client Access servers.
     */
    MessageTrackingOperations NOT_HERE = new MessageTrackingOperations() {
        @Override
        public FindMessageTrackingReportResponseMessageType findMessageTrackingReport(
                FindMessageTrackingReportRequestType request, EwsCaller caller) {
            throw notHere("FindMessageTrackingReport");
        }

        @Override
        public GetMessageTrackingReportResponseMessageType getMessageTrackingReport(
                GetMessageTrackingReportRequestType request, EwsCaller caller) {
            throw notHere("GetMessageTrackingReport");
        }

        private RuntimeException notHere(String element) {
            return EwsFault.of(
                    Reason.SCHEMA_VALIDATION_FAILED,
                    "The request failed schema validation: The element '" + element + "' in namespace '"
                            + EwsFault.MESSAGES + "' is not expected by this server.");
        }
    };
}
