package io.fedemu.tenant.ews;

import io.fedemu.client.http.SafeText;
import io.fedemu.protocol.reason.Reason;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapFault;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Where a request stops fitting the EWS schema and what is wrong there: Exchange's {@code t:Violation}, with the line
 * and position (1-based; 0 when no parser said). The words are fedemu's, after Exchange's; what they quote of the
 * request (element names, the offending value) is the caller's own text made safe and short. A parser's or Java's
 * message never reaches the caller.
 */
public record SchemaViolation(int line, int position, String violation) {
    static final String CODE = Reason.SCHEMA_VALIDATION_FAILED.mailboxResponseCode();
    /** Exchange's e:Message, the same for every violation; the faultstring and t:Violation say which. */
    static final String MESSAGE = "The request failed schema validation.";

    private static final int VALUE_LENGTH = 64;
    private static final int NAME_LENGTH = 100;

    /** An element whose text is not a value of its type; {@code constraint} names the facet, or is null. */
    static SchemaViolation elementValue(int line, int position, QName element, String value, String constraint) {
        return new SchemaViolation(
                line, position, "The '" + name(element) + "' element is invalid - " + value(value, constraint));
    }

    /** An attribute whose value is not one of its type; {@code attribute} null when it is not known which. */
    static SchemaViolation attributeValue(
            int line, int position, QName element, String attribute, String value, String constraint) {
        String which = attribute == null
                ? "An attribute of the '" + name(element) + "' element is invalid - "
                : "The '" + SafeText.of(attribute, NAME_LENGTH) + "' attribute is invalid - ";
        return new SchemaViolation(line, position, which + value(value, constraint));
    }

    /**
     * An attribute whose value its named datatype does not allow, worded as Exchange words it: "... is invalid
     * according to its datatype 'namespace:Type' - The Enumeration constraint failed."
     */
    static SchemaViolation attributeValue(
            int line, int position, String attribute, String value, QName datatype, String constraint) {
        return new SchemaViolation(
                line,
                position,
                "The '" + SafeText.of(attribute, NAME_LENGTH) + "' attribute is invalid - The value '"
                        + SafeText.of(value, VALUE_LENGTH) + "' is invalid according to its datatype '"
                        + datatype.getNamespaceURI() + ":" + datatype.getLocalPart() + "' - The " + constraint
                        + " constraint failed.");
    }

    /** An element where the schema has no place for it. */
    static SchemaViolation unexpectedChild(int line, int position, QName parent, QName child) {
        return new SchemaViolation(
                line,
                position,
                "The element '" + SafeText.of(parent.getLocalPart(), NAME_LENGTH) + "' in namespace '"
                        + SafeText.of(parent.getNamespaceURI(), NAME_LENGTH) + "' has invalid child element '"
                        + SafeText.of(child.getLocalPart(), NAME_LENGTH) + "' in namespace '"
                        + SafeText.of(child.getNamespaceURI(), NAME_LENGTH) + "'.");
    }

    /** The binding refused the request where no element could be named. */
    static SchemaViolation unreadable(int line, int position) {
        return new SchemaViolation(line, position, "The request cannot be read as the schema describes it.");
    }

    /**
     * What Exchange 2013 answers a request that fails schema validation: HTTP 500, faultcode
     * {@code a:ErrorSchemaValidation} (types namespace), faultstring "The request failed schema validation: " and the
     * violation, and a detail with e:ResponseCode, e:Message and {@code t:MessageXml} holding t:LineNumber,
     * t:LinePosition and t:Violation; fedemu's f:Reason follows.
     */
    public SoapFault fault() {
        return fault(Reason.SCHEMA_VALIDATION_FAILED);
    }

    /**
     * The same fault naming a more precise reason of the same ResponseCode (ErrorSchemaValidation): what an
     * Exchange 2007 server's schema refuses that the 2013 schema allows is REQUEST_VERSION_TOO_NEW.
     */
    public SoapFault fault(Reason reason) {
        if (!CODE.equals(reason.mailboxResponseCode())) {
            throw new IllegalArgumentException(reason + " is not answered with " + CODE);
        }
        SoapFault fault = new SoapFault(
                "The request failed schema validation: " + violation, new QName(EwsFault.TYPES, CODE, "a"));
        Element detail = EwsFault.detail(CODE, MESSAGE, reason);
        Document document = detail.getOwnerDocument();
        Element xml = document.createElementNS(EwsFault.TYPES, "t:MessageXml");
        if (line > 0) {
            xml.appendChild(text(document, "t:LineNumber", String.valueOf(line)));
            xml.appendChild(text(document, "t:LinePosition", String.valueOf(position)));
        }
        xml.appendChild(text(document, "t:Violation", violation));
        // Exchange's children first, so a client reading them in order finds what it knows where it expects it.
        detail.insertBefore(xml, detail.getLastChild());
        fault.setDetail(detail);
        return fault;
    }

    private static String value(String value, String constraint) {
        return "The value '" + SafeText.of(value, VALUE_LENGTH) + "' is invalid according to its datatype"
                + (constraint == null ? "." : " - The " + constraint + " constraint failed.");
    }

    private static String name(QName element) {
        return SafeText.of(element.getNamespaceURI(), NAME_LENGTH) + ":"
                + SafeText.of(element.getLocalPart(), NAME_LENGTH);
    }

    private static Element text(Document document, String name, String value) {
        Element element = document.createElementNS(EwsFault.TYPES, name);
        element.setTextContent(value);
        return element;
    }
}
