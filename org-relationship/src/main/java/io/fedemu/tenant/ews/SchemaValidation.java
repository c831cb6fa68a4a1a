package io.fedemu.tenant.ews;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.xml.XMLConstants;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.staxutils.StaxUtils;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Exchange validates every request against its schema and refuses one that does not fit with ErrorSchemaValidation
 * (PROTOCOL.md section 2). JAXB, which reads the request next, refuses a value it cannot convert (month 13, a Bias
 * that is no number) but takes a value outside an enumeration ({@code RequestedView} {@code Bogus}) as absent and
 * truncates an xs:short, so the schema itself is checked first: each SOAP header entry and body element the schema
 * declares, from the body RequestSizeLimit holds, once the caller is authenticated.
 *
 * <p>Only values are refused here: a facet (an enumeration, a range) or a lexical form the type does not have.
 * Structure is left as before (a missing element is fedemu's ErrorMissingArgument, an unexpected one JAXB's
 * refusal, which SchemaValidationFault answers), and so is an xs:dateTime that Java reads but Xerces, bounded to
 * an int year, does not: the window's years are TIME_WINDOW_OUT_OF_RANGE's to judge.
 */
public final class SchemaValidation extends AbstractPhaseInterceptor<Message> {
    /** Xerces's keys for a value outside a facet of its type, with the facet's name as Exchange words it. */
    private static final Map<String, String> FACETS = Map.ofEntries(
            Map.entry("cvc-enumeration-valid", "Enumeration"),
            Map.entry("cvc-pattern-valid", "Pattern"),
            Map.entry("cvc-length-valid", "Length"),
            Map.entry("cvc-minLength-valid", "MinLength"),
            Map.entry("cvc-maxLength-valid", "MaxLength"),
            Map.entry("cvc-minInclusive-valid", "MinInclusive"),
            Map.entry("cvc-maxInclusive-valid", "MaxInclusive"),
            Map.entry("cvc-minExclusive-valid", "MinExclusive"),
            Map.entry("cvc-maxExclusive-valid", "MaxExclusive"),
            Map.entry("cvc-totalDigits-valid", "TotalDigits"),
            Map.entry("cvc-fractionDigits-valid", "FractionDigits"));
    /** Xerces's key for a value that is not a lexical form of its type at all. */
    private static final String LEXICAL = "cvc-datatype-valid";
    /** The namespaces the schema declares elements in: header entries and body elements outside them are skipped. */
    private static final Set<String> DECLARED = Set.of(EwsFault.TYPES, EwsFault.MESSAGES);
    /** About a role's busy request threads: more would sit idle, fewer would be set up again under load. */
    private static final int POOLED_VALIDATORS = 16;

    /** Shared as JAXB shares its own: the JDK's factory keeps no state between calls. */
    private static final DatatypeFactory DATATYPES;

