package io.fedemu.client.availability;

import io.fedemu.client.http.BoundedAnswer;
import io.fedemu.client.http.UnreachableException;
import io.fedemu.protocol.ews.messages.ExchangeServicePortType;
import io.fedemu.protocol.ews.messages.GetMailTipsResponseMessageType;
import io.fedemu.protocol.ews.messages.GetMailTipsType;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityResponseType;
import io.fedemu.protocol.ews.types.ExchangeVersionType;
import io.fedemu.protocol.ews.types.RequestServerVersion;
import io.fedemu.protocol.ews.types.ServerVersionInfo;
import io.fedemu.protocol.ews.types.TimeZoneContextType;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Holder;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.cxf.Bus;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.headers.Header;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * GetUserAvailability over CXF with the protocol module's generated contract: HTTP Basic for a local
 * user, or a delegation token in {@code wsse:Security} for a partner's /WSSecurity endpoint
 * (PROTOCOL.md section 3). One instance per endpoint; thread-safe (the request context is per thread).
 */
public final class AvailabilityClient {
    public static final String WSSE =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    public static final String JWT_VALUE_TYPE = "urn:ietf:params:oauth:token-type:jwt";
    public static final String REQUEST_ID_HEADER = "X-Fedemu-Request-Id";
    /** Where a fedemu server names the failed trust check inside a fault's detail. */
    public static final String FEDEMU_NS = "urn:fedemu:trust";

    private final ExchangeServicePortType port;
    private final URI endpoint;

    /** The answer and the server's version header. */
    public record Reply(GetUserAvailabilityResponseType response, ServerVersionInfo serverVersion) {}

    public AvailabilityClient(Bus bus, URI endpoint, SSLContext tls, Duration timeout) {
        this(bus, endpoint, tls, timeout, false);
    }

    /**
     * @param pooled true: CXF calls over the JDK's HttpClient, whose pool keeps every connection alive, rather than
     *     over HttpsURLConnection, which keeps at most five idle connections per endpoint ({@code http.maxConnections}):
     *     past five calls at once, each further one closes its connection after the answer and a later call pays a
     *     new TLS handshake. For a hop many threads call at once, as a Client Access server's to a Mailbox server.
     */
    public AvailabilityClient(Bus bus, URI endpoint, SSLContext tls, Duration timeout, boolean pooled) {
        this.endpoint = endpoint;
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(ExchangeServicePortType.class);
        factory.setAddress(endpoint.toString());
        this.port = (ExchangeServicePortType) factory.create();
        Client client = ClientProxy.getClient(port);
        client.getRequestContext().put("thread.local.request.context", "true");
        HTTPConduit conduit = (HTTPConduit) client.getConduit();
        if (tls != null) {
            TLSClientParameters parameters = new TLSClientParameters();
            if (pooled) {
                parameters.setSslContext(tls); // a socket factory would make CXF fall back to HttpsURLConnection
            } else {
                parameters.setSSLSocketFactory(tls.getSocketFactory());
            }
            conduit.setTlsClientParameters(parameters);
        }
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(timeout.toMillis());
        policy.setReceiveTimeout(timeout.toMillis());
        policy.setAllowChunking(false);
        policy.setAutoRedirect(false);
        conduit.setClient(policy);
        client.getInInterceptors().add(new BoundedAnswer(BoundedAnswer.DEFAULT_MAX_BYTES));
        client.getInFaultInterceptors().add(new BoundedAnswer(BoundedAnswer.DEFAULT_MAX_BYTES));
    }

    public URI endpoint() {
        return endpoint;
    }

    public Reply getUserAvailability(
            GetUserAvailabilityRequestType request,
            TimeZoneContextType timeZoneContext,
            EwsCredentials credentials,
            String requestId) {
        return getUserAvailability(request, timeZoneContext, credentials, requestId, ExchangeVersionType.EXCHANGE_2013);
    }

