package io.fedemu.tenant.autodiscover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Autodiscover as bytes on the wire (PROTOCOL.md section 5): requests shaped like Microsoft's published
 * examples, with their own prefixes and WS-Addressing headers marked mustUnderstand, get Exchange's element
 * order and namespaces back; a DOCTYPE is refused and the endpoint stays up.
 */
class AutodiscoverWireAcceptanceTest {
    static final String A = "http://schemas.microsoft.com/exchange/2010/Autodiscover";
    static final Map<String, String> NAMESPACES = Map.of(
            "soap", "http://schemas.xmlsoap.org/soap/envelope/",
            "a", A,
            "wsa", "http://www.w3.org/2005/08/addressing",
            "xsi", "http://www.w3.org/2001/XMLSchema-instance");
    static final String ACTION = "http://schemas.microsoft.com/exchange/2010/Autodiscover/Autodiscover/";

    @TempDir
    static Path state;

    static AutodiscoverFixture fixture;
    static HttpClient http;

    @BeforeAll
    static void start() {
        fixture = new AutodiscoverFixture(state);
        http = HttpClient.newBuilder()
                .sslContext(fixture.tls)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void federationInformationAnswersInExchangeOrderWithAddressingAndServerVersionHeaders() throws Exception {
        // The "GetFederationInformation operation (SOAP)" request example, with other prefixes.
        String request = """
                <?xml version="1.0" encoding="utf-8"?>
                <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:w="http://www.w3.org/2005/08/addressing">
                  <s:Header>
                    <w:MessageID>urn:uuid:6389558d-9e05-465e-ade9-aae14c4bcd10</w:MessageID>
                    <w:Action s:mustUnderstand="1">%sGetFederationInformation</w:Action>
                    <w:To s:mustUnderstand="1">https://autodiscover.contoso.com/autodiscover/autodiscover.svc</w:To>
                    <w:ReplyTo><w:Address>http://www.w3.org/2005/08/addressing/anonymous</w:Address></w:ReplyTo>
                  </s:Header>
                  <s:Body>
                    <GetFederationInformationRequestMessage xmlns="http://schemas.microsoft.com/exchange/2010/Autodiscover">
                      <Request><Domain>contoso.com</Domain></Request>
                    </GetFederationInformationRequestMessage>
                  </s:Body>
                </s:Envelope>
                """.formatted(ACTION);

        Reply reply = post(request, ACTION + "GetFederationInformation");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/xml");
        Element response =
                reply.element("/soap:Envelope/soap:Body/a:GetFederationInformationResponseMessage/a:Response");
        assertThat(children(response))
                .containsExactly("a:ErrorCode", "a:ErrorMessage", "a:ApplicationUri", "a:Domains", "a:TokenIssuers");
        assertThat(reply.xpath("//a:Response/a:ErrorCode")).isEqualTo("NoError");
        assertThat(reply.xpath("//a:Response/a:ApplicationUri")).isEqualTo("FYDIBOHF25SPDLT.contoso.com");
        assertThat(reply.xpath("count(//a:Response/a:Domains/a:Domain)")).isEqualTo("2");
        assertThat(children(reply.element("//a:TokenIssuers/a:TokenIssuer"))).containsExactly("a:Endpoint", "a:Uri");
        assertThat(reply.xpath("//a:TokenIssuer/a:Uri")).isEqualTo("urn:federation:MicrosoftOnline");

        assertThat(children(reply.element("/soap:Envelope/soap:Header/a:ServerVersionInfo")))
                .containsExactly(
                        "a:MajorVersion", "a:MinorVersion", "a:MajorBuildNumber", "a:MinorBuildNumber", "a:Version");
        assertThat(reply.xpath("/soap:Envelope/soap:Header/wsa:Action").trim())
                .isEqualTo(ACTION + "GetFederationInformationResponse");
        assertThat(reply.xpath("/soap:Envelope/soap:Header/wsa:RelatesTo").trim())
                .isEqualTo("urn:uuid:6389558d-9e05-465e-ade9-aae14c4bcd10");
    }

    @Test
    void aRequestWithoutAnyHeaderIsAnsweredToo() throws Exception {
        String request = envelope(
                "",
                "<q:GetFederationInformationRequestMessage><q:Request><q:Domain>fabrikam.com"
                        + "</q:Domain></q:Request></q:GetFederationInformationRequestMessage>");

        Reply reply = post(request, null);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.xpath("//a:Response/a:ErrorCode")).isEqualTo("InvalidDomain");
        assertThat(reply.xpath("//a:Response/a:ErrorMessage")).contains("fabrikam.com");
        assertThat(reply.xpath("/soap:Envelope/soap:Header/a:ServerVersionInfo/a:MajorVersion"))
                .isEqualTo("15");
    }

