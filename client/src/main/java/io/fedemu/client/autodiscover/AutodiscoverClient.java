package io.fedemu.client.autodiscover;

import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.client.availability.EwsFaultException;
import io.fedemu.client.http.BoundedAnswer;
import io.fedemu.client.http.UnreachableException;
import io.fedemu.protocol.autodiscover.Autodiscover;
import io.fedemu.protocol.autodiscover.AutodiscoverResponse;
import io.fedemu.protocol.autodiscover.AutodiscoverService;
import io.fedemu.protocol.autodiscover.ErrorCode;
import io.fedemu.protocol.autodiscover.ExchangeVersion;
import io.fedemu.protocol.autodiscover.GetFederationInformationRequest;
import io.fedemu.protocol.autodiscover.GetFederationInformationRequestMessage;
import io.fedemu.protocol.autodiscover.GetFederationInformationResponse;
import io.fedemu.protocol.autodiscover.GetFederationInformationResponseMessage;
import io.fedemu.protocol.autodiscover.GetUserSettingsRequest;
import io.fedemu.protocol.autodiscover.GetUserSettingsRequestMessage;
import io.fedemu.protocol.autodiscover.GetUserSettingsResponse;
import io.fedemu.protocol.autodiscover.GetUserSettingsResponseMessage;
import io.fedemu.protocol.autodiscover.RequestedSettingCollection;
import io.fedemu.protocol.autodiscover.ServerVersionInfo;
import io.fedemu.protocol.autodiscover.StringSetting;
import io.fedemu.protocol.autodiscover.User;
import io.fedemu.protocol.autodiscover.UserCollection;
import io.fedemu.protocol.autodiscover.UserResponse;
import io.fedemu.protocol.autodiscover.UserSetting;
import io.fedemu.protocol.autodiscover.UserSettingError;
import io.fedemu.protocol.federation.FederationInformation;
import io.fedemu.protocol.federation.TokenIssuer;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Holder;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.soap.AddressingFeature;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.headers.Header;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

/**
 * Calls one SOAP Autodiscover endpoint ({@code https://host/autodiscover/autodiscover.svc}) the way
 * Exchange's clients do: WS-Addressing headers (wsa:Action, wsa:To) and RequestedServerVersion. It trusts
 * what {@code tls} trusts, follows no redirect and gives up after a few seconds. Answers are typed; an
 * Autodiscover error becomes an {@link AutodiscoverException}, an endpoint that does not answer an
 * {@link UnreachableException}.
 */
public final class AutodiscoverClient {
    private static final long CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final long RECEIVE_TIMEOUT_MILLIS = 10_000;

    private final URI url;
    private final Autodiscover port;

    /** On the thread's default CXF bus. @param tls trust for an https URL; may be null for plain http */
    public AutodiscoverClient(URI autodiscoverUrl, SSLContext tls) {
        this(autodiscoverUrl, tls, BusFactory.getThreadDefaultBus());
    }