    /**
     * The same at an older {@code RequestServerVersion}: an Exchange 2007 server proxying its user's request asks
     * at Exchange2007_SP1, the newest schema it knows.
     */
    public Reply getUserAvailability(
            GetUserAvailabilityRequestType request,
            TimeZoneContextType timeZoneContext,
            EwsCredentials credentials,
            String requestId,
            ExchangeVersionType requestVersion) {
        prepare(credentials, requestId);
        RequestServerVersion version = new RequestServerVersion();
        version.setVersion(requestVersion);
        Holder<GetUserAvailabilityResponseType> response = new Holder<>();
        Holder<ServerVersionInfo> serverVersion = new Holder<>();
        call(() -> port.getUserAvailability(request, version, timeZoneContext, response, serverVersion));
        return new Reply(response.value, serverVersion.value);
    }

    /** GetMailTips at Exchange2013 (PROTOCOL.md section 15): the recipients' answers and the server's version. */
    public MailTipsReply getMailTips(GetMailTipsType request, EwsCredentials credentials, String requestId) {
        prepare(credentials, requestId);
        RequestServerVersion version = new RequestServerVersion();
        version.setVersion(ExchangeVersionType.EXCHANGE_2013);
        Holder<GetMailTipsResponseMessageType> response = new Holder<>();
        Holder<ServerVersionInfo> serverVersion = new Holder<>();
        call(() -> port.getMailTips(request, version, null, response, serverVersion));
        return new MailTipsReply(response.value, serverVersion.value);
    }

    /** A GetMailTips answer and the server's version header. */
    public record MailTipsReply(GetMailTipsResponseMessageType response, ServerVersionInfo serverVersion) {}

    // --- issue 15: delivery reports (PROTOCOL.md section 19). ---

    /**
     * FindMessageTrackingReport at Exchange2013. {@code adminToken} non-null sends the administrator's credential
     * (fedemu's -BypassDelegateChecking, header {@code X-Fedemu-Admin-Token}).
     */
    public io.fedemu.protocol.ews.messages.FindMessageTrackingReportResponseMessageType findMessageTrackingReport(
            io.fedemu.protocol.ews.messages.FindMessageTrackingReportRequestType request,
            EwsCredentials credentials,
            String requestId,
            String adminToken) {
        prepare(credentials, requestId, adminToken);
        Holder<io.fedemu.protocol.ews.messages.FindMessageTrackingReportResponseMessageType> response = new Holder<>();
        call(() -> port.findMessageTrackingReport(request, exchange2013(), response, new Holder<>()));
        return response.value;
    }

    /** GetMessageTrackingReport at Exchange2013; {@code adminToken} as for FindMessageTrackingReport. */
    public io.fedemu.protocol.ews.messages.GetMessageTrackingReportResponseMessageType getMessageTrackingReport(
            io.fedemu.protocol.ews.messages.GetMessageTrackingReportRequestType request,
            EwsCredentials credentials,
            String requestId,
            String adminToken) {
        prepare(credentials, requestId, adminToken);
        Holder<io.fedemu.protocol.ews.messages.GetMessageTrackingReportResponseMessageType> response = new Holder<>();
        call(() -> port.getMessageTrackingReport(request, exchange2013(), response, new Holder<>()));
        return response.value;
    }

    private static RequestServerVersion exchange2013() {
        RequestServerVersion version = new RequestServerVersion();
        version.setVersion(ExchangeVersionType.EXCHANGE_2013);
        return version;
    }

    private void prepare(EwsCredentials credentials, String requestId, String adminToken) {
        prepare(credentials, requestId);
        if (adminToken != null) {
            @SuppressWarnings("unchecked")
            Map<String, List<String>> headers = (Map<String, List<String>>)
                    ((BindingProvider) port).getRequestContext().get(MessageContext.HTTP_REQUEST_HEADERS);
            headers.put("X-Fedemu-Admin-Token", List.of(adminToken));
        }
    }

