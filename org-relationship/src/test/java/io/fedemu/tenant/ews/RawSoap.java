package io.fedemu.tenant.ews;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

/** SOAP as bytes on the wire, for what a library client would never send and for asserting exact XML. */
final class RawSoap {
    static final Map<String, String> NAMESPACES = Map.of(
            "soap", "http://schemas.xmlsoap.org/soap/envelope/",
            "m", "http://schemas.microsoft.com/exchange/services/2006/messages",
            "t", "http://schemas.microsoft.com/exchange/services/2006/types",
            "e", "http://schemas.microsoft.com/exchange/services/2006/errors",
            "f", io.fedemu.client.availability.AvailabilityClient.FEDEMU_NS);

    private final HttpClient http;
    private final URI endpoint;

    RawSoap(SSLContext tls, URI endpoint) {
        this.http = HttpClient.newBuilder()
                .sslContext(tls)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.endpoint = endpoint;
    }

    record Reply(int status, String contentType, String body, HttpResponse<String> response) {
        Document xml() throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }

        String xpath(String expression) throws Exception {
            return xpath().evaluate(expression, xml());
        }

        /** The element at {@code expression}, or null. */
        org.w3c.dom.Element element(String expression) throws Exception {
            return (org.w3c.dom.Element) xpath().evaluate(expression, xml(), javax.xml.xpath.XPathConstants.NODE);
        }

        private static XPath xpath() {
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

    Reply post(String user, String password, String envelope) throws Exception {
        return post(user, password, envelope.getBytes(StandardCharsets.UTF_8));
    }

    Reply post(String user, String password, byte[] envelope) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "text/xml; charset=utf-8")
                .timeout(java.time.Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(envelope));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body(),
                response);
    }

    /** A GetUserAvailability envelope; {@code header} and {@code timeZone} are inserted as given. */
    static String envelope(
            String header, String timeZone, String mailboxes, String start, String end, int interval, String view) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"
                            xmlns:x="http://schemas.microsoft.com/exchange/services/2006/types"
                            xmlns:y="http://schemas.microsoft.com/exchange/services/2006/messages">
                  <s:Header>
                    <x:RequestServerVersion Version="Exchange2013"/>
                    %s
                  </s:Header>
                  <s:Body>
                    <y:GetUserAvailabilityRequest>
                      %s
                      <y:MailboxDataArray>%s</y:MailboxDataArray>
                      <x:FreeBusyViewOptions>
                        <x:TimeWindow><x:StartTime>%s</x:StartTime><x:EndTime>%s</x:EndTime></x:TimeWindow>
                        <x:MergedFreeBusyIntervalInMinutes>%d</x:MergedFreeBusyIntervalInMinutes>
                        <x:RequestedView>%s</x:RequestedView>
                      </x:FreeBusyViewOptions>
                    </y:GetUserAvailabilityRequest>
                  </s:Body>
                </s:Envelope>
                """.formatted(header, timeZone, mailboxes, start, end, interval, view);
    }

    static String mailbox(String address) {
        return "<x:MailboxData><x:Email><x:Address>" + address + "</x:Address></x:Email>"
                + "<x:AttendeeType>Required</x:AttendeeType></x:MailboxData>";
    }

    static final String UTC_ZONE = "<x:TimeZone><x:Bias>0</x:Bias>"
            + "<x:StandardTime><x:Bias>0</x:Bias><x:Time>02:00:00</x:Time><x:DayOrder>5</x:DayOrder>"
            + "<x:Month>10</x:Month><x:DayOfWeek>Sunday</x:DayOfWeek></x:StandardTime>"
            + "<x:DaylightTime><x:Bias>0</x:Bias><x:Time>01:00:00</x:Time><x:DayOrder>5</x:DayOrder>"
            + "<x:Month>3</x:Month><x:DayOfWeek>Sunday</x:DayOfWeek></x:DaylightTime></x:TimeZone>";
}