    @Test
    void userSettingsCarryStringSettingAsXsiTypeAndANilRedirectTarget() throws Exception {
        // The "GetUserSettings operation (SOAP)" request example: RequestedServerVersion and wsa headers.
        String request = envelope(
                "<q:RequestedServerVersion>Exchange2010</q:RequestedServerVersion>"
                        + "<w:Action>" + ACTION + "GetUserSettings</w:Action>"
                        + "<w:To>https://mail.contoso.com/autodiscover/autodiscover.svc</w:To>",
                "<q:GetUserSettingsRequestMessage><q:Request><q:Users><q:User><q:Mailbox>alice@contoso.com</q:Mailbox>"
                        + "</q:User></q:Users><q:RequestedSettings><q:Setting>ExternalEwsUrl</q:Setting>"
                        + "<q:Setting>UserDN</q:Setting></q:RequestedSettings></q:Request>"
                        + "</q:GetUserSettingsRequestMessage>");

        Reply reply = post(request, ACTION + "GetUserSettings", AutodiscoverFixture.aliceBasic());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Element response = reply.element("//a:GetUserSettingsResponseMessage/a:Response");
        assertThat(children(response)).containsExactly("a:ErrorCode", "a:ErrorMessage", "a:UserResponses");
        Element user = reply.element("//a:UserResponses/a:UserResponse");
        assertThat(children(user))
                .containsExactly(
                        "a:ErrorCode", "a:ErrorMessage", "a:RedirectTarget", "a:UserSettingErrors", "a:UserSettings");
        assertThat(reply.xpath("//a:UserResponse/a:RedirectTarget/@xsi:nil")).isEqualTo("true");
        assertThat(reply.xpath("//a:UserSettingError/a:SettingName")).isEqualTo("UserDN");
        assertThat(reply.xpath("//a:UserSettingError/a:ErrorCode")).isEqualTo("InvalidSetting");
        Element setting = reply.element("//a:UserSettings/a:UserSetting");
        assertThat(children(setting)).containsExactly("a:Name", "a:Value");
        String type = setting.getAttributeNS(NAMESPACES.get("xsi"), "type");
        assertThat(type).endsWith("StringSetting");
        assertThat(setting.lookupNamespaceURI(type.contains(":") ? type.substring(0, type.indexOf(':')) : null))
                .isEqualTo(A);
        assertThat(reply.xpath("//a:UserSetting/a:Value")).isEqualTo(AutodiscoverFixture.EWS_URL);
    }

