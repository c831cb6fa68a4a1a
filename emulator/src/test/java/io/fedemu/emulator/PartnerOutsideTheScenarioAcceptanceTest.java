package io.fedemu.emulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.RelationshipChanges;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.LegacyFreeBusyStatus;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A partner outside the scenario, as a trainer wires one in: contoso on-premises' relationship with the cloud
 * points its TargetSharingEpr at a server the scenario does not run (a stub answering GetUserAvailability as
 * Exchange would). The scenario file lists one stub under {@code allowedPartners}, the test's extension allows a
 * second with {@code allowPartner}, and a third is listed nowhere: the first two are called, the third never is
 * (PARTNER_HOST_NOT_ALLOWED, on the wire and in the journal).
 */
class PartnerOutsideTheScenarioAcceptanceTest {
    static final String ONPREM = "contoso-onprem";
    static final String RELATIONSHIP = "To contoso cloud";
    static final String PATH = "/EWS/Exchange.asmx/WSSecurity";

    // Started before the extension reads the scenario: their ports go into it.
    static final WireMockServer listedInTheScenario = started();
    static final WireMockServer allowedByTheTest = started();
    static final WireMockServer listedNowhere = started();
    static final Path SCENARIO = scenario(listedInTheScenario);

    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario(SCENARIO)
            .allowPartner(ONPREM, URI.create(allowedByTheTest.baseUrl()))
            .partnerBudget(Duration.ofSeconds(5));

    long journalMark;

    @BeforeEach
    void answerAsExchangeWould() {
        for (WireMockServer partner : List.of(listedInTheScenario, allowedByTheTest, listedNowhere)) {
            partner.resetAll();
            partner.stubFor(post(urlPathEqualTo(PATH))
                    .willReturn(aResponse()
                            .withStatus(200)
                            .withHeader("Content-Type", "text/xml; charset=utf-8")
                            .withBody(BOB_IS_BUSY_AT_TEN)));
        }
        journalMark = federation.journal().all().stream()
                .mapToLong(JournalEntry::sequence)
                .max()
                .orElse(0);
    }

    @AfterEach
    void pointTheRelationshipBackAtTheListedPartner() {
        pointTheRelationshipAt(listedInTheScenario);
    }

    @AfterAll
    static void stopThePartners() throws IOException {
        listedInTheScenario.stop();
        allowedByTheTest.stop();
        listedNowhere.stop();
        Files.deleteIfExists(SCENARIO);
    }

    @Test
    void aPartnerListedUnderAllowedPartnersIsCalledWithTheDelegationToken() throws Exception {
        AttendeeAvailability bob = bob();

        assertThat(bob.getErrorCode()).as(bob.getErrorMessage()).isEqualTo(ServiceError.NoError);
        assertThat(bob.getCalendarEvents())
                .singleElement()
                .satisfies(event -> assertThat(event.getFreeBusyStatus()).isEqualTo(LegacyFreeBusyStatus.Busy));
        List<LoggedRequest> calls = listedInTheScenario.findAll(postRequestedFor(urlPathEqualTo(PATH)));
        assertThat(calls)
                .singleElement()
                .satisfies(call -> assertThat(call.getBodyAsString())
                        .contains("BinarySecurityToken", "bob@contoso.mail.onmicrosoft.com"));
        assertThat(failures()).isEmpty();
    }

    @Test
    void aPartnerAllowedByTheTestIsCalledToo() throws Exception {
        pointTheRelationshipAt(allowedByTheTest);

        AttendeeAvailability bob = bob();

        assertThat(bob.getErrorCode()).as(bob.getErrorMessage()).isEqualTo(ServiceError.NoError);
        assertThat(allowedByTheTest.findAll(postRequestedFor(urlPathEqualTo(PATH))))
                .hasSize(1);
        assertThat(federation.tenant(ONPREM).partnerHosts().allows(URI.create(allowedByTheTest.baseUrl())))
                .isTrue();
    }

