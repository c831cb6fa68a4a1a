package io.fedemu.tenant.autodiscover;

import static io.fedemu.tenant.autodiscover.AutodiscoverFixture.ALICE;
import static io.fedemu.tenant.autodiscover.AutodiscoverFixture.CAROL;
import static io.fedemu.tenant.autodiscover.AutodiscoverFixture.EWS_URL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.fedemu.client.autodiscover.AutodiscoverClient;
import io.fedemu.client.autodiscover.AutodiscoverException;
import io.fedemu.client.autodiscover.UserSettings;
import io.fedemu.client.http.UnreachableException;
import io.fedemu.protocol.federation.FederationInformation;
import io.fedemu.protocol.federation.TokenIssuer;
import io.fedemu.protocol.federation.UserSettingNames;
import io.fedemu.runtime.transport.RoleServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.headers.Header;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.ws.addressing.AddressingProperties;
import org.apache.cxf.ws.addressing.JAXWSAConstants;
import org.apache.cxf.ws.addressing.WSAddressingFeature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partner asks contoso's Autodiscover over HTTPS with fedemu's client: who contoso is at the gateway
 * (Get-FederationInformation) and where alice's EWS lives (GetUserSettings), and gets Exchange's
 * ErrorCodes for what contoso does not own or know.
 */
class AutodiscoverAcceptanceTest {
    @TempDir
    static Path state;

    static AutodiscoverFixture fixture;
    static AutodiscoverClient client;

    @BeforeAll
    static void start() {
        fixture = new AutodiscoverFixture(state);
        client = new AutodiscoverClient(fixture.url(), fixture.tls, fixture.server.bus());
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void federationInformationOfAFederatedDomainNamesApplicationUriDomainsAndIssuer() {
        FederationInformation info = client.getFederationInformation("CONTOSO.com");

        assertThat(info.applicationUri()).isEqualTo("FYDIBOHF25SPDLT.contoso.com");
        assertThat(info.domains()).containsExactly("contoso.com", "contoso.mail.onmicrosoft.com");
        assertThat(info.tokenIssuers())
                .containsExactly(new TokenIssuer(
                        "urn:federation:MicrosoftOnline", URI.create("https://gateway.fedemu.test/oauth2/token")));
    }

    @Test
    void aDomainTheOrganizationDoesNotFederateIsInvalidDomainNamingIt() {
        assertThatThrownBy(() -> client.getFederationInformation("fabrikam.com"))
                .isInstanceOfSatisfying(AutodiscoverException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("InvalidDomain");
                    assertThat(e.errorMessage()).contains("fabrikam.com");
                });
        assertThatThrownBy(() -> client.getFederationInformation(" "))
                .isInstanceOfSatisfying(
                        AutodiscoverException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("InvalidRequest"));
    }

    @Test
    void anOrganizationWithoutFederationAnswersNotFederated() {
        AutodiscoverEndpoint unfederated =
                new AutodiscoverEndpoint(() -> null, (address, signedIn) -> Optional.empty(), "Exchange2010_SP2");
        try (RoleServer plain = AutodiscoverEndpoint.publish(RoleServer.on("127.0.0.1", 0, null), unfederated)) {
            AutodiscoverClient overHttp =
                    new AutodiscoverClient(URI.create(plain.address() + AutodiscoverEndpoint.PATH), null);

            assertThatThrownBy(() -> overHttp.getFederationInformation("contoso.com"))
                    .isInstanceOfSatisfying(
                            AutodiscoverException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("NotFederated"));
        }
    }

    @Test
    void userSettingsAnswerTheEwsUrlsVersionAndSharingFlag() {
        Map<String, String> settings =
                signedIn(ALICE, UserSettingNames.SUPPORTED).values();

        assertThat(settings)
                .containsExactly(
                        entry("ExternalEwsUrl", EWS_URL),
                        entry("InternalEwsUrl", EWS_URL),
                        entry("ExternalEwsVersion", "15.00.1497.002"),
                        entry("CrossOrganizationSharingEnabled", "True"));
    }

