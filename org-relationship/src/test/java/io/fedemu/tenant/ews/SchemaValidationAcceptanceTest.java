package io.fedemu.tenant.ews;

import static io.fedemu.tenant.ews.RawSoap.UTC_ZONE;
import static io.fedemu.tenant.ews.RawSoap.envelope;
import static io.fedemu.tenant.ews.RawSoap.mailbox;
import static io.fedemu.tenant.ews.TenantFixture.ALICE;
import static io.fedemu.tenant.ews.TenantFixture.CAROL;
import static io.fedemu.tenant.ews.TenantFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.reason.Reason;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values the schema does not allow answer what Exchange 2013 answers a request that fails schema validation: a SOAP
 * fault {@code a:ErrorSchemaValidation} with e:ResponseCode, e:Message and t:MessageXml (t:LineNumber,
 * t:LinePosition, t:Violation) in its detail, and fedemu's reason SCHEMA_VALIDATION_FAILED; never CXF's
 * "Unmarshalling Error" with a parser's or Java's words. One test per kind of value, posted raw.
 */
class SchemaValidationAcceptanceTest {
    /** A Java class or package name as a stack trace or an exception message would show it. */
    private static final Pattern JAVA_NAMES = Pattern.compile(
            "\\b(java|javax|jakarta|sun|com\\.sun|com\\.ctc|org\\.apache|org\\.glassfish|org\\.xml|org\\.w3c)\\.[a-z]"
                    + "|[A-Z][A-Za-z]*(Exception|Error)\\b|\\bat [a-z]+\\.[a-z]+\\.|cvc-|Unmarshalling");

    @TempDir
    static Path state;

    static TenantFixture fixture;
    static RawSoap soap;

