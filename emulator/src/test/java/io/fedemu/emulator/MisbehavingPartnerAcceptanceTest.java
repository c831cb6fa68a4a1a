package io.fedemu.emulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import io.fedemu.tenant.relationship.RelationshipStore;
import java.util.List;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A partner that is not fedemu, or not well: contoso-onprem's relationship points its TargetSharingEpr at a
 * WireMock stub that answers GetUserAvailability as a broken Exchange might. The token request is real (the
 * gateway issues one for outlook.com); what comes back from the "partner" is what each test stubs. The
 * requesting side names what went wrong in the mailbox's MessageXml (read by the unmodified EWS Java API) and
 * in its journal.
 */
class MisbehavingPartnerAcceptanceTest {
    static final String ONPREM = "contoso-onprem";
    static final String RELATIONSHIP = "O365 to On-premises - contoso cloud";
    static final String PATH = "/EWS/Exchange.asmx/WSSecurity";

    @RegisterExtension
    static FederationExtension federation =
            FederationExtension.scenario("hybrid").partnerBudget(java.time.Duration.ofSeconds(3));

    static WireMockServer partner;

    OrganizationRelationship scenarioRelationship;
    long journalMark;

    @BeforeAll
    static void startPartner() {
        partner = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .disableRequestJournal()
                .extensionScanningEnabled(false));
        partner.start();
    }

    @AfterAll
    static void stopPartner() {
        partner.stop();
    }

    @BeforeEach
    void pointTheRelationshipAtTheStub() {
        // A stand-in partner outside the scenario: trusted explicitly, as a trainer would add one.
        federation.tenant(ONPREM).partnerHosts().allow(java.net.URI.create(partner.baseUrl()));
        RelationshipStore store = federation.tenant(ONPREM).relationships();
        scenarioRelationship = store.get(RELATIONSHIP).orElseThrow();
        store.set(
                RELATIONSHIP,
                RelationshipChanges.builder()
                        .targetSharingEpr(partner.baseUrl() + PATH)
                        .build());
        federation.tenant(ONPREM).federation().orElseThrow().tokens().clear();
        journalMark = federation.journal().all().stream()
                .mapToLong(JournalEntry::sequence)
                .max()
                .orElse(0);
        partner.resetMappings();
    }

    @AfterEach
    void restoreTheRelationship() {
        RelationshipStore store = federation.tenant(ONPREM).relationships();
        store.remove(RELATIONSHIP);
        store.create(scenarioRelationship);
    }

    @Test
    void aSoapFaultNamingNoTrustCheckIsPartnerFault() throws Exception {
        partner.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(500)
                        .withHeader("Content-Type", "text/xml; charset=utf-8")
                        .withBody("""
                        <?xml version="1.0" encoding="utf-8"?>
                        <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
                          <s:Body>
                            <s:Fault>
                              <faultcode xmlns:a="http://schemas.microsoft.com/exchange/services/2006/types">a:ErrorInternalServerError</faultcode>
                              <faultstring xml:lang="en-US">An internal server error occurred. The operation failed.</faultstring>
                              <detail>
                                <e:ResponseCode xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">ErrorInternalServerError</e:ResponseCode>
                                <e:Message xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">An internal server error occurred. The operation failed.</e:Message>
                              </detail>
                            </s:Fault>
                          </s:Body>
                        </s:Envelope>
                        """)));

        AttendeeAvailability bob = bob();

        assertThat(bob.getErrorCode()).isEqualTo(ServiceError.ErrorProxyRequestProcessingFailed);
        assertThat(bob.getErrorDetails()).containsEntry("fedemu.reason", Reason.PARTNER_FAULT.name());
        // Only the fault code of a far side that is not fedemu is passed on, never its text.
        assertThat(bob.getErrorMessage())
                .contains("ErrorInternalServerError")
                .doesNotContain("An internal server error occurred");
        assertThat(failures())
                .extracting(JournalEntry::step, JournalEntry::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(JournalEntry.Step.PARTNER_CALL, Reason.PARTNER_FAULT));
    }

    @Test
    void anAnswerWithoutAResponseForTheMailboxIsPartnerAnswerMissing() throws Exception {
        partner.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/xml; charset=utf-8")
                        .withBody("""
                        <?xml version="1.0" encoding="utf-8"?>
                        <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
                          <s:Header>
                            <h:ServerVersionInfo xmlns:h="http://schemas.microsoft.com/exchange/services/2006/types"
                                MajorVersion="15" MinorVersion="1" MajorBuildNumber="2507" MinorBuildNumber="6"/>
                          </s:Header>
                          <s:Body>
                            <GetUserAvailabilityResponse xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                              <FreeBusyResponseArray/>
                            </GetUserAvailabilityResponse>
                          </s:Body>
                        </s:Envelope>
                        """)));

        List<AttendeeAvailability> answers =
                alice().monday(FreeBusyViewType.FreeBusy, "bob@contoso.com", "carol@contoso.com");

        assertThat(answers.get(0).getErrorCode()).isEqualTo(ServiceError.ErrorProxyRequestProcessingFailed);
        assertThat(answers.get(0).getErrorDetails())
                .containsEntry("fedemu.reason", Reason.PARTNER_ANSWER_MISSING.name());
        assertThat(answers.get(1).getErrorCode())
                .as("the local mailbox of the same request is answered")
                .isEqualTo(ServiceError.NoError);
        assertThat(failures())
                .extracting(JournalEntry::step, JournalEntry::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        JournalEntry.Step.PARTNER_CALL, Reason.PARTNER_ANSWER_MISSING));
    }

    private static EwsUser alice() {
        return new EwsUser(
                federation.trustBundle(), federation.tenant(ONPREM).ewsUrl(), "alice@contoso.com", "Passw0rd!alice");
    }

    @Test
    void anAnswerOverTheCapIsCutOffNamingItsSize() throws Exception {
        // One megabyte over the cap is enough to cross it; fifty made the stub so slow under a loaded CI machine
        // that the call's time budget ran out first (PARTNER_TIMEOUT instead of the size).
        String huge = "x".repeat((int) io.fedemu.client.http.BoundedAnswer.DEFAULT_MAX_BYTES + 1024 * 1024);
        partner.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/xml; charset=utf-8")
                        // Bytes over the cap before the body: a comment the client must read through and skip.
                        .withBody("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><!--" + huge
                                + "--><s:Body/></s:Envelope>")));

        AttendeeAvailability bob = bob();

        assertThat(bob.getErrorCode()).isEqualTo(ServiceError.ErrorProxyRequestProcessingFailed);
        assertThat(bob.getErrorDetails()).containsEntry("fedemu.reason", Reason.PARTNER_ANSWER_TOO_LARGE.name());
        assertThat(failures())
                .extracting(JournalEntry::step, JournalEntry::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        JournalEntry.Step.PARTNER_CALL, Reason.PARTNER_ANSWER_TOO_LARGE));
    }

    @Test
    void aPartnerThatTricklesItsAnswerPastTheBudgetIsATimeoutAndTheCallStops() throws Exception {
        partner.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/xml; charset=utf-8")
                        .withBody("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                                + " ".repeat(20_000) + "</s:Body></s:Envelope>")
                        .withChunkedDribbleDelay(200, 20_000)));

        AttendeeAvailability bob = bob();

        assertThat(bob.getErrorCode()).isEqualTo(ServiceError.ErrorTimeoutExpired);
        assertThat(bob.getErrorDetails()).containsEntry("fedemu.reason", Reason.PARTNER_TIMEOUT.name());
        // The abandoned call is interrupted: nothing more is journaled for it after the timeout.
        assertThat(failures())
                .extracting(JournalEntry::step, JournalEntry::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(JournalEntry.Step.PARTNER_CALL, Reason.PARTNER_TIMEOUT));
    }

    @Test
    void aRelationshipNamingAHostOutsideTheScenarioIsNeverCalled() throws Exception {
        federation
                .tenant(ONPREM)
                .relationships()
                .set(
                        RELATIONSHIP,
                        RelationshipChanges.builder()
                                .targetSharingEpr("https://169.254.169.254/EWS/Exchange.asmx")
                                .build());

        AttendeeAvailability bob = bob();

        assertThat(bob.getErrorCode()).isEqualTo(ServiceError.ErrorProxyRequestProcessingFailed);
        assertThat(bob.getErrorDetails()).containsEntry("fedemu.reason", Reason.PARTNER_HOST_NOT_ALLOWED.name());
        assertThat(failures())
                .extracting(JournalEntry::step, JournalEntry::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        JournalEntry.Step.DISCOVERY, Reason.PARTNER_HOST_NOT_ALLOWED));
    }

    private static AttendeeAvailability bob() throws Exception {
        return alice().monday(FreeBusyViewType.FreeBusy, "bob@contoso.com").get(0);
    }

    /** What contoso-onprem refused or failed during this test. */
    private List<JournalEntry> failures() {
        return federation.journal().all().stream()
                .filter(entry -> entry.sequence() > journalMark)
                .filter(entry -> entry.role().equals(ONPREM))
                .filter(entry -> entry.verdict() == JournalEntry.Verdict.FAIL)
                .toList();
    }
}
