package io.fedemu.tenant.autodiscover;

import java.util.UUID;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.ws.addressing.AddressingProperties;
import org.apache.cxf.ws.addressing.AttributedURIType;
import org.apache.cxf.ws.addressing.JAXWSAConstants;

/**
 * Exchange's own clients send wsa:Action and wsa:To without wsa:MessageID (the "GetUserSettings operation
 * (SOAP)" request example does), and Exchange answers them. CXF's WS-Addressing layer insists on a
 * MessageID for a request that expects a reply, so one is supplied after the headers are decoded and
 * before they are checked. The reply then carries a RelatesTo the caller can ignore.
 */
final class MissingMessageId extends AbstractPhaseInterceptor<Message> {
    MissingMessageId() {
        super(Phase.POST_PROTOCOL);
    }

    @Override
    public void handleMessage(Message message) {
        if (message.get(JAXWSAConstants.ADDRESSING_PROPERTIES_INBOUND) instanceof AddressingProperties maps
                && (maps.getMessageID() == null || maps.getMessageID().getValue() == null)) {
            AttributedURIType id = new AttributedURIType();
            id.setValue("urn:uuid:" + UUID.randomUUID());
            maps.setMessageID(id);
        }
    }
}
