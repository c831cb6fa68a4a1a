package io.fedemu.tenant.ews;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.staxutils.StaxUtils;
import org.xml.sax.SAXParseException;

/**
 * When JAXB cannot read a request (an element the schema has no place for, a value it cannot convert), CXF answers
 * with its own fault: soap:Client and "Unmarshalling Error: " followed by JAXB's or Java's message. Exchange answers
 * ErrorSchemaValidation, so this out-fault interceptor puts that fault in its place before it is written. The
 * element is named from the body RequestSizeLimit holds, found again at the line and position the parser stopped
 * at; the parser's message itself is never passed on.
 */
public final class SchemaValidationFault extends AbstractPhaseInterceptor<Message> {
    /** CXF's message code for a fault of its JAXB data reader (DataReaderImpl, JAXBEncoderDecoder). */
    static final String UNMARSHAL_ERROR = "UNMARSHAL_ERROR";

    private static final int KEPT = 256;

    public SchemaValidationFault() {
        // First in the out-fault chain: the SOAP fault is written from the exception later (MARSHAL).
        super(Phase.SETUP);
    }

    @Override
    public void handleMessage(Message message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault) || !UNMARSHAL_ERROR.equals(fault.getCode())) {
            return;
        }
        Message request =
                message.getExchange() == null ? null : message.getExchange().getInMessage();
        byte[] body = request == null ? null : (byte[]) request.get(RequestSizeLimit.BODY);
        SAXParseException stop = parserStop(fault);
        int line = stop == null ? 0 : Math.max(0, stop.getLineNumber());
        int position = stop == null ? 0 : Math.max(0, stop.getColumnNumber());
        message.setContent(Exception.class, violationAt(body, line, position).fault());
    }

    /** Where the parser under JAXB stopped, if it said: a SAXParseException in the cause chain. */
    private static SAXParseException parserStop(Throwable fault) {
        for (Throwable cause = fault; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof SAXParseException located) {
                return located;
            }
        }
        return null;
    }

    /**
     * What stands at {@code line}:{@code position} of {@code body}: a start tag is an element the schema has no place
     * for there, an end tag closes a value that could not be read; anything else is named by position only.
     */
    static SchemaViolation violationAt(byte[] body, int line, int position) {
        if (body == null || line <= 0) {
            return SchemaViolation.unreadable(line, position);
        }
        XMLStreamReader reader;
        try {
            reader = StaxUtils.createXMLStreamReader(new ByteArrayInputStream(body));
        } catch (RuntimeException notXml) {
            return SchemaViolation.unreadable(line, position);
        }
        try {
            Deque<QName> open = new ArrayDeque<>();
            StringBuilder text = new StringBuilder();
            while (reader.hasNext()) {
                int event = reader.next();
                Location at = reader.getLocation();
                boolean here = at != null && at.getLineNumber() == line && at.getColumnNumber() == position;
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (here && !open.isEmpty()) {
                            return SchemaViolation.unexpectedChild(line, position, open.peek(), reader.getName());
                        }
                        open.push(reader.getName());
                        text.setLength(0);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        String more = reader.getText();
                        text.append(more, 0, Math.min(more.length(), Math.max(0, KEPT - text.length())));
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (here) {
                            return SchemaViolation.elementValue(
                                    line,
                                    position,
                                    reader.getName(),
                                    text.toString().strip(),
                                    null);
                        }
                        open.pop();
                    }
                    default -> {
                        // Nothing to name.
                    }
                }
                if (at != null
                        && (at.getLineNumber() > line
                                || (at.getLineNumber() == line && at.getColumnNumber() > position))) {
                    break;
                }
            }
            return SchemaViolation.unreadable(line, position);
        } catch (XMLStreamException | RuntimeException unreadable) {
            return SchemaViolation.unreadable(line, position);
        } finally {
            close(reader);
        }
    }

    private static void close(XMLStreamReader reader) {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // A reader over bytes in memory holds nothing to release.
        }
    }
}
