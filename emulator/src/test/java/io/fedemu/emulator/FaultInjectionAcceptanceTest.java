package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.client.gateway.GatewayAdminClient;
import io.fedemu.client.http.ProblemException;
import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.faults.GatewayFaults;
import io.fedemu.protocol.faults.LinkFault;
import io.fedemu.protocol.faults.TenantFaults;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import java.time.Duration;
import java.util.List;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Faults injected per role and per link, on the shipped hybrid scenario, through the JUnit extension and
 * through each role's {@code /admin/faults} over HTTPS. Each fault breaks exactly what it names: the
 * remote mailbox behind it gets its precise code and journal reason, the local mailbox of the same
 * request is still answered, the other direction of a faulted link still works, and mending restores it.
 */
class FaultInjectionAcceptanceTest {
    static final String ONPREM = "contoso-onprem";
    static final String CLOUD = "contoso-cloud";

    @RegisterExtension
    static FederationExtension federation =
            FederationExtension.scenario("hybrid").partnerBudget(Duration.ofSeconds(3));

    long journalMark;

    /** Tokens are cached per user and audience; each test starts without one so the gateway is asked. */
    @BeforeEach
    void forgetTokens() {
        federation
                .topology()
                .tenants()
                .forEach(tenant -> tenant.federation().orElseThrow().tokens().clear());
        journalMark = federation.journal().all().stream()
                .mapToLong(JournalEntry::sequence)
                .max()
                .orElse(0);
    }

    @Test
    void gatewayDownFailsTheTokenRequestWhileLocalMailboxesAreAnswered() throws Exception {
        federation.faults().gatewayDown();

        List<AttendeeAvailability> answers =
                alice().monday(FreeBusyViewType.FreeBusy, "bob@contoso.com", "carol@contoso.com");

        assertThat(answers.get(0).getErrorCode()).isEqualTo(ServiceError.ErrorProxyRequestProcessingFailed);
        assertThat(answers.get(0).getErrorMessage()).contains("federation gateway could not be reached");
        assertThat(answers.get(1).getErrorCode())
                .as(answers.get(1).getErrorMessage())
                .isEqualTo(ServiceError.NoError);
        assertThat(failures(ONPREM)).extracting(JournalEntry::reason).contains(Reason.GATEWAY_UNREACHABLE);
    }

    @Test
    void aGatewayThatIsDownStillTakesAdminCallsSoTheTrainerCanMendIt() throws Exception {
        GatewayAdminClient admin =
                new GatewayAdminClient(federation.gateway().url(), federation.tls(), federation.adminCredential());
        assertThat(admin.setFaults(new GatewayFaults(true, null, null, null, null))
                        .down())
                .isTrue();
        assertThat(admin.faults().down()).isTrue();

        assertThat(admin.clearFaults()).isEqualTo(GatewayFaults.NONE);

        assertThat(bob().getErrorCode()).as(bob().getErrorMessage()).isEqualTo(ServiceError.NoError);
    }

    @Test
    void aTokenSignedWithAnUnpublishedKeyIsRefusedByThePartnerAsGatewayKeyUnknown() throws Exception {
        federation.faults().gateway(new GatewayFaults(null, null, null, true, null));

        AttendeeAvailability bob = bob();

        assertThat(bob.getErrorCode()).isEqualTo(ServiceError.ErrorProxyRequestProcessingFailed);
        assertThat(bob.getErrorMessage()).contains("GATEWAY_KEY_UNKNOWN");
        assertThat(failures(CLOUD)).extracting(JournalEntry::reason).contains(Reason.GATEWAY_KEY_UNKNOWN);

        // Mended: the refused token is not reused, so the very next request gets a good one.
        federation.faults().restoreScenario();
        AttendeeAvailability mended = bob();
        assertThat(mended.getErrorCode()).as(mended.getErrorMessage()).isEqualTo(ServiceError.NoError);
    }