    /**
     * On {@code bus}: a role that owns one (RoleServer.bus()) keeps its outbound calls on it, so they never
     * ride on another role's bus that may be shut down first.
     */
    public AutodiscoverClient(URI autodiscoverUrl, SSLContext tls, Bus bus) {
        this.url = autodiscoverUrl;
        this.port = createPort(bus);
        ((BindingProvider) port).getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, url.toString());
        // Headers are set per call (credentials, request id), and partner calls share one client across threads.
        ((BindingProvider) port).getRequestContext().put("thread.local.request.context", "true");
        HTTPConduit conduit = (HTTPConduit) ClientProxy.getClient(port).getConduit();
        if (tls != null) {
            TLSClientParameters parameters = new TLSClientParameters();
            parameters.setSslContext(tls);
            conduit.setTlsClientParameters(parameters);
        }
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
        policy.setReceiveTimeout(RECEIVE_TIMEOUT_MILLIS);
        policy.setAutoRedirect(false);
        conduit.setClient(policy);
        ClientProxy.getClient(port).getInInterceptors().add(new BoundedAnswer(BoundedAnswer.DEFAULT_MAX_BYTES));
        ClientProxy.getClient(port).getInFaultInterceptors().add(new BoundedAnswer(BoundedAnswer.DEFAULT_MAX_BYTES));
    }

    private static Autodiscover createPort(Bus bus) {
        // JAX-WS builds the service on the thread's default bus: lend it ours for the construction only.
        Bus previous = BusFactory.getThreadDefaultBus(false);
        BusFactory.setThreadDefaultBus(bus);
        try {
            // Exchange answers with wsa:Action mustUnderstand="1": the client has to understand WS-Addressing.
            return new AutodiscoverService().getDefaultBindingAutodiscover(new AddressingFeature(true, false));
        } finally {
            BusFactory.setThreadDefaultBus(previous);
        }
    }

    public URI url() {
        return url;
    }

    /** The organization's federation information, asked for one of its domains. */
    public FederationInformation getFederationInformation(String domain) {
        authenticate(null, null);
        GetFederationInformationRequest request = new GetFederationInformationRequest();
        request.setDomain(domain);
        GetFederationInformationRequestMessage message = new GetFederationInformationRequestMessage();
        message.setRequest(request);
        Holder<GetFederationInformationResponseMessage> response = new Holder<>();
        call(() -> {
            port.getFederationInformation(message, ExchangeVersion.EXCHANGE_2010, response, new Holder<>());
            return null;
        });
        GetFederationInformationResponse answer = response.value == null ? null : response.value.getResponse();
        failOnError(answer, null);
        List<TokenIssuer> issuers = new ArrayList<>();
        if (answer.getTokenIssuers() != null) {
            for (io.fedemu.protocol.autodiscover.TokenIssuer issuer :
                    answer.getTokenIssuers().getTokenIssuer()) {
                issuers.add(new TokenIssuer(issuer.getUri(), endpoint(issuer.getEndpoint())));
            }
        }
        return new FederationInformation(
                answer.getApplicationUri() == null ? "" : answer.getApplicationUri(),
                answer.getDomains() == null ? List.of() : answer.getDomains().getDomain(),
                issuers);
    }

    /** The requested settings the server returned for {@code mailbox}; settings it could not return are left out. */
    public Map<String, String> getUserSettings(String mailbox, List<String> settings) {
        return userSettings(mailbox, settings).values();
    }

    /** The whole answer for one user, including the settings the server could not return and why. */
    public UserSettings userSettings(String mailbox, List<String> settings) {
        return userSettings(mailbox, settings, null, null);
    }

    /**
     * The same as a caller Exchange answers GetUserSettings to (PROTOCOL.md section 14): a user by HTTP Basic
     * ({@link EwsCredentials.Basic}, sent up front), or a partner organization by its delegation token for
     * MSExchange.Autodiscover ({@link EwsCredentials.DelegationToken}, for this client's URL ending in /WSSecurity).
     * A refused token is an {@link EwsFaultException} naming the failed check.
     *
     * @param requestId sent as X-Fedemu-Request-Id so the partner's journal files its steps under the request
     */
    public UserSettings userSettings(
            String mailbox, List<String> settings, EwsCredentials credentials, String requestId) {
        authenticate(credentials, requestId);
        User user = new User();
        user.setMailbox(mailbox);
        GetUserSettingsRequest request = new GetUserSettingsRequest();
        request.setUsers(new UserCollection());
        request.getUsers().getUser().add(user);
        request.setRequestedSettings(new RequestedSettingCollection());
        request.getRequestedSettings().getSetting().addAll(settings);
        GetUserSettingsRequestMessage message = new GetUserSettingsRequestMessage();
        message.setRequest(request);
        Holder<GetUserSettingsResponseMessage> response = new Holder<>();
        Holder<ServerVersionInfo> version = new Holder<>();
        call(() -> {
            port.getUserSettings(message, ExchangeVersion.EXCHANGE_2010, response, version);
            return null;
        });
        GetUserSettingsResponse answer = response.value == null ? null : response.value.getResponse();
        failOnError(answer, null);
        List<UserResponse> users = answer.getUserResponses() == null
                ? List.of()
                : answer.getUserResponses().getUserResponse();
        if (users.size() != 1) {
            throw new IllegalStateException(url + " answered " + users.size() + " user responses for one user");
        }
        UserResponse one = users.get(0);
        failOnError(one, one.getRedirectTarget());
        Map<String, String> values = new LinkedHashMap<>();
        if (one.getUserSettings() != null) {
            for (UserSetting setting : one.getUserSettings().getUserSetting()) {
                if (setting instanceof StringSetting text && setting.getName() != null) {
                    values.put(setting.getName(), text.getValue());
                }
            }
        }
        List<UserSettings.SettingError> errors = new ArrayList<>();
        if (one.getUserSettingErrors() != null) {
            for (UserSettingError error : one.getUserSettingErrors().getUserSettingError()) {
                errors.add(new UserSettings.SettingError(
                        error.getSettingName(),
                        name(error.getErrorCode()),
                        error.getErrorMessage() == null ? "" : error.getErrorMessage()));
            }
        }
        return new UserSettings(mailbox, values, errors);
    }

    private void failOnError(AutodiscoverResponse answer, String redirectTarget) {
        if (answer == null) {
            throw new IllegalStateException(url + " answered without a Response element");
        }
        if (answer.getErrorCode() != ErrorCode.NO_ERROR) {
            throw new AutodiscoverException(name(answer.getErrorCode()), answer.getErrorMessage(), redirectTarget);
        }
    }

    /** An ErrorCode this contract does not list arrives as null: still an error, named as unknown. */
    private static String name(ErrorCode code) {
        return code == null ? "UnknownErrorCode" : code.value();
    }

    private URI endpoint(String text) {
        try {
            return URI.create(text == null ? "" : text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(url + " answered a token issuer endpoint that is not a URI: " + text, e);
        }
    }

    /** Credentials and request id for the calls this thread makes next; null clears them. */
    private void authenticate(EwsCredentials credentials, String requestId) {
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        Map<String, List<String>> http = new HashMap<>();
        if (requestId != null) {
            http.put(AvailabilityClient.REQUEST_ID_HEADER, List.of(requestId));
        }
        List<Header> soap = new ArrayList<>();
        if (credentials instanceof EwsCredentials.Basic basic) {
            http.put(
                    "Authorization",
                    List.of("Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (basic.user() + ":" + basic.password()).getBytes(StandardCharsets.UTF_8))));
        } else if (credentials instanceof EwsCredentials.DelegationToken token) {
            soap.add(AvailabilityClient.securityHeader(token.token()));
        } else if (credentials != null) {
            throw new IllegalArgumentException("Autodiscover takes a user's Basic credentials or a delegation token");
        }
        context.put(MessageContext.HTTP_REQUEST_HEADERS, http);
        context.put(Header.HEADER_LIST, soap);
    }

    private <T> T call(Supplier<T> invocation) {
        try {
            return invocation.get();
        } catch (WebServiceException e) {
            EwsFaultException fault = AvailabilityClient.faultOf(e);
            if (fault != null) {
                throw fault;
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof IOException) {
                    throw new UnreachableException(url, cause);
                }
            }
            throw e;
        }
    }
}