    /** Credentials and the request id on this thread's request context. */
    private void prepare(EwsCredentials credentials, String requestId) {
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        Map<String, List<String>> httpHeaders = new HashMap<>();
        if (requestId != null) {
            httpHeaders.put(REQUEST_ID_HEADER, List.of(requestId));
        }
        List<Header> soapHeaders = new ArrayList<>();
        if (credentials instanceof EwsCredentials.Basic basic) {
            context.put(BindingProvider.USERNAME_PROPERTY, basic.user());
            context.put(BindingProvider.PASSWORD_PROPERTY, basic.password());
            // Send credentials up front rather than waiting for the 401 challenge.
            httpHeaders.put(
                    "Authorization",
                    List.of("Basic "
                            + java.util.Base64.getEncoder()
                                    .encodeToString((basic.user() + ":" + basic.password())
                                            .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        } else if (credentials instanceof EwsCredentials.BackEnd backEnd) {
            context.remove(BindingProvider.USERNAME_PROPERTY);
            context.remove(BindingProvider.PASSWORD_PROPERTY);
            httpHeaders.put("Authorization", List.of("Bearer " + backEnd.serverSecret()));
            httpHeaders.put(EwsCredentials.BackEnd.COMMON_ACCESS_TOKEN_HEADER, List.of(backEnd.commonAccessToken()));
        } else if (credentials instanceof EwsCredentials.DelegationToken token) {
            context.remove(BindingProvider.USERNAME_PROPERTY);
            context.remove(BindingProvider.PASSWORD_PROPERTY);
            soapHeaders.add(securityHeader(token.token()));
        }
        context.put(MessageContext.HTTP_REQUEST_HEADERS, httpHeaders);
        context.put(Header.HEADER_LIST, soapHeaders);
    }

    /** A fault becomes an EwsFaultException; anything else that stops the call, an UnreachableException. */
    private void call(Runnable operation) {
        try {
            operation.run();
        } catch (SOAPFaultException e) {
            throw fault(e);
        } catch (WebServiceException e) {
            if (e.getCause() instanceof org.apache.cxf.binding.soap.SoapFault soapFault) {
                throw fault(soapFault);
            }
            throw new UnreachableException(endpoint, e.getCause() != null ? e.getCause() : e);
        }
    }

    /**
     * {@code <wsse:Security mustUnderstand="1"><wsse:BinarySecurityToken ValueType="...jwt">token</...>}: how a
     * delegation token travels to any /WSSecurity endpoint, EWS's or Autodiscover's.
     */
    public static Header securityHeader(String token) {
        Document document = DOCUMENTS.get().newDocument();
        Element security = document.createElementNS(WSSE, "wsse:Security");
        Element binary = document.createElementNS(WSSE, "wsse:BinarySecurityToken");
        binary.setAttribute("ValueType", JWT_VALUE_TYPE);
        binary.setTextContent(token);
        security.appendChild(binary);
        org.apache.cxf.binding.soap.SoapHeader header =
                new org.apache.cxf.binding.soap.SoapHeader(new QName(WSSE, "Security"), security);
        header.setMustUnderstand(true);
        return header;
    }

    /**
     * A document builder per thread: looking up the JDK's factory took more than building the header itself, once
     * per federated request. A builder is not thread-safe, so each calling thread keeps its own.
     */
    private static final ThreadLocal<DocumentBuilder> DOCUMENTS = ThreadLocal.withInitial(() -> {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    });

    /** The SOAP fault a call ended with, read as this client reads it; null when the call ended otherwise. */
    public static EwsFaultException faultOf(WebServiceException e) {
        if (e instanceof SOAPFaultException soap) {
            return fault(soap);
        }
        return e.getCause() instanceof org.apache.cxf.binding.soap.SoapFault soapFault ? fault(soapFault) : null;
    }

    private static EwsFaultException fault(org.apache.cxf.binding.soap.SoapFault fault) {
        return fromDetail(
                fault.getFaultCode() == null ? "Fault" : fault.getFaultCode().getLocalPart(),
                fault.getMessage(),
                fault.getDetail());
    }

    private static EwsFaultException fromDetail(String faultCode, String message, Node detail) {
        String code = faultCode;
        String reason = null;
        if (detail != null) {
            for (Node node = detail.getFirstChild(); node != null; node = node.getNextSibling()) {
                if ("ResponseCode".equals(node.getLocalName())) {
                    code = node.getTextContent().trim();
                }
                if (AvailabilityClient.FEDEMU_NS.equals(node.getNamespaceURI())
                        && "Reason".equals(node.getLocalName())) {
                    reason = node.getTextContent().trim();
                }
            }
        }
        return new EwsFaultException(code, message, reason);
    }

    private static EwsFaultException fault(SOAPFaultException e) {
        var fault = e.getFault();
        return fromDetail(
                fault.getFaultCodeAsQName() == null
                        ? "Fault"
                        : fault.getFaultCodeAsQName().getLocalPart(),
                fault.getFaultString(),
                fault.getDetail());
    }
}