    @Test
    void doctypesAndEntitiesAreRefusedAndTheEndpointStaysUp() throws Exception {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE s:Envelope [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>
                <GetFederationInformationRequestMessage xmlns="http://schemas.microsoft.com/exchange/2010/Autodiscover">
                <Request><Domain>&secret;</Domain></Request></GetFederationInformationRequestMessage>
                </s:Body></s:Envelope>
                """;
        String deep = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>" + "<x>".repeat(200)
                + "</x>".repeat(200) + "</s:Body></s:Envelope>";

        for (String hostile : List.of(xxe, deep)) {
            Reply reply = post(hostile, null);
            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.body()).contains("Fault").doesNotContain("root:").doesNotContain("NoError");
        }
        Reply after = post(
                envelope(
                        "",
                        "<q:GetFederationInformationRequestMessage><q:Request><q:Domain>contoso.com"
                                + "</q:Domain></q:Request></q:GetFederationInformationRequestMessage>"),
                null);
        assertThat(after.xpath("//a:Response/a:ErrorCode")).isEqualTo("NoError");
    }

    /** Issue 12: anonymous Autodiscover reads at most 64 KB, declared length or chunked alike. */
    @Test
    void anOversizedBodyIsRefusedBeforeItIsParsed() throws Exception {
        String oversized = envelope(
                "<!--" + "x".repeat(AutodiscoverEndpoint.MAX_BODY_BYTES) + "-->",
                "<q:GetFederationInformationRequestMessage><q:Request><q:Domain>contoso.com"
                        + "</q:Domain></q:Request></q:GetFederationInformationRequestMessage>");
        byte[] bytes = oversized.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = http.send(
                HttpRequest.newBuilder(fixture.url())
                        .header("Content-Type", "text/xml; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        for (Reply reply : List.of(post(oversized, null), new Reply(chunked.statusCode(), "", chunked.body()))) {
            assertThat(reply.status()).isEqualTo(500);
            Document fault = reply.xml();
            assertThat(fault.getElementsByTagNameNS("*", "ResponseCode").item(0).getTextContent())
                    .isEqualTo("ErrorRequestStreamTooBig");
            assertThat(fault.getElementsByTagNameNS("urn:fedemu:trust", "Reason")
                            .item(0)
                            .getTextContent())
                    .isEqualTo("REQUEST_TOO_BIG");
            assertThat(reply.body()).doesNotContain("NoError");
        }
        Reply after = post(
                envelope(
                        "",
                        "<q:GetFederationInformationRequestMessage><q:Request><q:Domain>contoso.com"
                                + "</q:Domain></q:Request></q:GetFederationInformationRequestMessage>"),
                null);
        assertThat(after.xpath("//a:Response/a:ErrorCode")).isEqualTo("NoError");
    }

    /**
     * Issue 12: what JAXB cannot read answers the EWS fault ErrorSchemaValidation naming the element (fedemu choice,
     * as for the size limit), not CXF's "Unmarshalling Error" with JAXB's words.
     */
    @Test
    void anElementTheSchemaHasNoPlaceForIsErrorSchemaValidationWithoutTheParsersWords() throws Exception {
        Reply reply = post(
                envelope(
                        "",
                        "<q:GetFederationInformationRequestMessage><q:Request><q:Domain>contoso.com</q:Domain>"
                                + "<q:Forest>contoso.local</q:Forest></q:Request>"
                                + "</q:GetFederationInformationRequestMessage>"),
                null);

        assertThat(reply.status()).isEqualTo(500);
        Document fault = reply.xml();
        assertThat(fault.getElementsByTagNameNS("*", "faultcode").item(0).getTextContent())
                .endsWith(":ErrorSchemaValidation");
        assertThat(fault.getElementsByTagNameNS("*", "ResponseCode").item(0).getTextContent())
                .isEqualTo("ErrorSchemaValidation");
        assertThat(fault.getElementsByTagNameNS("urn:fedemu:trust", "Reason")
                        .item(0)
                        .getTextContent())
                .isEqualTo("SCHEMA_VALIDATION_FAILED");
        assertThat(fault.getElementsByTagNameNS("*", "Violation").item(0).getTextContent())
                .isEqualTo("The element 'Request' in namespace '" + A + "' has invalid child element 'Forest' in "
                        + "namespace '" + A + "'.");
        assertThat(fault.getElementsByTagNameNS("*", "LineNumber").item(0).getTextContent())
                .isEqualTo("1");
        assertThat(reply.body()).doesNotContain("Unmarshalling", "unexpected element", "Exception", "java.");
    }

    private static String envelope(String headers, String body) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:q=\"" + A + "\""
                + " xmlns:w=\"http://www.w3.org/2005/08/addressing\">"
                + "<soap:Header>" + headers + "</soap:Header><soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }

    private static Reply post(String envelope, String soapAction) throws Exception {
        return post(envelope, soapAction, null);
    }

    private static Reply post(String envelope, String soapAction, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(fixture.url())
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(envelope));
        if (soapAction != null) {
            request.header("SOAPAction", "\"" + soapAction + "\"");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    /** Element children as "prefix:local" with the prefixes of {@link #NAMESPACES}, whatever the wire used. */
    private static List<String> children(Element parent) {
        List<String> names = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                String prefix = NAMESPACES.entrySet().stream()
                        .filter(ns -> ns.getValue().equals(e.getNamespaceURI()))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse("{" + e.getNamespaceURI() + "}");
                names.add(prefix + ":" + e.getLocalName());
            }
        }
        return names;
    }

    record Reply(int status, String contentType, String body) {
        Document xml() throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }

        String xpath(String expression) throws Exception {
            return xpathEngine().evaluate(expression, xml());
        }

        Element element(String expression) throws Exception {
            Element found = (Element) xpathEngine().evaluate(expression, xml(), XPathConstants.NODE);
            assertThat(found).as(expression + " in " + body).isNotNull();
            return found;
        }

        private static XPath xpathEngine() {
            XPath xpath = XPathFactory.newInstance().newXPath();
            xpath.setNamespaceContext(new NamespaceContext() {
                @Override
                public String getNamespaceURI(String prefix) {
                    return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
                }

                @Override
                public String getPrefix(String uri) {
                    return null;
                }

                @Override
                public java.util.Iterator<String> getPrefixes(String uri) {
                    return null;
                }
            });
            return xpath;
        }
    }
}
