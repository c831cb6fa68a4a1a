package io.fedemu.tenant.ews;

import io.fedemu.protocol.reason.Reason;
import java.io.ByteArrayInputStream;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.staxutils.StaxUtils;

/**
 * An Exchange 2007 server validates a request against its own schema, whose ExchangeVersionType has two values,
 * Exchange2007 and Exchange2007_SP1 (SP2 and SP3 added none). A request that names a later version in
 * {@code t:RequestServerVersion} therefore fails validation there before anything else is read: the
 * ErrorSchemaValidation fault, its violation "The 'Version' attribute is invalid - The value 'Exchange2010_SP2' is
 * invalid according to its datatype '...:ExchangeVersionType' - The Enumeration constraint failed.", as EWS clients
 * set to Exchange2010 meet it at a 2007 server (reason REQUEST_VERSION_TOO_NEW). A value no schema knows is left to
 * SchemaValidation, which runs next and refuses it as any server would.
 */
public final class Exchange2007RequestVersion extends AbstractPhaseInterceptor<Message> {
    /** What Exchange 2007 SP1 to SP3 accept. */
    public static final Set<String> EXCHANGE_2007_VERSIONS = Set.of("Exchange2007", "Exchange2007_SP1");

    private static final Set<String> LATER_VERSIONS = Set.of(
            "Exchange2010",
            "Exchange2010_SP1",
            "Exchange2010_SP2",
            "Exchange2013",
            "Exchange2013_SP1",
            "Exchange2015",
            "Exchange2016");
    private static final QName REQUEST_SERVER_VERSION = new QName(EwsFault.TYPES, "RequestServerVersion");
    private static final QName DATATYPE = new QName(EwsFault.TYPES, "ExchangeVersionType");

    public Exchange2007RequestVersion() {
        super(Phase.PRE_PROTOCOL);
        // The header comes first in the document, so its violation is the first a validating server meets.
        addBefore(SchemaValidation.class.getName());
    }

    @Override
    public void handleMessage(Message message) {
        byte[] body = (byte[]) message.get(RequestSizeLimit.BODY);
        if (body == null) {
            return;
        }
        XMLStreamReader reader;
        try {
            reader = StaxUtils.createXMLStreamReader(new ByteArrayInputStream(body));
        } catch (RuntimeException notXml) {
            return; // CXF refuses what is not XML, as before.
        }
        try {
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    // Envelope at 1, Header and Body at 2: a header entry is at 3; nothing past the header matters.
                    if (depth == 2 && "Body".equals(reader.getLocalName())) {
                        return;
                    }
                    if (depth == 3 && REQUEST_SERVER_VERSION.equals(reader.getName())) {
                        refuseLater(reader);
                        return;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException notWellFormed) {
            // CXF answers what it cannot read.
        } finally {
            close(reader);
        }
    }

    private static void refuseLater(XMLStreamReader reader) {
        String version = reader.getAttributeValue(null, "Version");
        if (version == null || !LATER_VERSIONS.contains(version.trim())) {
            return;
        }
        Location at = reader.getLocation();
        throw SchemaViolation.attributeValue(
                        at == null ? 0 : Math.max(0, at.getLineNumber()),
                        at == null ? 0 : Math.max(0, at.getColumnNumber()),
                        "Version",
                        version,
                        DATATYPE,
                        "Enumeration")
                .fault(Reason.REQUEST_VERSION_TOO_NEW);
    }

    private static void close(XMLStreamReader reader) {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // A reader over bytes in memory holds nothing to release.
        }
    }
}