    @BeforeAll
    static void start() {
        fixture = new TenantFixture(state);
        soap = new RawSoap(fixture.tls, fixture.tenant.ewsUrl());
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void aStartTimeInMonth13IsASchemaValidationFaultNamingTheElement() throws Exception {
        String request = request(UTC_ZONE, "2026-13-01T00:00:00", "FreeBusy", "");

        RawSoap.Reply reply = soap.post(ALICE, PASSWORD, request);

        assertSchemaValidationFault(reply, request, "2026-13-01T00:00:00");
        assertThat(violation(reply))
                .isEqualTo(
                        "The 'http://schemas.microsoft.com/exchange/services/2006/types:StartTime' element is invalid"
                                + " - The value '2026-13-01T00:00:00' is invalid according to its datatype.");
        assertThat(reply.xpath("//soap:Fault/faultstring"))
                .isEqualTo("The request failed schema validation: " + violation(reply));
    }

    @Test
    void anOffsetOfPlus25HoursIsASchemaValidationFault() throws Exception {
        String request = request(UTC_ZONE, "2026-11-30T00:00:00+25:00", "FreeBusy", "");

        RawSoap.Reply reply = soap.post(ALICE, PASSWORD, request);

        assertSchemaValidationFault(reply, request, "2026-11-30T00:00:00+25:00");
        assertThat(violation(reply)).contains("types:StartTime' element is invalid", "'2026-11-30T00:00:00+25:00'");
    }

    @Test
    void aBiasThatIsNoNumberIsASchemaValidationFault() throws Exception {
        String zone = UTC_ZONE.replaceFirst("<x:Bias>0</x:Bias>", "<x:Bias>sixty</x:Bias>");
        String request = request(zone, "2026-11-30T00:00:00", "FreeBusy", "");

        RawSoap.Reply reply = soap.post(ALICE, PASSWORD, request);

        assertSchemaValidationFault(reply, request, "<x:Bias>sixty");
        assertThat(violation(reply)).contains("types:Bias' element is invalid", "The value 'sixty'");
    }

    @Test
    void aPeriodBiasThatIsNoDurationIsASchemaValidationFault() throws Exception {
        String context = "<x:TimeZoneContext><x:TimeZoneDefinition Id=\"Pacific Standard Time\">"
                + "<x:Periods><x:Period Bias=\"-PT8 hours\" Name=\"Standard\" Id=\"trule:Microsoft/Registry/Pacific"
                + " Standard Time/2006-Standard\"/></x:Periods></x:TimeZoneDefinition></x:TimeZoneContext>";
        String request =
                envelope(context, "", mailbox(CAROL), "2026-11-30T00:00:00", "2026-12-01T00:00:00", 30, "FreeBusy");

        RawSoap.Reply reply = soap.post(ALICE, PASSWORD, request);

        assertSchemaValidationFault(reply, request, "-PT8 hours");
        assertThat(violation(reply))
                .isEqualTo("The 'Bias' attribute is invalid - The value '-PT8 hours' is invalid according to its "
                        + "datatype.");
    }

    @Test
    void aRequestedViewThatIsNoViewIsASchemaValidationFaultNotAFreeBusyAnswer() throws Exception {
        String request = request(UTC_ZONE, "2026-11-30T00:00:00", "Bogus", "");

        RawSoap.Reply reply = soap.post(ALICE, PASSWORD, request);

        // Before, JAXB read the unknown token as no view at all, and the request was answered as FreeBusy.
        assertSchemaValidationFault(reply, request, ">Bogus<");
        assertThat(violation(reply))
                .isEqualTo("The 'http://schemas.microsoft.com/exchange/services/2006/types:RequestedView' element is"
                        + " invalid - The value 'Bogus' is invalid according to its datatype - The Enumeration"
                        + " constraint failed.");
    }

    @Test
    void aDayOrderBeyondAShortIsRefusedInsteadOfWrappingAround() throws Exception {
        String zone = UTC_ZONE.replaceFirst("<x:DayOrder>5</x:DayOrder>", "<x:DayOrder>99999</x:DayOrder>");
        String request = request(zone, "2026-11-30T00:00:00", "FreeBusy", "");

        RawSoap.Reply reply = soap.post(ALICE, PASSWORD, request);

        assertSchemaValidationFault(reply, request, "99999");
        assertThat(violation(reply)).endsWith("The MaxInclusive constraint failed.");
    }

    @Test
    void anElementTheSchemaHasNoPlaceForIsASchemaValidationFaultNamingItAndItsParent() throws Exception {
        String request = request(UTC_ZONE, "2026-11-30T00:00:00", "FreeBusy", "<x:Urgency>High</x:Urgency>");

        RawSoap.Reply reply = soap.post(ALICE, PASSWORD, request);

        assertSchemaValidationFault(reply, request, "<x:Urgency>");
        assertThat(violation(reply))
                .isEqualTo("The element 'GetUserAvailabilityRequest' in namespace "
                        + "'http://schemas.microsoft.com/exchange/services/2006/messages' has invalid child element "
                        + "'Urgency' in namespace 'http://schemas.microsoft.com/exchange/services/2006/types'.");
    }

    @Test
    void aValueTooLongToQuoteIsCutAndItsControlCharactersDropped() throws Exception {
        String request = request(UTC_ZONE, "2026-11-30T00:00:00", "Bogus" + "x".repeat(5000) + "&#9;tail", "");

        RawSoap.Reply reply = soap.post(ALICE, PASSWORD, request);

        assertThat(reply.status()).as(reply.body()).isEqualTo(500);
        assertThat(violation(reply)).hasSizeLessThan(400).contains("…").doesNotContain("\t", "tail");
    }

    @Test
    void aYearBeyondTheSchemasIntIsStillTheWindowsOwnRefusal() throws Exception {
        RawSoap.Reply reply =
                soap.post(ALICE, PASSWORD, request(UTC_ZONE, "123456789012-11-30T00:00:00", "FreeBusy", ""));

        assertThat(reply.xpath("//soap:Fault/detail/f:Reason")).isEqualTo(Reason.TIME_WINDOW_OUT_OF_RANGE.name());
    }

    /** A GetUserAvailability for carol with the given zone, start and view; {@code extra} before the mailboxes. */
    private static String request(String zone, String start, String view, String extra) {
        return envelope("", zone + extra, mailbox(CAROL), start, "2026-12-01T00:00:00", 30, view);
    }

    private static String violation(RawSoap.Reply reply) throws Exception {
        return reply.xpath("//soap:Fault/detail/t:MessageXml/t:Violation");
    }

    /**
     * The fault's shape, its reason, the line of the offending text in the request, and nothing of Java in the
     * answer.
     */
    private static void assertSchemaValidationFault(RawSoap.Reply reply, String request, String offending)
            throws Exception {
        assertThat(reply.status()).as(reply.body()).isEqualTo(500);
        assertThat(reply.contentType()).startsWith("text/xml");
        String faultCode = reply.xpath("/soap:Envelope/soap:Body/soap:Fault/faultcode");
        String prefix = faultCode.substring(0, faultCode.indexOf(':'));
        assertThat(faultCode.substring(faultCode.indexOf(':') + 1)).isEqualTo("ErrorSchemaValidation");
        assertThat(reply.body()).contains("xmlns:" + prefix + "=\"" + RawSoap.NAMESPACES.get("t") + "\"");
        assertThat(reply.xpath("//soap:Fault/faultstring")).startsWith("The request failed schema validation: ");
        assertThat(reply.xpath("//soap:Fault/detail/e:ResponseCode")).isEqualTo("ErrorSchemaValidation");
        assertThat(reply.xpath("//soap:Fault/detail/e:Message")).isEqualTo("The request failed schema validation.");
        assertThat(reply.xpath("//soap:Fault/detail/f:Reason")).isEqualTo(Reason.SCHEMA_VALIDATION_FAILED.name());
        assertThat(Integer.parseInt(reply.xpath("//soap:Fault/detail/t:MessageXml/t:LineNumber")))
                .as("the line of %s", offending)
                .isEqualTo(lineOf(request, offending));
        assertThat(Integer.parseInt(reply.xpath("//soap:Fault/detail/t:MessageXml/t:LinePosition")))
                .isPositive();
        assertThat(reply.body()).doesNotContainPattern(JAVA_NAMES);
    }

    private static int lineOf(String request, String text) {
        String[] lines = request.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in the request");
    }
}