    @Test
    void unknownAndUnavailableSettingsAreSettingErrorsBesideTheOnesReturned() {
        UserSettings answer = signedIn(CAROL, List.of("ExternalEwsUrl", "InternalEwsUrl", "FavoriteColour"));

        assertThat(answer.values()).containsExactly(entry("ExternalEwsUrl", EWS_URL));
        assertThat(answer.errors())
                .extracting(UserSettings.SettingError::settingName, UserSettings.SettingError::errorCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("InternalEwsUrl", "SettingIsNotAvailable"),
                        org.assertj.core.groups.Tuple.tuple("FavoriteColour", "InvalidSetting"));
        assertThat(answer.errors().get(1).errorMessage()).contains("FavoriteColour");
    }

    @Test
    void anUnknownUserIsInvalidUserNamingTheAddress() {
        assertThatThrownBy(() -> signedIn("nobody@contoso.com", List.of("ExternalEwsUrl")))
                .isInstanceOfSatisfying(AutodiscoverException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("InvalidUser");
                    assertThat(e.errorMessage()).contains("nobody@contoso.com");
                    assertThat(e.redirectTarget()).isEmpty();
                });
    }

    @Test
    void askingForNoSettingIsAnInvalidRequest() {
        assertThatThrownBy(() -> signedIn(ALICE, List.of())).isInstanceOfSatisfying(AutodiscoverException.class, e -> {
            assertThat(e.errorCode()).isEqualTo("InvalidRequest");
            assertThat(e.errorMessage()).isEqualTo("The request asks for no setting.");
        });
    }

    @Test
    void theClientSpeaksLikeExchangesClientsWithAddressingAndRequestedServerVersion() {
        List<String> seen = new CopyOnWriteArrayList<>();
        AbstractPhaseInterceptor<SoapMessage> capture = new AbstractPhaseInterceptor<>(Phase.POST_PROTOCOL) {
            @Override
            public void handleMessage(SoapMessage message) {
                AddressingProperties maps =
                        (AddressingProperties) message.get(JAXWSAConstants.ADDRESSING_PROPERTIES_INBOUND);
                seen.add("Action " + maps.getAction().getValue());
                seen.add("To " + maps.getTo().getValue());
                seen.add("MessageID " + (maps.getMessageID() != null));
                message.getHeaders().stream()
                        .map(Header::getName)
                        .map(QName::getLocalPart)
                        .filter("RequestedServerVersion"::equals)
                        .forEach(seen::add);
            }
        };
        AutodiscoverEndpoint endpoint = new AutodiscoverEndpoint(
                () -> AutodiscoverFixture.FEDERATION, (address, signedIn) -> Optional.empty(), "Exchange2013");
        try (RoleServer spy = RoleServer.on("127.0.0.1", 0, null)
                .publishSoap(AutodiscoverEndpoint.PATH, endpoint, factory -> {
                    factory.getFeatures().add(new WSAddressingFeature());
                    factory.getInInterceptors().add(capture);
                })) {
            URI url = URI.create(spy.address() + AutodiscoverEndpoint.PATH);

            new AutodiscoverClient(url, null).getFederationInformation("contoso.com");

            assertThat(seen)
                    .containsExactly(
                            "Action http://schemas.microsoft.com/exchange/2010/Autodiscover/Autodiscover/GetFederationInformation",
                            "To " + url,
                            "MessageID true",
                            "RequestedServerVersion");
        }
    }

    /**
     * Exchange answers GetUserSettings only to an authenticated caller (PROTOCOL.md section 14): anonymous is 401,
     * and nothing of the directory is told; GetFederationInformation stays anonymous (the tests above).
     */
    @Test
    void anonymousGetUserSettingsIsRefusedWith401() {
        assertThatThrownBy(() -> client.getUserSettings(ALICE, List.of("ExternalEwsUrl")))
                .isInstanceOf(RuntimeException.class)
                .hasStackTraceContaining("401");
    }

    private static UserSettings signedIn(String mailbox, List<String> settings) {
        return client.userSettings(mailbox, settings, AutodiscoverFixture.alice(), null);
    }

    @Test
    void anEndpointThatIsNotListeningIsUnreachable() {
        URI nowhere = URI.create("https://127.0.0.1:" + RoleServer.freePort("127.0.0.1") + AutodiscoverEndpoint.PATH);

        assertThatThrownBy(() -> new AutodiscoverClient(nowhere, fixture.tls).getFederationInformation("contoso.com"))
                .isInstanceOf(UnreachableException.class)
                .hasMessageContaining(nowhere.toString());
    }
}
