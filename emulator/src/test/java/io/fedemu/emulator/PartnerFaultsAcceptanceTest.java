package io.fedemu.emulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import io.fedemu.runtime.transport.RoleServer;
import io.fedemu.tenant.Tenant;
import io.fedemu.tenant.relationship.RelationshipStore;
import io.fedemu.topology.Topology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The network between organizations misbehaves: WireMock stands between contoso on-premises and the
 * cloud as a proxy that can reset connections or stall; partners and the gateway go down. The broken
 * link's mailboxes get their precise code; the local mailbox of the same request is answered.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartnerFaultsAcceptanceTest {
    static final String RELATIONSHIP = "To contoso cloud";

    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario(
                    Path.of("src/test/resources/scenarios/e2e.yaml"))
            .partnerBudget(Duration.ofSeconds(3));

    static Topology topology;
    static Tenant onPremises;
    static WireMockServer wire;
    static OrganizationRelationship original;

    @BeforeAll
    static void start() {
        topology = federation.topology();
        onPremises = topology.tenant("contoso-onprem");
        wire = new WireMockServer(WireMockConfiguration.options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .trustAllProxyTargets(true));
        wire.start();
        original = onPremises.relationships().get(RELATIONSHIP).orElseThrow();
        pointPartnerAt("http://127.0.0.1:" + wire.port() + Tenant.EWS_PATH);
    }

    @AfterEach
    void reset() {
        wire.resetAll();
        onPremises.federation().orElseThrow().tokens().clear();
    }

    @AfterAll
    static void stop() {
        wire.stop();
    }

    @Test
    @Order(1)
    void throughAnHonestProxyFreeBusyFlows() throws Exception {
        proxyToCloud();

        List<AttendeeAvailability> answers = alice();

        assertThat(answers.get(0).getErrorCode())
                .as(answers.get(0).getErrorMessage())
                .isEqualTo(ServiceError.NoError);
        assertThat(answers.get(0).getCalendarEvents()).hasSize(3);
    }

    @Test
    @Order(2)
    void aPartnerResettingConnectionsFailsOnlyItsMailboxes() throws Exception {
        wire.stubFor(post(urlPathEqualTo(Tenant.EWS_PATH + "/WSSecurity"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        List<AttendeeAvailability> answers = alice();

        assertThat(answers.get(0).getErrorCode()).isEqualTo(ServiceError.ErrorProxyRequestProcessingFailed);
        assertThat(answers.get(0).getErrorMessage()).contains("could not be reached");
        assertThat(answers.get(1).getErrorCode()).isEqualTo(ServiceError.NoError);
        assertThat(lastFailure().reason()).isEqualTo(Reason.PARTNER_UNREACHABLE);
    }

    @Test
    @Order(3)
    void aSlowPartnerRunsOutOfTimeWhileTheLocalMailboxIsAnswered() throws Exception {
        wire.stubFor(post(urlPathEqualTo(Tenant.EWS_PATH + "/WSSecurity"))
                .willReturn(aResponse().proxiedFrom(cloudBase()).withFixedDelay(8_000)));

        long started = System.nanoTime();
        List<AttendeeAvailability> answers = alice();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(answers.get(0).getErrorCode()).isEqualTo(ServiceError.ErrorTimeoutExpired);
        assertThat(answers.get(1).getErrorCode()).isEqualTo(ServiceError.NoError);
        assertThat(took)
                .as("the budget, not the partner, decides how long alice waits")
                .isLessThan(Duration.ofSeconds(7));
        assertThat(lastFailure().reason()).isEqualTo(Reason.PARTNER_TIMEOUT);
    }

    @Test
    @Order(4)
    void aPartnerThatIsDownFailsOnlyItsMailboxes() throws Exception {
        pointPartnerAt("https://127.0.0.1:" + RoleServer.freePort("127.0.0.1") + Tenant.EWS_PATH);
        try {
            List<AttendeeAvailability> answers = alice();

            assertThat(answers.get(0).getErrorCode()).isEqualTo(ServiceError.ErrorProxyRequestProcessingFailed);
            assertThat(answers.get(1).getErrorCode()).isEqualTo(ServiceError.NoError);
            assertThat(lastFailure().reason()).isEqualTo(Reason.PARTNER_UNREACHABLE);
        } finally {
            pointPartnerAt("http://127.0.0.1:" + wire.port() + Tenant.EWS_PATH);
        }
    }

    @Test
    @Order(5)
    void withTheGatewayDownNoTokenCanBeHadAndOnlyRemoteMailboxesFail() throws Exception {
        proxyToCloud();
        topology.gateway().close();

        List<AttendeeAvailability> answers = alice();

        assertThat(answers.get(0).getErrorCode()).isEqualTo(ServiceError.ErrorProxyRequestProcessingFailed);
        assertThat(answers.get(0).getErrorMessage()).contains("federation gateway could not be reached");
        assertThat(answers.get(1).getErrorCode()).isEqualTo(ServiceError.NoError);
        List<JournalEntry> tokenFailures = topology.journal()
                .find(entry -> entry.step() == JournalEntry.Step.TOKEN_REQUEST
                        && entry.verdict() == JournalEntry.Verdict.FAIL);
        assertThat(tokenFailures).last().extracting(JournalEntry::reason).isEqualTo(Reason.GATEWAY_UNREACHABLE);
    }

    private static List<AttendeeAvailability> alice() throws Exception {
        return new EwsUser(topology.trustBundle(), onPremises.ewsUrl(), "alice@contoso.com", "pw-alice")
                .monday(FreeBusyViewType.FreeBusy, "bob@contoso.com", "alice@contoso.com");
    }

    private static void proxyToCloud() {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(cloudBase())));
    }

    private static String cloudBase() {
        return "https://localhost:" + topology.tenant("contoso-cloud").url().getPort();
    }

    private static void pointPartnerAt(String ews) {
        onPremises.partnerHosts().allow(java.net.URI.create(ews));
        RelationshipStore store = onPremises.relationships();
        store.set(
                RELATIONSHIP,
                RelationshipChanges.builder().targetSharingEpr(ews).build());
    }

    private static JournalEntry lastFailure() {
        List<JournalEntry> failures = topology.journal()
                .find(entry ->
                        entry.step() == JournalEntry.Step.PARTNER_CALL && entry.verdict() == JournalEntry.Verdict.FAIL);
        assertThat(failures).isNotEmpty();
        return failures.get(failures.size() - 1);
    }
}
