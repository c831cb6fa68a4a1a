package io.fedemu.tenant.ews;

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

    private EwsFault() {}

    public static SoapFault of(String responseCode, String message) {
        SoapFault fault = new SoapFault(message, new QName(TYPES, responseCode, "a"));
        fault.setDetail(detail(responseCode, message));
        return fault;
    }

    private static Element detail(String responseCode, String message) {
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
            return detail;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK has no DOM builder", e);
        }
    }
}
