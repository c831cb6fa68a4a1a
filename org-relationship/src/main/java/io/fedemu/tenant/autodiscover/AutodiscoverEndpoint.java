package io.fedemu.tenant.autodiscover;

import io.fedemu.protocol.autodiscover.Autodiscover;
import io.fedemu.protocol.autodiscover.DomainCollection;
import io.fedemu.protocol.autodiscover.ErrorCode;
import io.fedemu.protocol.autodiscover.ExchangeVersion;
import io.fedemu.protocol.autodiscover.GetFederationInformationRequestMessage;
import io.fedemu.protocol.autodiscover.GetFederationInformationResponse;
import io.fedemu.protocol.autodiscover.GetFederationInformationResponseMessage;
import io.fedemu.protocol.autodiscover.GetUserSettingsRequestMessage;
import io.fedemu.protocol.autodiscover.GetUserSettingsResponseMessage;
import io.fedemu.protocol.autodiscover.ServerVersionInfo;
import io.fedemu.protocol.autodiscover.TokenIssuerCollection;
import io.fedemu.protocol.federation.FederationInformation;
import io.fedemu.protocol.federation.TokenIssuer;
import io.fedemu.runtime.transport.RoleServer;
import io.fedemu.tenant.ews.BasicAuthentication;
import io.fedemu.tenant.ews.DelegationTokenAuthentication;
import io.fedemu.tenant.ews.RequestSizeLimit;
import io.fedemu.tenant.ews.SchemaValidationFault;
import jakarta.jws.WebService;
import jakarta.xml.ws.Holder;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.cxf.ws.addressing.WSAddressingFeature;

/**
 * /autodiscover/autodiscover.svc (PROTOCOL.md sections 5 and 14). GetFederationInformation is anonymous and
 * answers only for the organization's federated domains; GetUserSettings answers an authenticated caller (a user
 * by HTTP Basic, a partner by its delegation token at /WSSecurity) from a {@link UserSettingsSource}. Every problem is an Autodiscover ErrorCode in the response body, at
 * request, user or setting level, as Exchange answers; only unreadable XML is a SOAP fault.
 */
@WebService(
        endpointInterface = "io.fedemu.protocol.autodiscover.Autodiscover",
        serviceName = "AutodiscoverService",
        portName = "DefaultBinding_Autodiscover",
        targetNamespace = "http://schemas.microsoft.com/exchange/2010/Autodiscover",
        wsdlLocation = "classpath:wsdl/autodiscover/autodiscover.wsdl")
public final class AutodiscoverEndpoint implements Autodiscover {
    public static final String PATH = "/autodiscover/autodiscover.svc";
    /**
     * The largest request body read (fedemu choice): GetFederationInformation names one domain and GetUserSettings
     * at most 100 users, a few kilobytes; anyone may call, so a larger body is refused before it is parsed.
     */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    /**
     * The EWS endpoint's hostile-XML limits (Tenant.XML_LIMITS), for an endpoint anyone may call. CXF's
     * parser already refuses DTDs and external entities; these bound what a well-formed document may hold.
     */
    public static final Map<String, Object> XML_LIMITS = Map.of(
            "org.apache.cxf.stax.maxElementDepth",
            64,
            "org.apache.cxf.stax.maxChildElements",
            5_000,
            "org.apache.cxf.stax.maxAttributeCount",
            50,
            "org.apache.cxf.stax.maxAttributeSize",
            16 * 1024,
            "org.apache.cxf.stax.maxTextLength",
            64 * 1024,
            "org.apache.cxf.stax.maxElementCount",
            100_000L);

    private final Supplier<FederationInformation> federation;
    private final UserSettingsAnswers users;
    private final String serverVersion;

    /**
     * @param federation read on every call, so a trust or domain change shows at once; null means the
     *                   organization is not federated
     * @param serverVersion the tenant's Exchange version (e.g. "Exchange2013") for ServerVersionInfo
     */
    public AutodiscoverEndpoint(
            Supplier<FederationInformation> federation, UserSettingsSource users, String serverVersion) {
        this.federation = Objects.requireNonNull(federation, "federation");
        this.users = new UserSettingsAnswers(Objects.requireNonNull(users, "users"));
        this.serverVersion = Objects.requireNonNull(serverVersion, "serverVersion");
    }

    /**
     * Serves {@code endpoint} at {@link #PATH} on {@code server}: WS-Addressing understood but not required
     * (real clients send wsa:Action and wsa:To with mustUnderstand="1"), hostile-XML limits on, and a body over
     * {@link #MAX_BODY_BYTES} refused with the EWS fault ErrorRequestStreamTooBig (reason REQUEST_TOO_BIG) before
     * any parser sees it. Nobody can sign in here, so GetUserSettings answers 401 to everyone.
     */
    public static RoleServer publish(RoleServer server, AutodiscoverEndpoint endpoint) {
        return publish(server, endpoint, null, null);
    }