    @Test
    void aPartnerListedNowhereIsRefusedAndNeverCalled() throws Exception {
        pointTheRelationshipAt(listedNowhere);

        AttendeeAvailability bob = bob();

        assertThat(bob.getErrorCode()).isEqualTo(ServiceError.ErrorProxyRequestProcessingFailed);
        assertThat(bob.getErrorDetails()).containsEntry("fedemu.reason", Reason.PARTNER_HOST_NOT_ALLOWED.name());
        assertThat(bob.getErrorMessage()).contains(":" + listedNowhere.port() + ")");
        assertThat(failures())
                .extracting(JournalEntry::step, JournalEntry::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        JournalEntry.Step.DISCOVERY, Reason.PARTNER_HOST_NOT_ALLOWED));
        assertThat(listedNowhere.getAllServeEvents())
                .as("no request reached it")
                .isEmpty();
        assertThat(Reason.PARTNER_HOST_NOT_ALLOWED.remedy(null))
                .as("the remedy names the scenario field")
                .contains("allowedPartners");
    }

    private static void pointTheRelationshipAt(WireMockServer partner) {
        federation
                .tenant(ONPREM)
                .relationships()
                .set(
                        RELATIONSHIP,
                        RelationshipChanges.builder()
                                .targetSharingEpr(partner.baseUrl() + PATH)
                                .build());
    }

    private static AttendeeAvailability bob() throws Exception {
        return new EwsUser(
                        federation.trustBundle(),
                        federation.tenant(ONPREM).ewsUrl(),
                        "alice@contoso.com",
                        "Passw0rd!alice")
                .monday(FreeBusyViewType.FreeBusy, "bob@contoso.com")
                .get(0);
    }

    /** What contoso-onprem refused or failed during this test. */
    private List<JournalEntry> failures() {
        return federation.journal().all().stream()
                .filter(entry -> entry.sequence() > journalMark)
                .filter(entry -> entry.role().equals(ONPREM))
                .filter(entry -> entry.verdict() == JournalEntry.Verdict.FAIL)
                .toList();
    }

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .extensionScanningEnabled(false));
        server.start();
        return server;
    }

    /**
     * contoso on-premises and contoso cloud (whose application URI the gateway issues the token for), with the
     * on-premises relationship pointing outside the scenario and that partner listed under allowedPartners.
     */
    private static Path scenario(WireMockServer partner) {
        try {
            Path file = Files.createTempFile("partner-outside", ".yaml");
            Files.writeString(file, """
                    scenario: partner-outside
                    organizations:
                      - name: contoso-onprem
                        kind: on-premises
                        domains: [contoso.com]
                        mailboxes:
                          - {address: alice@contoso.com, password: Passw0rd!alice, timeZone: UTC}
                        remoteMailboxes:
                          - {address: bob@contoso.com, targetAddress: bob@contoso.mail.onmicrosoft.com}
                        relationships:
                          - name: %s
                            domainNames: [contoso.mail.onmicrosoft.com]
                            freeBusyAccessEnabled: true
                            freeBusyAccessLevel: AvailabilityOnly
                            targetApplicationUri: outlook.com
                            targetSharingEpr: %s%s
                        allowedPartners: [%s]
                      - name: contoso-cloud
                        kind: cloud
                        domains: [contoso.mail.onmicrosoft.com]
                        applicationUri: outlook.com
                    """.formatted(RELATIONSHIP, partner.baseUrl(), PATH, partner.baseUrl()));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What an Exchange answers for one mailbox busy from 10:00 to 11:00 UTC on Monday 2026-11-30. */
    static final String BOB_IS_BUSY_AT_TEN = """
            <?xml version="1.0" encoding="utf-8"?>
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
              <s:Header>
                <h:ServerVersionInfo xmlns:h="http://schemas.microsoft.com/exchange/services/2006/types"
                    MajorVersion="15" MinorVersion="1" MajorBuildNumber="2507" MinorBuildNumber="6"/>
              </s:Header>
              <s:Body>
                <GetUserAvailabilityResponse xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                  <FreeBusyResponseArray>
                    <FreeBusyResponse>
                      <ResponseMessage ResponseClass="Success"><ResponseCode>NoError</ResponseCode></ResponseMessage>
                      <FreeBusyView>
                        <FreeBusyViewType xmlns="http://schemas.microsoft.com/exchange/services/2006/types">FreeBusy</FreeBusyViewType>
                        <CalendarEventArray xmlns="http://schemas.microsoft.com/exchange/services/2006/types">
                          <CalendarEvent>
                            <StartTime>2026-11-30T10:00:00</StartTime>
                            <EndTime>2026-11-30T11:00:00</EndTime>
                            <BusyType>Busy</BusyType>
                          </CalendarEvent>
                        </CalendarEventArray>
                      </FreeBusyView>
                    </FreeBusyResponse>
                  </FreeBusyResponseArray>
                </GetUserAvailabilityResponse>
              </s:Body>
            </s:Envelope>
            """;
}
