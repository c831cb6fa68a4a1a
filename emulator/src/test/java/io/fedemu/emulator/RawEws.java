package io.fedemu.emulator;

import io.fedemu.tenant.ews.SchemaValidation;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * EWS as raw SOAP 1.1, for what a test pins on the wire: element order, response codes, faults. Every answer's body
 * element is checked against the project's copy of Microsoft's schema before a test sees it.
 */
final class RawEws {
    static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String M = "http://schemas.microsoft.com/exchange/services/2006/messages";
    static final String T = "http://schemas.microsoft.com/exchange/services/2006/types";

    private final SSLContext tls;
    private final URI ews;
    private final String user;
    private final String password;

    RawEws(SSLContext tls, URI ews, String user, String password) {
        this.tls = tls;
        this.ews = ews;
        this.user = user;
        this.password = password;
    }

    /** The HTTP status and the SOAP body's element. */
    record Answer(int status, Element body) {
        /** The first descendant named {@code local} in namespace {@code ns}. */
        Element find(String ns, String local) {
            return all(ns, local).stream()
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no " + local + " in " + body.getLocalName()));
        }

        List<Element> all(String ns, String local) {
            List<Element> found = new ArrayList<>();
            var nodes = body.getElementsByTagNameNS(ns, local);
            for (int i = 0; i < nodes.getLength(); i++) {
                found.add((Element) nodes.item(i));
            }
            return found;
        }

        /** A fault's faultcode, as written ("a:ErrorInvalidRequest"). */
        String faultCode() {
            return text(body, "faultcode");
        }

        /** The reason a fault's detail names (f:Reason), if any. */
        Optional<String> faultReason() {
            var nodes = body.getElementsByTagNameNS("*", "Reason");
            return nodes.getLength() == 0
                    ? Optional.empty()
                    : Optional.of(nodes.item(0).getTextContent());
        }
    }

    /** Posts {@code operation} (the body's element, prefix m: and t: bound) at RequestServerVersion {@code version}. */
    Answer send(String version, String operation) throws Exception {
        String envelope = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<soap:Envelope xmlns:soap=\"" + SOAP + "\" xmlns:m=\"" + M + "\" xmlns:t=\"" + T + "\">"
                + "<soap:Header>"
                + (version == null ? "" : "<t:RequestServerVersion Version=\"" + version + "\"/>")
                + "</soap:Header><soap:Body>" + operation + "</soap:Body></soap:Envelope>";
        HttpResponse<byte[]> response = HttpClient.newBuilder()
                .sslContext(tls)
                .build()
                .send(
                        HttpRequest.newBuilder(ews)
                                .header("Content-Type", "text/xml; charset=utf-8")
                                .header("Authorization", basic(user, password))
                                .POST(HttpRequest.BodyPublishers.ofString(envelope))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        DocumentBuilderFactory documents = DocumentBuilderFactory.newInstance();
        documents.setNamespaceAware(true);
        Document document = documents.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
        Element body = (Element) document.getElementsByTagNameNS(SOAP, "Body").item(0);
        Element answer = firstElement(body);
        if (!SOAP.equals(answer.getNamespaceURI())) {
            SchemaValidation.ews().newValidator().validate(new DOMSource(answer));
        }
        return new Answer(response.statusCode(), answer);
    }

    /** The local names of an element's child elements, in order. */
    static List<String> children(Element element) {
        List<String> names = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }

    /** The reason a ResponseMessage names in its MessageXml (t:Value Name="fedemu.reason"). */
    static String reason(Element responseMessage) {
        var values = responseMessage.getElementsByTagNameNS(T, "Value");
        for (int i = 0; i < values.getLength(); i++) {
            Element value = (Element) values.item(i);
            if ("fedemu.reason".equals(value.getAttribute("Name"))) {
                return value.getTextContent();
            }
        }
        return null;
    }

    static String text(Element parent, String local) {
        var nodes = parent.getElementsByTagNameNS("*", local);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    private static Element firstElement(Element parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                return e;
            }
        }
        throw new AssertionError("the SOAP body is empty");
    }

    /** An HTTP Basic Authorization header value, as every EWS client sends it. */
    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