    /**
     * The same, with {@code users} (optional Basic) in front: a signed-in user of the organization is told the
     * URLs of the server holding the mailbox; GetUserSettings without a signed-in user answers 401.
     */
    public static RoleServer publish(RoleServer server, AutodiscoverEndpoint endpoint, BasicAuthentication users) {
        return publish(server, endpoint, users, null);
    }

    /**
     * The same, with {@code partners} checking a partner's delegation token for MSExchange.Autodiscover at
     * {@code PATH/WSSecurity} (Jetty hands that path to the endpoint published at its stem), as EWS /WSSecurity
     * checks its token: a token-authenticated partner is told the namespace (PROTOCOL.md section 14).
     */
    public static RoleServer publish(
            RoleServer server,
            AutodiscoverEndpoint endpoint,
            BasicAuthentication users,
            DelegationTokenAuthentication partners) {
        return server.publishSoap(PATH, endpoint, factory -> {
            if (users != null) {
                factory.getInInterceptors().add(users);
            }
            factory.getInInterceptors().add(new RequestSizeLimit(MAX_BODY_BYTES));
            if (partners != null) {
                factory.getInInterceptors().add(partners);
            }
            factory.getInInterceptors().add(new AuthenticatedUserSettings("autodiscover"));
            // What JAXB cannot read answers the EWS ErrorSchemaValidation fault, as the size limit answers EWS's
            // (fedemu choice; Exchange's WCF service answers its own deserialization fault), never CXF's text.
            factory.getOutFaultInterceptors().add(new SchemaValidationFault());
            factory.getFeatures().add(new WSAddressingFeature());
            factory.getInInterceptors().add(new MissingMessageId());
            factory.setProperties(new HashMap<>(XML_LIMITS));
        });
    }

    @Override
    public void getFederationInformation(
            GetFederationInformationRequestMessage request,
            ExchangeVersion requestedServerVersion,
            Holder<GetFederationInformationResponseMessage> response,
            Holder<ServerVersionInfo> serverVersionInfo) {
        serverVersionInfo.value = AutodiscoverVersions.of(serverVersion);
        String domain = request == null || request.getRequest() == null
                ? null
                : request.getRequest().getDomain();
        GetFederationInformationResponseMessage message = new GetFederationInformationResponseMessage();
        message.setResponse(federationAnswer(domain == null ? "" : domain.trim()));
        response.value = message;
    }

    private GetFederationInformationResponse federationAnswer(String domain) {
        if (domain.isEmpty()) {
            return federationError(ErrorCode.INVALID_REQUEST, "The request names no domain.");
        }
        FederationInformation info = federation.get();
        if (info == null) {
            return federationError(
                    ErrorCode.NOT_FEDERATED, "The organization that owns " + domain + " is not federated.");
        }
        if (info.domains().stream().noneMatch(domain::equalsIgnoreCase)) {
            return federationError(
                    ErrorCode.INVALID_DOMAIN,
                    "The domain " + domain + " is not a federated domain of this organization.");
        }
        GetFederationInformationResponse answer = new GetFederationInformationResponse();
        answer.setErrorCode(ErrorCode.NO_ERROR);
        answer.setErrorMessage("");
        answer.setApplicationUri(info.applicationUri());
        DomainCollection domains = new DomainCollection();
        domains.getDomain().addAll(info.domains());
        answer.setDomains(domains);
        TokenIssuerCollection issuers = new TokenIssuerCollection();
        for (TokenIssuer issuer : info.tokenIssuers()) {
            io.fedemu.protocol.autodiscover.TokenIssuer wire = new io.fedemu.protocol.autodiscover.TokenIssuer();
            wire.setEndpoint(issuer.endpoint().toString());
            wire.setUri(issuer.uri());
            issuers.getTokenIssuer().add(wire);
        }
        answer.setTokenIssuers(issuers);
        return answer;
    }

    private static GetFederationInformationResponse federationError(ErrorCode code, String message) {
        GetFederationInformationResponse answer = new GetFederationInformationResponse();
        answer.setErrorCode(code);
        answer.setErrorMessage(message);
        return answer;
    }

    @Override
    public void getUserSettings(
            GetUserSettingsRequestMessage request,
            ExchangeVersion requestedServerVersion,
            Holder<GetUserSettingsResponseMessage> response,
            Holder<ServerVersionInfo> serverVersionInfo) {
        serverVersionInfo.value = AutodiscoverVersions.of(serverVersion);
        GetUserSettingsResponseMessage message = new GetUserSettingsResponseMessage();
        org.apache.cxf.message.Message current = org.apache.cxf.phase.PhaseInterceptorChain.getCurrentMessage();
        Optional<String> signedIn =
                Optional.ofNullable(current == null ? null : BasicAuthentication.requester(current));
        message.setResponse(users.answer(request == null ? null : request.getRequest(), signedIn));
        response.value = message;
    }
}
