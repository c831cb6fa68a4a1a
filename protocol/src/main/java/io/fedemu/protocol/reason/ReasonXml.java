package io.fedemu.protocol.reason;

import io.fedemu.protocol.ews.messages.ResponseMessageType;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A reason as structured data in an EWS ResponseMessage's {@code m:MessageXml}, where Exchange itself puts extra
 * data about an error as {@code t:Value Name="..."} elements (docs/PROTOCOL.md section 10). The schema allows
 * any content there, so real clients stay valid; the EWS Java API even hands the values to its caller
 * ({@code ServiceResponse.getErrorDetails()}).
 */
public final class ReasonXml {
    /** The {@code Name} of the value carrying the reason's name. */
    public static final String REASON = "fedemu.reason";
    /** The {@code Name} of the value carrying the deciding side. */
    public static final String SIDE = "fedemu.side";

    static final String TYPES = "http://schemas.microsoft.com/exchange/services/2006/types";
    private static final DocumentBuilderFactory DOCUMENTS = DocumentBuilderFactory.newInstance();

    private ReasonXml() {}

    /** Adds the reason and its side to the message's MessageXml. */
    public static void write(ResponseMessageType message, Reason reason) {
        ResponseMessageType.MessageXml xml = message.getMessageXml();
        if (xml == null) {
            xml = new ResponseMessageType.MessageXml();
            message.setMessageXml(xml);
        }
        Document document = newDocument();
        xml.getAny().add(value(document, REASON, reason.name()));
        xml.getAny().add(value(document, SIDE, reason.side().name()));
    }

    /** The reason a message carries, if it names one fedemu knows; never parsed from the message text. */
    public static Optional<Reason> read(ResponseMessageType message) {
        if (message == null || message.getMessageXml() == null) {
            return Optional.empty();
        }
        for (Object any : message.getMessageXml().getAny()) {
            if (any instanceof Element element
                    && "Value".equals(element.getLocalName())
                    && REASON.equals(element.getAttribute("Name"))) {
                return Optional.ofNullable(Reason.byName(element.getTextContent()));
            }
        }
        return Optional.empty();
    }

    private static Element value(Document document, String name, String text) {
        Element value = document.createElementNS(TYPES, "t:Value");
        value.setAttribute("Name", name);
        value.setTextContent(text);
        return value;
    }

    private static Document newDocument() {
        try {
            synchronized (DOCUMENTS) {
                return DOCUMENTS.newDocumentBuilder().newDocument();
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK has no DOM builder", e);
        }
    }
}
