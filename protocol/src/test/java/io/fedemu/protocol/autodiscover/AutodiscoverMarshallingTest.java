package io.fedemu.protocol.autodiscover;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.ws.BindingProvider;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** Pins the Autodiscover wire shape of PROTOCOL.md section 5: namespace, child order, xsi:type StringSetting. */
class AutodiscoverMarshallingTest {
    private static final String A = "http://schemas.microsoft.com/exchange/2010/Autodiscover";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private static JAXBContext context;

    @BeforeAll
    static void context() throws Exception {
        context = JAXBContext.newInstance(ObjectFactory.class);
    }

    @Test
    void federationInformationResponseKeepsExchangeOrder() throws Exception {
        TokenIssuer issuer = new TokenIssuer();
        issuer.setEndpoint("https://gateway.fedemu.test/token");
        issuer.setUri("urn:federation:MicrosoftOnline");
        TokenIssuerCollection issuers = new TokenIssuerCollection();
        issuers.getTokenIssuer().add(issuer);
        DomainCollection domains = new DomainCollection();
        domains.getDomain().addAll(List.of("contoso.com", "contoso.mail.onmicrosoft.com"));
        GetFederationInformationResponse response = new GetFederationInformationResponse();
        response.setErrorCode(ErrorCode.NO_ERROR);
        response.setErrorMessage("");
        response.setApplicationUri("FYDIBOHF25SPDLT.contoso.com");
        response.setDomains(domains);
        response.setTokenIssuers(issuers);
        GetFederationInformationResponseMessage message = new GetFederationInformationResponseMessage();
        message.setResponse(response);

        Element root = marshal(message);

        assertThat(qname(root)).isEqualTo(A + " GetFederationInformationResponseMessage");
        Element body = child(root, 0);
        assertThat(qname(body)).isEqualTo(A + " Response");
        assertThat(children(body))
                .containsExactly(
                        A + " ErrorCode",
                        A + " ErrorMessage",
                        A + " ApplicationUri",
                        A + " Domains",
                        A + " TokenIssuers");
        assertThat(child(body, 0).getTextContent()).isEqualTo("NoError");
        assertThat(children(child(body, 3))).containsExactly(A + " Domain", A + " Domain");
        assertThat(children(child(child(body, 4), 0))).containsExactly(A + " Endpoint", A + " Uri");
    }

    @Test
    void userSettingsResponseUsesStringSettingAsXsiTypeAndNilRedirectTarget() throws Exception {
        StringSetting setting = new StringSetting();
        setting.setName("ExternalEwsUrl");
        setting.setValue("https://mail.contoso.com/EWS/Exchange.asmx");
        UserSettingCollection settings = new UserSettingCollection();
        settings.getUserSetting().add(setting);
        UserSettingError error = new UserSettingError();
        error.setErrorCode(ErrorCode.INVALID_SETTING);
        error.setErrorMessage("Setting is not valid or is not supported.");
        error.setSettingName("NoSuchSetting");
        UserSettingErrorCollection errors = new UserSettingErrorCollection();
        errors.getUserSettingError().add(error);
        UserResponse user = new UserResponse();
        user.setErrorCode(ErrorCode.NO_ERROR);
        user.setErrorMessage("No error.");
        user.setUserSettingErrors(errors);
        user.setUserSettings(settings);
        UserResponseCollection users = new UserResponseCollection();
        users.getUserResponse().add(user);
        GetUserSettingsResponse response = new GetUserSettingsResponse();
        response.setErrorCode(ErrorCode.NO_ERROR);
        response.setErrorMessage("");
        response.setUserResponses(users);
        GetUserSettingsResponseMessage message = new GetUserSettingsResponseMessage();
        message.setResponse(response);

        Element body = child(marshal(message), 0);

        assertThat(children(body)).containsExactly(A + " ErrorCode", A + " ErrorMessage", A + " UserResponses");
        Element userResponse = child(child(body, 2), 0);
        assertThat(qname(userResponse)).isEqualTo(A + " UserResponse");
        assertThat(children(userResponse))
                .containsExactly(
                        A + " ErrorCode",
                        A + " ErrorMessage",
                        A + " RedirectTarget",
                        A + " UserSettingErrors",
                        A + " UserSettings");
        assertThat(child(userResponse, 2).getAttributeNS(XSI, "nil")).isEqualTo("true");
        assertThat(children(child(child(userResponse, 3), 0)))
                .containsExactly(A + " ErrorCode", A + " ErrorMessage", A + " SettingName");
        Element userSetting = child(child(userResponse, 4), 0);
        assertThat(qname(userSetting)).isEqualTo(A + " UserSetting");
        assertThat(children(userSetting)).containsExactly(A + " Name", A + " Value");
        String type = userSetting.getAttributeNS(XSI, "type");
        String prefix = type.contains(":") ? type.substring(0, type.indexOf(':')) : null;
        assertThat(type).endsWith("StringSetting");
        assertThat(userSetting.lookupNamespaceURI(prefix)).isEqualTo(A);
    }