    static {
        try {
            DATATYPES = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Schema schema;
    /**
     * Validators of finished messages, for the next: setting up a Xerces validator (its component manager, schema
     * loader and grammar pool) cost more than validating a GetUserAvailability with it, once per message. A
     * validator is reset by its next startDocument; bounded, so a burst leaves at most this many behind.
     */
    private final BlockingQueue<ValidatorHandler> validators = new ArrayBlockingQueue<>(POOLED_VALIDATORS);

    /** @param schema what the request must fit; header entries it has no declaration for (wsse, wsa) are skipped */
    public SchemaValidation(Schema schema) {
        super(Phase.PRE_PROTOCOL);
        // After the delegation token is checked: an anonymous caller's body is not validated, only parsed by CXF.
        addAfter(DelegationTokenAuthentication.class.getName());
        this.schema = schema;
    }

    /** The EWS schema fedemu serves (protocol module, wsdl/messages.xsd with types.xsd), compiled once. */
    public static Schema ews() {
        return Schemas.EWS;
    }

    @Override
    public void handleMessage(Message message) {
        byte[] body = (byte[]) message.get(RequestSizeLimit.BODY);
        if (body != null) {
            firstViolation(body).ifPresent(violation -> {
                throw violation.fault();
            });
        }
    }

    /** The first violation in document order, or empty; bytes that are not XML are left to CXF to refuse. */
    Optional<SchemaViolation> firstViolation(byte[] body) {
        XMLStreamReader reader;
        try {
            reader = StaxUtils.createXMLStreamReader(new ByteArrayInputStream(body));
        } catch (RuntimeException notXml) {
            // CXF's parser answers it ("Couldn't parse stream."), as it did before this check existed.
            return Optional.empty();
        }
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    // The whole envelope goes through one validator: the schema declares neither Envelope nor
                    // Header nor Body, so Xerces assesses them laxly and validates strictly each child it has a
                    // global declaration for (the header entries and body elements in the schema's namespaces),
                    // skipping what it has none for (wsse, wsa). One reset per message instead of one per entry.
                    return validate(reader);
                }
            }
            return Optional.empty();
        } catch (XMLStreamException | SAXException notReadable) {
            // Not well-formed, or the validator could not go on: the binding reads the request as it would have
            // without this check, and CXF answers what it cannot read.
            return Optional.empty();
        } finally {
            close(reader);
        }
    }

    /** Feeds the element at the reader, through its end tag, to a validator; the first value it refuses. */
    private Optional<SchemaViolation> validate(XMLStreamReader reader) throws XMLStreamException, SAXException {
        ValidatorHandler validator = validators.poll();
        if (validator == null) {
            validator = schema.newValidatorHandler();
        }
        Values values = new Values(reader);
        validator.setErrorHandler(values);
        validator.setDocumentLocator(values);
        try {
            validator.startDocument();
            int depth = 0;
            do {
                switch (reader.getEventType()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (depth == 2 && !DECLARED.contains(uri(reader.getName()))) {
                            // A header entry the schema does not describe (wsse:Security with its token of a few
                            // kilobytes, wsa): Xerces would skip it too, after reading every character.
                            skipElement(reader);
                            break;
                        }
                        depth++;
                        values.text.setLength(0);
                        for (int i = 0; i < reader.getNamespaceCount(); i++) {
                            validator.startPrefixMapping(
                                    prefix(reader.getNamespacePrefix(i)), reader.getNamespaceURI(i));
                        }
                        validator.startElement(
                                uri(reader.getName()),
                                reader.getLocalName(),
                                qualified(reader.getName()),
                                attributes(reader));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        values.keep(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                        validator.characters(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        validator.endElement(uri(reader.getName()), reader.getLocalName(), qualified(reader.getName()));
                        for (int i = 0; i < reader.getNamespaceCount(); i++) {
                            validator.endPrefixMapping(prefix(reader.getNamespacePrefix(i)));
                        }
                    }
                    default -> {
                        // Comments and processing instructions are not content.
                    }
                }
                if (depth > 0) {
                    reader.next();
                }
            } while (depth > 0);
            validator.endDocument();
            // Only a validator that reached the end of its document goes back: one stopped half-way keeps the
            // open elements of the message it refused. Its handlers go, so a pooled validator holds no reader
            // (and through it no request body) of the message it checked.
            validator.setErrorHandler(null);
            validator.setDocumentLocator(null);
            validators.offer(validator);
            return Optional.empty();
        } catch (Refused refused) {
            return Optional.of(refused.violation);
        }
    }

    /** From an element's start tag to its end tag, unread. */
    private static void skipElement(XMLStreamReader reader) throws XMLStreamException {
        int open = 1;
        while (open > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                open++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open--;
            }
        }
    }

    private static AttributesImpl attributes(XMLStreamReader reader) {
        AttributesImpl attributes = new AttributesImpl();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            QName name = reader.getAttributeName(i);
            attributes.addAttribute(
                    uri(name), name.getLocalPart(), qualified(name), "CDATA", reader.getAttributeValue(i));
        }
        return attributes;
    }

    private static String uri(QName name) {
        return name.getNamespaceURI() == null ? XMLConstants.NULL_NS_URI : name.getNamespaceURI();
    }

    private static String prefix(String prefix) {
        return prefix == null ? XMLConstants.DEFAULT_NS_PREFIX : prefix;
    }

    private static String qualified(QName name) {
        return name.getPrefix() == null || name.getPrefix().isEmpty()
                ? name.getLocalPart()
                : name.getPrefix() + ":" + name.getLocalPart();
    }

    /**
     * Decides, for each error the validator reports, whether it is a value this check refuses, and where: the
     * reader stands on the event the validator is processing (a start tag for an attribute, an end tag for text).
     */
    private static final class Values implements ErrorHandler, Locator {
        private static final int KEPT = 256;
        private final XMLStreamReader reader;
        private final StringBuilder text = new StringBuilder();

        Values(XMLStreamReader reader) {
            this.reader = reader;
        }

        void keep(char[] more, int start, int length) {
            text.append(more, start, Math.min(length, Math.max(0, KEPT - text.length())));
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            String key = key(e.getMessage());
            String facet = FACETS.get(key);
            boolean lexical = key.startsWith(LEXICAL);
            if (facet == null && !lexical) {
                return; // Structure, or the summary that follows a value's own error.
            }
            int line = getLineNumber();
            int position = getColumnNumber();
            QName element = reader.getName();
            if (reader.getEventType() == XMLStreamConstants.START_ELEMENT) {
                int attribute = attributeNamedBy(e.getMessage());
                String value = attribute < 0 ? "" : reader.getAttributeValue(attribute);
                if (lexical && readsAsDateTime(value)) {
                    return;
                }
                throw new Refused(SchemaViolation.attributeValue(
                        line,
                        position,
                        element,
                        attribute < 0 ? null : reader.getAttributeLocalName(attribute),
                        value,
                        facet));
            }
            String value = text.toString().strip();
            if (lexical && readsAsDateTime(value)) {
                return;
            }
            throw new Refused(SchemaViolation.elementValue(line, position, element, value, facet));
        }

        @Override
        public void warning(SAXParseException e) {
            // Warnings refuse nothing.
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            error(e);
        }

        /**
         * The attribute the message quotes the value of, or -1. The message is only searched, never passed on; its
         * quoting of the value is the same in every language Xerces speaks.
         */
        private int attributeNamedBy(String message) {
            for (int i = 0; message != null && i < reader.getAttributeCount(); i++) {
                if (message.contains("'" + reader.getAttributeValue(i) + "'")) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return null;
        }

        @Override
        public int getLineNumber() {
            Location location = reader.getLocation();
            return location == null ? 0 : Math.max(0, location.getLineNumber());
        }

        @Override
        public int getColumnNumber() {
            Location location = reader.getLocation();
            return location == null ? 0 : Math.max(0, location.getColumnNumber());
        }
    }

    /** Xerces's message key, {@code cvc-enumeration-valid}, which leads its message in every language. */
    private static String key(String message) {
        if (message == null || !message.startsWith("cvc-")) {
            return "";
        }
        int colon = message.indexOf(':');
        return colon < 0 ? "" : message.substring(0, colon);
    }

    /**
     * Whether Java (and so JAXB) reads {@code value} as an xs:dateTime: Xerces refuses a year beyond an int,
     * Java does not, and the window's range is fedemu's TIME_WINDOW_OUT_OF_RANGE to refuse, with its own words.
     */
    private static boolean readsAsDateTime(String value) {
        try {
            return DATATYPES
                    .newXMLGregorianCalendar(value)
                    .getXMLSchemaType()
                    .getLocalPart()
                    .equals("dateTime");
        } catch (IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }

    /** Stops the validation at the first refused value. */
    private static final class Refused extends SAXException {
        private static final long serialVersionUID = 1L;
        private final transient SchemaViolation violation;

        Refused(SchemaViolation violation) {
            super(violation.violation());
            this.violation = violation;
        }
    }

    /** Compiled on first use: each tenant's endpoint shares it (a Schema is thread-safe and immutable). */
    private static final class Schemas {
        static final Schema EWS = compile("wsdl/messages.xsd");

        private static Schema compile(String resource) {
            URL url = SchemaValidation.class.getClassLoader().getResource(resource);
            if (url == null) {
                throw new IllegalStateException(resource + " is not on the class path (module protocol)");
            }
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                // Our own files only: the import beside it, from the same jar or folder.
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                return factory.newSchema(url);
            } catch (SAXException e) {
                throw new IllegalStateException("cannot compile " + resource, e);
            }
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
