package io.fedemu.tenant.ews;

import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.protocol.reason.Reason;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.cxf.binding.soap.SoapFault;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A request-level EWS error as Exchange sends it (PROTOCOL.md section 2): a SOAP 1.1 fault, HTTP 500,
 * faultcode {@code a:<ResponseCode>} with {@code a} bound to the types namespace, and a detail with
 * {@code e:ResponseCode} and {@code e:Message}.
 */
public final class EwsFault {
    public static final String TYPES = "http://schemas.microsoft.com/exchange/services/2006/types";
    public static final String ERRORS = "http://schemas.microsoft.com/exchange/services/2006/errors";
    public static final String MESSAGES = "http://schemas.microsoft.com/exchange/services/2006/messages";
    /** fedemu's own namespace for the reason in a fault detail (AvailabilityClient reads it). */
    public static final String FEDEMU = AvailabilityClient.FEDEMU_NS;

    private EwsFault() {}

    /** The request-level fault for {@code reason}, naming it in the detail as {@code f:Reason} too. */
    public static SoapFault of(Reason reason, String message) {
        String responseCode = reason.mailboxResponseCode();
        SoapFault fault = new SoapFault(message, new QName(TYPES, responseCode, "a"));
        fault.setDetail(detail(responseCode, message, reason));
        return fault;
    }

    /**
     * The detail Exchange sends ({@code e:ResponseCode}, {@code e:Message}) and fedemu's {@code f:Reason}, which a
     * client reads instead of parsing the message.
     */
    public static Element detail(String responseCode, String message, Reason reason) {
        try {
            Document document =
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element detail = document.createElement("detail");
            Element code = document.createElementNS(ERRORS, "e:ResponseCode");
            code.setTextContent(responseCode);
            Element text = document.createElementNS(ERRORS, "e:Message");
            text.setTextContent(message);
            detail.appendChild(code);
            detail.appendChild(text);
            Element named = document.createElementNS(FEDEMU, "f:Reason");
            named.setTextContent(reason.name());
            detail.appendChild(named);
            return detail;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK has no DOM builder", e);
        }
    }
}