    @Test
    void exchangeResponsesParseWithDefaultNamespaceAndUnprefixedXsiType() throws Exception {
        // As in the "GetUserSettings operation (SOAP)" response example: default namespace, i:type="StringSetting".
        String xml = """
                <GetUserSettingsResponseMessage xmlns="http://schemas.microsoft.com/exchange/2010/Autodiscover">
                  <Response xmlns:i="http://www.w3.org/2001/XMLSchema-instance">
                    <ErrorCode>NoError</ErrorCode><ErrorMessage/>
                    <UserResponses><UserResponse>
                      <ErrorCode>NoError</ErrorCode><ErrorMessage>No error.</ErrorMessage>
                      <RedirectTarget i:nil="true"/><UserSettingErrors/>
                      <UserSettings><UserSetting i:type="StringSetting"><Name>ExternalEwsUrl</Name>
                        <Value>https://mail.contoso.com/EWS/Exchange.asmx</Value></UserSetting></UserSettings>
                    </UserResponse></UserResponses>
                  </Response>
                </GetUserSettingsResponseMessage>""";

        GetUserSettingsResponseMessage message = (GetUserSettingsResponseMessage)
                context.createUnmarshaller().unmarshal(new StreamSource(new StringReader(xml)));

        UserResponse user =
                message.getResponse().getUserResponses().getUserResponse().get(0);
        assertThat(user.getRedirectTarget()).isNull();
        assertThat(user.getUserSettings().getUserSetting())
                .singleElement()
                .isInstanceOfSatisfying(
                        StringSetting.class,
                        s -> assertThat(s.getValue()).isEqualTo("https://mail.contoso.com/EWS/Exchange.asmx"));
    }

    @Test
    void requestsPutEveryElementInTheAutodiscoverNamespace() throws Exception {
        GetFederationInformationRequest federation = new GetFederationInformationRequest();
        federation.setDomain("contoso.com");
        GetFederationInformationRequestMessage federationMessage = new GetFederationInformationRequestMessage();
        federationMessage.setRequest(federation);
        User user = new User();
        user.setMailbox("alice@contoso.com");
        UserCollection users = new UserCollection();
        users.getUser().add(user);
        RequestedSettingCollection settings = new RequestedSettingCollection();
        settings.getSetting().addAll(List.of("ExternalEwsUrl", "ExternalEwsVersion"));
        GetUserSettingsRequest request = new GetUserSettingsRequest();
        request.setUsers(users);
        request.setRequestedSettings(settings);
        GetUserSettingsRequestMessage settingsMessage = new GetUserSettingsRequestMessage();
        settingsMessage.setRequest(request);

        Element federationRoot = marshal(federationMessage);
        Element settingsRoot = marshal(settingsMessage);

        assertThat(qname(child(child(federationRoot, 0), 0))).isEqualTo(A + " Domain");
        assertThat(children(child(settingsRoot, 0))).containsExactly(A + " Users", A + " RequestedSettings");
        assertThat(children(child(child(child(settingsRoot, 0), 0), 0))).containsExactly(A + " Mailbox");
        assertThat(children(child(child(settingsRoot, 0), 1))).containsExactly(A + " Setting", A + " Setting");
    }

    @Test
    void clientProxyIsBuiltFromTheClasspathWsdl() {
        Autodiscover port = new AutodiscoverService().getDefaultBindingAutodiscover();

        assertThat(AutodiscoverService.WSDL_LOCATION).isNotNull();
        assertThat(((BindingProvider) port).getRequestContext())
                .containsEntry(
                        BindingProvider.ENDPOINT_ADDRESS_PROPERTY, "https://localhost/autodiscover/autodiscover.svc");
    }

    private static Element marshal(Object element) throws Exception {
        StringWriter xml = new StringWriter();
        context.createMarshaller().marshal(element, xml);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml.toString())))
                .getDocumentElement();
    }

    private static List<String> children(Element parent) {
        List<String> names = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(qname(e));
            }
        }
        return names;
    }

    private static Element child(Element parent, int index) {
        int i = 0;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && i++ == index) {
                return e;
            }
        }
        throw new AssertionError("no child " + index + " under " + qname(parent));
    }

    private static String qname(Element e) {
        return e.getNamespaceURI() + " " + e.getLocalName();
    }
}
