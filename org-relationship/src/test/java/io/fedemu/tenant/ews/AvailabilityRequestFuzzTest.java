package io.fedemu.tenant.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Any bytes POSTed as a GetUserAvailability request to a running tenant (in this JVM, through the schema check,
 * CXF's JAXB reading and {@link AvailabilityRequest#read}) get an availability answer or a SOAP fault that is
 * either an EWS error (faultcode in the types namespace, PROTOCOL.md section 2; what the schema or JAXB refuses is
 * ErrorSchemaValidation) or SOAP's and CXF's refusal of a message they will not read: a {@code Client},
 * {@code VersionMismatch} or {@code MustUnderstand} fault (DTDs, entities, limits, not SOAP), or CXF's
 * {@code Server} fault for a stream that is not XML at all. Any other {@code Server} fault is a Java exception
 * that escaped the endpoint; that, any other status and a reply slower than 10 s are findings. The committed corpus
 * runs in every build (docs/reference/fuzzing.md); {@code JAZZER_FUZZ=1} fuzzes.
 */
class AvailabilityRequestFuzzTest {
    private static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    /**
     * CXF's own Server faults for bytes it cannot read (an encoding error, a broken stream). What JAXB refuses is no
     * longer among them: it answers ErrorSchemaValidation (SchemaValidationFault).
     */
    private static final Pattern CXF_READING =
            Pattern.compile("Couldn't parse stream\\.|Error reading XMLStreamReader");

    private static Path state;
    private static TenantFixture fixture;
    private static RawSoap soap;

    @BeforeAll
    static void start() throws Exception {
        state = Files.createTempDirectory("ews-fuzz");
        fixture = new TenantFixture(state);
        soap = new RawSoap(fixture.tls, fixture.tenant.ewsUrl());
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
        try (var files = Files.walk(state)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(15)
    void answersOrFaultsAsEws(byte[] body) throws Exception {
        RawSoap.Reply reply = soap.post(TenantFixture.ALICE, TenantFixture.PASSWORD, body);
        if (reply.status() == 200) {
            assertThat(reply.body()).contains("GetUserAvailabilityResponse");
            return;
        }
        assertThat(reply.status()).as(reply.body()).isEqualTo(500);
        Document xml = reply.xml();
        NodeList codes = xml.getElementsByTagName("faultcode");
        assertThat(codes.getLength()).as(reply.body()).isEqualTo(1);
        Element code = (Element) codes.item(0);
        String text = code.getTextContent().trim();
        int colon = text.indexOf(':');
        String namespace = code.lookupNamespaceURI(colon < 0 ? null : text.substring(0, colon));
        String local = text.substring(colon + 1);
        if (EwsFault.TYPES.equals(namespace) && local.startsWith("Error")) {
            return;
        }
        String faultString = xml.getElementsByTagName("faultstring").item(0).getTextContent();
        if (SOAP.equals(namespace) && !local.equals("Server")) {
            assertThat(faultString)
                    .as("what JAXB refuses answers ErrorSchemaValidation, not CXF's fault: " + reply.body())
                    .doesNotStartWith("Unmarshalling Error");
            return;
        }
        if (SOAP.equals(namespace)
                && local.equals("Server")
                && CXF_READING.matcher(faultString).lookingAt()) {
            return;
        }
        fail("neither an EWS error nor a refusal of the XML: " + reply.body());
    }
}