    @Test
    void aTokenForTheWrongAudienceIsRefusedByThePartnerAsAudienceMismatch() throws Exception {
        federation.faults().gateway(new GatewayFaults(null, null, null, null, "urn:fedemu:someone-else"));

        AttendeeAvailability bob = bob();

        assertThat(bob.getErrorCode()).isEqualTo(ServiceError.ErrorProxyRequestProcessingFailed);
        assertThat(bob.getErrorMessage()).contains("TOKEN_AUDIENCE_MISMATCH");
    }

    @Test
    void aResetLinkBreaksOnlyItsOwnDirection() throws Exception {
        federation.faults().link(ONPREM, CLOUD, LinkFault.Kind.CONNECTION_RESET);

        AttendeeAvailability bob = bob();
        assertThat(bob.getErrorCode())
                .isIn(ServiceError.ErrorProxyRequestProcessingFailed, ServiceError.ErrorAutoDiscoverFailed);
        assertThat(failures(ONPREM))
                .extracting(JournalEntry::reason)
                .containsAnyOf(Reason.PARTNER_UNREACHABLE, Reason.AUTODISCOVER_FAILED);

        AttendeeAvailability alice = new EwsUser(
                        federation.trustBundle(),
                        federation.tenant(CLOUD).ewsUrl(),
                        "bob@contoso.mail.onmicrosoft.com",
                        "Passw0rd!bob")
                .monday(FreeBusyViewType.FreeBusy, "alice@contoso.com")
                .get(0);
        assertThat(alice.getErrorCode()).as(alice.getErrorMessage()).isEqualTo(ServiceError.NoError);
    }

    @Test
    void aSlowLinkRunsOutOfThePartnerBudget() throws Exception {
        // The partner's EWS URL is discovered (and cached) first, so the delay hits the free/busy call.
        assertThat(bob().getErrorCode()).isEqualTo(ServiceError.NoError);
        federation.faults().link(ONPREM, CLOUD, Duration.ofSeconds(6));

        AttendeeAvailability bob = bob();

        assertThat(bob.getErrorCode()).isEqualTo(ServiceError.ErrorTimeoutExpired);
        assertThat(failures(ONPREM)).extracting(JournalEntry::reason).contains(Reason.PARTNER_TIMEOUT);
    }

    @Test
    void aDelayShorterThanTheBudgetIsOnlySlow() throws Exception {
        federation.faults().link(ONPREM, CLOUD, Duration.ofMillis(300));

        AttendeeAvailability bob = bob();

        assertThat(bob.getErrorCode()).as(bob.getErrorMessage()).isEqualTo(ServiceError.NoError);
        TenantFaults now = federation.tenant(ONPREM).faults().current();
        assertThat(now.links()).singleElement().satisfies(link -> {
            assertThat(link.fault()).isEqualTo("delay");
            assertThat(link.via()).startsWith("https://127.0.0.1:");
        });
    }

    @Test
    void anUnreachableGatewayLinkBreaksOneOrganizationOnly() throws Exception {
        federation.faults().link(ONPREM, "gateway", LinkFault.Kind.UNREACHABLE);

        assertThat(bob().getErrorCode()).isEqualTo(ServiceError.ErrorProxyRequestProcessingFailed);
        AttendeeAvailability alice = new EwsUser(
                        federation.trustBundle(),
                        federation.tenant(CLOUD).ewsUrl(),
                        "bob@contoso.mail.onmicrosoft.com",
                        "Passw0rd!bob")
                .monday(FreeBusyViewType.FreeBusy, "alice@contoso.com")
                .get(0);
        assertThat(alice.getErrorCode()).as(alice.getErrorMessage()).isEqualTo(ServiceError.NoError);
    }

