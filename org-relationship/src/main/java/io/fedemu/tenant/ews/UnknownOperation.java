package io.fedemu.tenant.ews;

import io.fedemu.protocol.reason.Reason;
import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.service.model.BindingOperationInfo;
import org.apache.cxf.service.model.EndpointInfo;
import org.apache.cxf.service.model.MessagePartInfo;
import org.apache.cxf.staxutils.StaxUtils;

/**
 * An EWS operation fedemu does not emulate (CreateItem, SyncFolderItems, an element no EWS has) is answered as
 * Exchange answers a request it cannot run: the SOAP fault ErrorInvalidRequest, "The request is invalid.", with
 * what fedemu serves in its detail, instead of CXF's "Message part ... was not recognized"; a body with no element at
 * all is the same fault, as Exchange documents it (PROTOCOL.md section 16). The operations served are read from the
 * endpoint's binding, so an operation added to services.wsdl is served without a change here. Runs once the caller is
 * authenticated, on the body RequestSizeLimit holds.
 */
public final class UnknownOperation extends AbstractPhaseInterceptor<Message> {
    private static final String SOAP_ENVELOPE = "http://schemas.xmlsoap.org/soap/envelope/";
    /** The last endpoint's served elements; an interceptor serves one endpoint, so it is read once. */
    private volatile Served served;

    public UnknownOperation() {
        super(Phase.PRE_PROTOCOL);
        addAfter(DelegationTokenAuthentication.class.getName());
        addAfter(SchemaValidation.class.getName());
    }

    /** The fault for an operation the WSDL has but this endpoint does not serve (an Exchange 2007 server's). */
    public static SoapFault notServed(String operation) {
        return EwsFault.of(
                Reason.OPERATION_NOT_EMULATED,
                "The request is invalid: this server does not emulate the EWS operation " + operation + ".");
    }

    @Override
    public void handleMessage(Message message) {
        byte[] body = (byte[]) message.get(RequestSizeLimit.BODY);
        if (body == null) {
            return;
        }
        QName operation;
        try {
            operation = firstBodyElement(body);
        } catch (XMLStreamException | RuntimeException notXml) {
            return; // CXF answers what it cannot read, as before this check.
        }
        if (operation == null) {
            throw EwsFault.of(Reason.REQUEST_BODY_EMPTY, "The request is invalid: the SOAP body is empty.");
        }
        Set<QName> served = served(message);
        if (!served.isEmpty() && !served.contains(operation)) {
            Set<String> names = new TreeSet<>();
            served.forEach(name -> names.add(name.getLocalPart()));
            throw EwsFault.of(
                    Reason.OPERATION_NOT_EMULATED,
                    "The request is invalid: fedemu does not emulate the EWS operation " + operation.getLocalPart()
                            + "; it serves " + String.join(", ", names) + ".");
        }
    }

    /** The body's first element, or null for an empty body; whatever comes before the Body is skipped. */
    private static QName firstBodyElement(byte[] body) throws XMLStreamException {
        XMLStreamReader reader = StaxUtils.createXMLStreamReader(new ByteArrayInputStream(body));
        try {
            boolean inBody = false;
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (inBody) {
                        return reader.getName();
                    }
                    inBody = depth == 2
                            && "Body".equals(reader.getLocalName())
                            && SOAP_ENVELOPE.equals(reader.getNamespaceURI());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (inBody) {
                        return null;
                    }
                    depth--;
                }
            }
            return null;
        } finally {
            reader.close();
        }
    }

    /** The body elements of the endpoint's operations, as its WSDL binding has them. */
    private Set<QName> served(Message message) {
        if (message.getExchange() == null || message.getExchange().getEndpoint() == null) {
            return Set.of();
        }
        EndpointInfo endpoint = message.getExchange().getEndpoint().getEndpointInfo();
        // The binding does not change once published: read once per endpoint, not per request (the EWS binding
        // has dozens of operations, and walking them was a few percent of a GetUserAvailability).
        Served known = this.served;
        if (known == null || known.endpoint() != endpoint) {
            known = new Served(endpoint, servedBy(endpoint));
            this.served = known;
        }
        return known.elements();
    }

    /** The body elements an endpoint serves, kept with the endpoint they were read from. */
    private record Served(EndpointInfo endpoint, Set<QName> elements) {}

    private static Set<QName> servedBy(EndpointInfo endpoint) {
        Set<QName> served = new java.util.HashSet<>();
        for (BindingOperationInfo operation : endpoint.getBinding().getOperations()) {
            if (operation.getInput() != null) {
                for (MessagePartInfo part : operation.getInput().getMessageParts()) {
                    if (part.getElementQName() != null) {
                        served.add(part.getElementQName());
                    }
                }
            }
        }
        return Set.copyOf(served);
    }
}
