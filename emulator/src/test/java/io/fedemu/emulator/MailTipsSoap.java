package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.tenant.ews.SchemaValidation;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** GetMailTips as raw SOAP, the way Outlook sends it; the answer read as XML, element by element. */
final class MailTipsSoap {
    static final String M = "http://schemas.microsoft.com/exchange/services/2006/messages";
    static final String T = "http://schemas.microsoft.com/exchange/services/2006/types";

    private MailTipsSoap() {}

    /** The GetMailTips body for these recipients, asking {@code tips} (All, or a space-separated list). */
    static String getMailTips(String sender, String tips, String... recipients) {
        StringBuilder mailboxes = new StringBuilder();
        for (String recipient : recipients) {
            mailboxes
                    .append("<t:Mailbox><t:EmailAddress>")
                    .append(recipient)
                    .append("</t:EmailAddress><t:RoutingType>SMTP</t:RoutingType></t:Mailbox>");
        }
        return envelope("<m:GetMailTips><m:SendingAs><t:EmailAddress>" + sender
                + "</t:EmailAddress><t:RoutingType>SMTP</t:RoutingType></m:SendingAs><m:Recipients>" + mailboxes
                + "</m:Recipients><m:MailTipsRequested>" + tips + "</m:MailTipsRequested></m:GetMailTips>");
    }

    static String envelope(String body) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:m=\"" + M
                + "\" xmlns:t=\"" + T + "\"><soap:Header><t:RequestServerVersion Version=\"Exchange2013\"/>"
                + "</soap:Header><soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }

    /** The HTTP answer of a signed-in user's request. */
    static HttpResponse<String> post(SSLContext tls, URI ews, String user, String password, String envelope)
            throws Exception {
        return HttpClient.newBuilder()
                .sslContext(tls)
                .build()
                .send(
                        HttpRequest.newBuilder(ews)
                                .header("Authorization", RawEws.basic(user, password))
                                .header("Content-Type", "text/xml; charset=utf-8")
                                .POST(HttpRequest.BodyPublishers.ofString(envelope))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** The body's first element, checked against the project's copy of Microsoft's schema. */
    static Element validBody(HttpResponse<String> answer) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
        Element body = child(document.getDocumentElement(), "Body");
        Element first = children(body).get(0);
        if (!"Fault".equals(first.getLocalName())) {
            SchemaValidation.ews().newValidator().validate(new DOMSource(first));
        }
        return first;
    }

    /** Each recipient's MailTipsResponseMessageType, in answer order. */
    static List<Element> recipients(Element response) {
        assertThat(response.getLocalName()).isEqualTo("GetMailTipsResponse");
        return children(child(response, "ResponseMessages"));
    }

    /** The local names of an element's children, in document order. */
    static List<String> names(Element element) {
        return children(element).stream().map(Node::getLocalName).toList();
    }

    static Element child(Element parent, String localName) {
        return children(parent).stream()
                .filter(e -> localName.equals(e.getLocalName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(parent.getLocalName() + " has no " + localName));
    }

    static String text(Element parent, String localName) {
        return child(parent, localName).getTextContent();
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    /** The fedemu.reason of a failed answer's MessageXml. */
    static String reason(Element message) {
        return children(child(message, "MessageXml")).stream()
                .filter(e -> "fedemu.reason".equals(e.getAttribute("Name")))
                .map(Node::getTextContent)
                .findFirst()
                .orElse(null);
    }
}