    @Test
    void aPartnerThatIsDownDropsConnectionsButKeepsItsAdminApi() throws Exception {
        TenantAdminClient cloudAdmin = new TenantAdminClient(
                TenantAdminClient.adminOf(federation.tenant(CLOUD).url()),
                federation.tls(),
                federation.adminCredential());
        cloudAdmin.setFaults(new TenantFaults(true, null, null, null));

        assertThat(bob().getErrorCode())
                .isIn(ServiceError.ErrorProxyRequestProcessingFailed, ServiceError.ErrorAutoDiscoverFailed);
        // Down means no answer at all, not an error status: the connection closes before a status line.
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .sslContext(federation.tls())
                .build();
        java.net.http.HttpRequest post = java.net.http.HttpRequest.newBuilder(
                        federation.tenant(CLOUD).ewsUrl())
                .header("Content-Type", "text/xml")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("<x/>"))
                .build();
        assertThatThrownBy(() -> http.send(post, java.net.http.HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(java.io.IOException.class);
        assertThat(cloudAdmin.faults().down()).isTrue();

        cloudAdmin.clearFaults();
        assertThat(bob().getErrorCode()).as(bob().getErrorMessage()).isEqualTo(ServiceError.NoError);
    }

    @Test
    void aClockSetAheadThroughTheAdminApiExpiresTokensAtThePartner() throws Exception {
        TenantAdminClient cloudAdmin = new TenantAdminClient(
                TenantAdminClient.adminOf(federation.tenant(CLOUD).url()),
                federation.tls(),
                federation.adminCredential());
        assertThat(cloudAdmin
                        .setFaults(new TenantFaults(null, null, 3600L, null))
                        .clockOffsetSeconds())
                .isEqualTo(3600L);

        AttendeeAvailability bob = bob();

        assertThat(bob.getErrorCode()).isEqualTo(ServiceError.ErrorProxyRequestProcessingFailed);
        assertThat(bob.getErrorMessage()).contains("TOKEN_EXPIRED");
        cloudAdmin.clearFaults();
    }

    @Test
    void aFaultRequestNamingAnUnknownTargetIsRefusedAndChangesNothing() {
        TenantAdminClient admin = new TenantAdminClient(
                TenantAdminClient.adminOf(federation.tenant(ONPREM).url()),
                federation.tls(),
                federation.adminCredential());
        TenantFaults before = admin.setFaults(
                new TenantFaults(null, 100L, null, List.of(LinkFault.of(CLOUD, LinkFault.Kind.CONNECTION_RESET, 0))));

        assertThatThrownBy(() -> admin.setFaults(new TenantFaults(
                        true, null, null, List.of(LinkFault.of("fabrikam", LinkFault.Kind.UNREACHABLE, 0)))))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.problem().reason()).isEqualTo("LINK_TARGET_UNKNOWN");
                    assertThat(problem.problem().detail()).contains("links[0].to", "fabrikam");
                });
        assertThatThrownBy(() -> admin.setFaults(new TenantFaults(null, -5L, null, null)))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.problem().reason()).isEqualTo("FAULT_INVALID");
                    assertThat(problem.problem().detail()).contains("delayMillis");
                });
        assertThatThrownBy(() -> admin.setFaults(
                        new TenantFaults(null, null, null, List.of(LinkFault.of(CLOUD, LinkFault.Kind.DELAY, 0)))))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> assertThat(problem.problem().detail()).contains("links[0].delayMillis"));

        assertThat(admin.faults()).isEqualTo(before);
        admin.clearFaults();
        assertThat(admin.faults()).isEqualTo(TenantFaults.NONE);
    }

    private static EwsUser alice() {
        return new EwsUser(
                federation.trustBundle(), federation.tenant(ONPREM).ewsUrl(), "alice@contoso.com", "Passw0rd!alice");
    }

    private static AttendeeAvailability bob() throws Exception {
        return alice().monday(FreeBusyViewType.FreeBusy, "bob@contoso.com").get(0);
    }

    /** What {@code role} refused or failed during this test. */
    private List<JournalEntry> failures(String role) {
        return federation.journal().all().stream()
                .filter(entry -> entry.sequence() > journalMark)
                .filter(entry -> entry.role().equals(role))
                .filter(entry -> entry.verdict() == JournalEntry.Verdict.FAIL)
                .toList();
    }
}
