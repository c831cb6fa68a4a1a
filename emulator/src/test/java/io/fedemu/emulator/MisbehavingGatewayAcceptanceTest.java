package io.fedemu.emulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.client.availability.FreeBusyRequest;
import io.fedemu.gateway.Gateway;
import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.gateway.GatewayPaths;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.ReasonXml;
import io.fedemu.tenant.Tenant;
import io.fedemu.topology.scenario.Scenario;
import io.fedemu.topology.scenario.ScenarioLoader;
import io.fedemu.topology.scenario.TenantDefinitions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Something in front of the gateway that is not the gateway: contoso-onprem federates through a WireMock
 * server that passes registration, metadata and everything else on to the real gateway, but answers the token
 * endpoint itself, as a reverse proxy or a wrongly configured gateway URL would. Its refusals name no reason
 * fedemu knows, so the requesting organization says GATEWAY_ANSWER_UNREADABLE in the mailbox's MessageXml and
 * in its journal, instead of guessing a gateway check.
 */
class MisbehavingGatewayAcceptanceTest {
    static final String ALICE = "alice@contoso.com";

    @TempDir
    static Path state;

    static Gateway gateway;
    static WireMockServer impostor;
    static Tenant onPremises;

    @BeforeAll
    static void start() {
        gateway = Gateway.start(Gateway.Options.in(state).plainHttp());
        impostor = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .disableRequestJournal()
                .extensionScanningEnabled(false));
        impostor.start();
        passEverythingToTheGateway();
        Scenario hybrid = new ScenarioLoader().load(Path.of("../scenarios/hybrid.yaml"));
        Scenario.OrganizationSpec contoso = hybrid.organizations().stream()
                .filter(org -> org.name().equals("contoso-onprem"))
                .findFirst()
                .orElseThrow();
        // The partner is never reached: the token request fails first.
        onPremises = Tenant.start(
                TenantDefinitions.from(
                        hybrid,
                        contoso,
                        written -> written.startsWith("tenant:")
                                ? "http://127.0.0.1:9/autodiscover/autodiscover.svc"
                                : written),
                Tenant.Options.in(state).plainHttp().gateway(URI.create(impostor.baseUrl())));
    }

    @AfterAll
    static void stop() {
        if (onPremises != null) {
            onPremises.close();
        }
        impostor.stop();
        gateway.close();
    }

    @BeforeEach
    void forgetTokens() {
        passEverythingToTheGateway();
        onPremises.federation().orElseThrow().tokens().clear();
    }

    @Test
    void anOAuthErrorWithoutAReasonIsGatewayAnswerUnreadable() {
        tokenEndpointAnswers(aResponse()
                .withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_request\",\"error_description\":\"blocked by policy\"}"));

        assertUnreadable(bobFromAlice());
    }

    @Test
    void anErrorPageInsteadOfAnOAuthErrorIsGatewayAnswerUnreadableToo() {
        tokenEndpointAnswers(aResponse()
                .withStatus(502)
                .withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>502 Bad Gateway</h1></body></html>"));

        Answer answer = bobFromAlice();

        assertUnreadable(answer);
        assertThat(answer.bob().getResponseMessage().getMessageText()).contains("HTTP 502", "502 Bad Gateway");
    }

    @Test
    void aRefusalOfTheRealGatewayBehindItStillNamesTheGatewaysReason() {
        Answer answer = bobFromAlice();

        // The client assertion is addressed to the token endpoint contoso-onprem was given, not the gateway's own.
        assertThat(ReasonXml.read(answer.bob().getResponseMessage()))
                .as(answer.bob().getResponseMessage().getMessageText())
                .contains(Reason.ASSERTION_AUDIENCE_MISMATCH);
        assertThat(answer.journal())
                .filteredOn(entry -> entry.verdict() == JournalEntry.Verdict.FAIL)
                .extracting(JournalEntry::reason)
                .containsExactly(Reason.ASSERTION_AUDIENCE_MISMATCH);
    }

    private static void assertUnreadable(Answer answer) {
        assertThat(answer.bob().getResponseMessage().getResponseCode().value())
                .isEqualTo("ErrorProxyRequestProcessingFailed");
        assertThat(ReasonXml.read(answer.bob().getResponseMessage())).contains(Reason.GATEWAY_ANSWER_UNREADABLE);
        assertThat(answer.journal())
                .filteredOn(entry -> entry.verdict() == JournalEntry.Verdict.FAIL)
                .extracting(JournalEntry::step, JournalEntry::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        JournalEntry.Step.TOKEN_REQUEST, Reason.GATEWAY_ANSWER_UNREADABLE));
    }

    private static void passEverythingToTheGateway() {
        impostor.resetMappings();
        impostor.stubFor(any(anyUrl())
                .atPriority(10)
                .willReturn(aResponse().proxiedFrom(gateway.url().toString())));
    }

    private static void tokenEndpointAnswers(ResponseDefinitionBuilder answer) {
        impostor.stubFor(post(urlPathEqualTo(GatewayPaths.TOKEN)).atPriority(1).willReturn(answer));
    }

    record Answer(FreeBusyResponseType bob, List<JournalEntry> journal) {}

    private static Answer bobFromAlice() {
        String requestId = "impostor-" + UUID.randomUUID();
        AvailabilityClient client = new AvailabilityClient(
                org.apache.cxf.BusFactory.getDefaultBus(), onPremises.ewsUrl(), null, Duration.ofSeconds(20));
        List<FreeBusyResponseType> answers = client.getUserAvailability(
                        FreeBusyRequest.day(LocalDate.now(), "bob@contoso.com").wire(),
                        null,
                        new EwsCredentials.Basic(ALICE, "Passw0rd!alice"),
                        requestId)
                .response()
                .getFreeBusyResponseArray()
                .getFreeBusyResponse();
        return new Answer(answers.get(0), onPremises.journal().request(requestId));
    }
}
