package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.client.availability.EwsFaultException;
import io.fedemu.client.availability.FreeBusyRequest;
import io.fedemu.client.http.ProblemException;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.ews.types.ExchangeVersionType;
import io.fedemu.protocol.faults.TenantFaults;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.AvailabilityAddressSpace;
import io.fedemu.tenant.Tenant;
import io.fedemu.tenant.servers.ServerUrls;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import microsoft.exchange.webservices.data.autodiscover.AutodiscoverService;
import microsoft.exchange.webservices.data.autodiscover.enumeration.UserSettingName;
import microsoft.exchange.webservices.data.autodiscover.response.GetUserSettingsResponse;
import microsoft.exchange.webservices.data.core.ExchangeServerInfo;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.LegacyFreeBusyStatus;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import microsoft.exchange.webservices.data.property.complex.availability.CalendarEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Exchange 2007 coexistence (issue 13): the seed's servers with an availability address space for the cloud's
 * domain, as the hybrid's 2007 users need it. Dave's mailbox is on the Exchange 2007 SP3 server; his Outlook asks
 * that server's own EWS URL (the one Autodiscover gives him) at Exchange2007_SP1, with the unmodified EWS Java API.
 * Exchange 2007 cannot federate: for bob in the cloud the 2007 server proxies to the Exchange 2013 Client Access
 * server the address space names, which makes the federated call as for one of its own users.
 */
class Exchange2007CoexistenceAcceptanceTest {
    private static final String ONPREM = "contoso-onprem";
    private static final String CLOUD_DOMAIN = "contoso.mail.onmicrosoft.com";
    private static final String LEGACY_SERVER = "EX2007-01";
    private static final AvailabilityAddressSpace TO_THE_CLOUD =
            new AvailabilityAddressSpace(CLOUD_DOMAIN, "InternalProxy", true, "server:EX2013-01/ews");

    @RegisterExtension
    static FederationExtension federation =
            FederationExtension.scenario(Path.of("src/test/resources/scenarios/coexistence.yaml"));

    @AfterEach
    void mend() {
        onPremises().faults().clear();
        if (onPremises().availabilityAddressSpaces().get(CLOUD_DOMAIN).isEmpty()) {
            federation.tenantAdmin(ONPREM).addAvailabilityAddressSpace(TO_THE_CLOUD);
        }
    }

    @Test
    void aLegacyUserSeesACloudMailboxThroughTheAddressSpaceAndTheHybridServer() throws Exception {
        EwsUser dave = dave(ExchangeVersion.Exchange2007_SP1);

        List<AttendeeAvailability> answers = dave.monday(FreeBusyViewType.FreeBusy, "bob@contoso.com");

        assertThat(answers).extracting(AttendeeAvailability::getErrorCode).containsExactly(ServiceError.NoError);
        // Bob's weekly 1:1 at 10:00 London, and his afternoon working from home, which a 2007 server shows as Free
        // (the EWS Java API, like Outlook 2007, has no WorkingElsewhere and would fail on it).
        assertThat(answers.get(0).getCalendarEvents())
                .extracting(CalendarEvent::getFreeBusyStatus)
                .containsExactlyInAnyOrder(LegacyFreeBusyStatus.Busy, LegacyFreeBusyStatus.Free);
        assertThat(hop(entry -> entry.role().equals(ONPREM + "/" + LEGACY_SERVER)
                        && entry.step() == JournalEntry.Step.AVAILABILITY_ADDRESS_SPACE))
                .satisfies(entry -> {
                    assertThat(entry.verdict()).isEqualTo(JournalEntry.Verdict.PASS);
                    assertThat(entry.requester()).isEqualTo("dave@contoso.com");
                    assertThat(entry.detail())
                            .contains("address space " + CLOUD_DOMAIN, "InternalProxy", ewsOf("EX2013-01"));
                });
        // The hybrid server asks the cloud for dave, as for one of its own users, and the cloud lets dave see bob.
        assertThat(hop(entry -> entry.role().equals(ONPREM)
                        && entry.step() == JournalEntry.Step.RELATIONSHIP_MATCH
                        && "dave@contoso.com".equals(entry.requester())))
                .extracting(JournalEntry::verdict)
                .isEqualTo(JournalEntry.Verdict.PASS);
        assertThat(hop(entry -> entry.role().equals("contoso-cloud")
                        && entry.step() == JournalEntry.Step.ACCESS_DECISION
                        && "dave@contoso.com".equals(entry.requester())))
                .extracting(JournalEntry::verdict)
                .isEqualTo(JournalEntry.Verdict.PASS);
    }

    @Test
    void aClientBeforeExchange2013ReadsWorkingElsewhereAsFreeThroughTheClientAccessToMailboxHop() throws Exception {
        // The EWS Java API at Exchange2010_SP2 has no WorkingElsewhere and fails on an answer holding one.
        List<AttendeeAvailability> answers = new EwsUser(
                        federation.trustBundle(),
                        onPremises().ewsUrl(),
                        "alice@contoso.com",
                        "Passw0rd!alice",
                        ExchangeVersion.Exchange2010_SP2)
                .monday(FreeBusyViewType.FreeBusy, "alice@contoso.com", "bob@contoso.com");

        assertThat(answers)
                .extracting(AttendeeAvailability::getErrorCode)
                .containsExactly(ServiceError.NoError, ServiceError.NoError);
        assertThat(answers.get(0).getCalendarEvents())
                .extracting(CalendarEvent::getFreeBusyStatus)
                .containsExactly(LegacyFreeBusyStatus.Free);
        // Bob's afternoon at home comes across the boundary; the cloud is asked at Exchange2013 and answers
        // WorkingElsewhere, which must still reach this client as Free.
        assertThat(answers.get(1).getCalendarEvents())
                .extracting(CalendarEvent::getFreeBusyStatus)
                .contains(LegacyFreeBusyStatus.Free);
    }

    @Test
    void theLegacyServerAnswersItsOwnMailboxesAndProxiesTheOthersAsExchange2007Sp3() throws Exception {
        EwsUser dave = dave(ExchangeVersion.Exchange2007_SP1);

        List<AttendeeAvailability> answers =
                dave.monday(FreeBusyViewType.FreeBusy, "dave@contoso.com", "alice@contoso.com");

        assertThat(answers)
                .extracting(AttendeeAvailability::getErrorCode)
                .containsExactly(ServiceError.NoError, ServiceError.NoError);
        // His own site visit, shown as Free: a 2007 server has no WorkingElsewhere. Alice's afternoon at home, on an
        // Exchange 2013 back end, reaches him as Free too: the hop asks at his version.
        assertThat(answers.get(0).getCalendarEvents())
                .extracting(CalendarEvent::getFreeBusyStatus)
                .containsExactly(LegacyFreeBusyStatus.Free);
        assertThat(answers.get(1).getCalendarEvents())
                .extracting(CalendarEvent::getFreeBusyStatus)
                .containsExactly(LegacyFreeBusyStatus.Free);
        ExchangeServerInfo info = dave.serverInfo();
        assertThat(List.of(
                        info.getMajorVersion(),
                        info.getMinorVersion(),
                        info.getMajorBuildNumber(),
                        info.getMinorBuildNumber()))
                .containsExactly(8, 3, 298, 3);
        assertThat(info.getVersionString()).isNullOrEmpty();
        assertThat(hop(entry -> entry.role().equals(ONPREM + "/" + LEGACY_SERVER)
                        && entry.step() == JournalEntry.Step.MAILBOX_PROXY))
                .extracting(JournalEntry::detail)
                .asString()
                .startsWith("proxied to EX2013-01, which holds the active copy of DB01");
    }

    @Test
    void withoutAnAddressSpaceTheLegacyUserGetsErrorAddressSpaceNotFoundUntilItIsAdded() throws Exception {
        federation.tenantAdmin(ONPREM).removeAvailabilityAddressSpace(CLOUD_DOMAIN);

        List<AttendeeAvailability> without =
                dave(ExchangeVersion.Exchange2007_SP1).monday(FreeBusyViewType.FreeBusy, "bob@contoso.com");

        assertThat(without)
                .extracting(AttendeeAvailability::getErrorCode)
                .containsExactly(ServiceError.ErrorAddressSpaceNotFound);
        assertThat(without.get(0).getErrorDetails())
                .containsEntry("fedemu.reason", Reason.NO_RELATIONSHIP_FOR_TARGET.name());
        assertThat(without.get(0).getErrorMessage())
                .contains(CLOUD_DOMAIN, "add-availability-address-space", "InternalProxy");
        assertThat(hop(entry -> entry.step() == JournalEntry.Step.AVAILABILITY_ADDRESS_SPACE
                        && entry.verdict() == JournalEntry.Verdict.FAIL))
                .extracting(JournalEntry::reason)
                .isEqualTo(Reason.NO_RELATIONSHIP_FOR_TARGET);

        AvailabilityAddressSpace added = federation.tenantAdmin(ONPREM).addAvailabilityAddressSpace(TO_THE_CLOUD);

        assertThat(added).isEqualTo(TO_THE_CLOUD);
        assertThat(dave(ExchangeVersion.Exchange2007_SP1).monday(FreeBusyViewType.FreeBusy, "bob@contoso.com"))
                .extracting(AttendeeAvailability::getErrorCode)
                .containsExactly(ServiceError.NoError);
    }

    @Test
    void theAdminApiRefusesAnAddressSpaceA2007ServerCouldNotUse() {
        var admin = federation.tenantAdmin(ONPREM);

        assertThatThrownBy(() -> admin.addAvailabilityAddressSpace(TO_THE_CLOUD))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(409);
                    assertThat(problem.problem().reason()).isEqualTo(Reason.ADDRESS_SPACE_EXISTS.name());
                });
        // The 2007 server itself cannot make the federated call it would be proxied for.
        assertThatThrownBy(() -> admin.addAvailabilityAddressSpace(
                        new AvailabilityAddressSpace("fabrikam.com", "InternalProxy", true, "server:EX2007-01/ews")))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.problem().reason()).isEqualTo(Reason.ADDRESS_SPACE_INVALID.name());
                    assertThat(problem.problem().detail()).contains("proxyUrl", "EX2007-01", "Exchange 2013");
                });
        assertThatThrownBy(() -> admin.addAvailabilityAddressSpace(
                        new AvailabilityAddressSpace("fabrikam.com", "OrgWideFB", true, "server:EX2013-01/ews")))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> assertThat(problem.problem().detail()).contains("accessMethod", "InternalProxy"));
        // Exchange Online has no Client Access server of yours to proxy to.
        assertThatThrownBy(() -> federation
                        .tenantAdmin("contoso-cloud")
                        .addAvailabilityAddressSpace(
                                new AvailabilityAddressSpace("contoso.com", "InternalProxy", true, "server:EX01/ews")))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> assertThat(problem.problem().detail()).contains("only an on-premises organization"));
        assertThatThrownBy(() -> admin.removeAvailabilityAddressSpace("fabrikam.com"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(404);
                    assertThat(problem.problem().reason()).isEqualTo(Reason.ADDRESS_SPACE_NOT_FOUND.name());
                });
        assertThat(admin.availabilityAddressSpaces()).containsExactly(TO_THE_CLOUD);
    }

    @Test
    void aRequestAtExchange2010Sp2IsRefusedAsExchange2007RefusesItsSchema() throws Exception {
        assertThatThrownBy(() ->
                        dave(ExchangeVersion.Exchange2010_SP2).monday(FreeBusyViewType.FreeBusy, "dave@contoso.com"))
                .satisfies(thrown -> {
                    ServiceResponseException refused = responseException(thrown);
                    assertThat(refused.getErrorCode()).isEqualTo(ServiceError.ErrorSchemaValidation);
                    assertThat(refused.getMessage())
                            .contains(
                                    "The 'Version' attribute is invalid - The value 'Exchange2010_SP2' is invalid"
                                            + " according to its datatype",
                                    "ExchangeVersionType' - The Enumeration constraint failed.");
                });
        AvailabilityClient client = new AvailabilityClient(
                org.apache.cxf.BusFactory.getDefaultBus(), legacyEws(), federation.tls(), Duration.ofSeconds(20));
        assertThatThrownBy(() -> client.getUserAvailability(
                        FreeBusyRequest.day(LocalDate.parse("2026-11-30"), "dave@contoso.com")
                                .wire(),
                        null,
                        new EwsCredentials.Basic("dave@contoso.com", "Passw0rd!dave"),
                        null,
                        ExchangeVersionType.EXCHANGE_2013))
                .isInstanceOfSatisfying(EwsFaultException.class, fault -> {
                    assertThat(fault.code()).isEqualTo("ErrorSchemaValidation");
                    assertThat(fault.reason()).isEqualTo(Reason.REQUEST_VERSION_TOO_NEW.name());
                });
    }

    @Test
    void withTheProxyUrlsServerDownOnlyTheCloudMailboxFails() throws Exception {
        onPremises().faults().apply(new TenantFaults(null, null, null, null, List.of("EX2013-01")));

        List<AttendeeAvailability> answers = dave(ExchangeVersion.Exchange2007_SP1)
                .monday(FreeBusyViewType.FreeBusy, "bob@contoso.com", "dave@contoso.com");

        assertThat(answers)
                .extracting(AttendeeAvailability::getErrorCode)
                .containsExactly(ServiceError.ErrorProxyRequestProcessingFailed, ServiceError.NoError);
        assertThat(answers.get(0).getErrorDetails())
                .containsEntry("fedemu.reason", Reason.ADDRESS_SPACE_PROXY_FAILED.name());
        assertThat(answers.get(0).getErrorMessage()).contains(ewsOf("EX2013-01"), "could not be reached");
    }

    @Test
    void autodiscoverSendsASignedInLegacyUserToThe2007ServerAndTheOthersToTheNamespace() throws Exception {
        AutodiscoverService autodiscover = TrustingAutodiscoverService.trusting(
                federation.trustBundle(), URI.create(onPremises().url() + "/autodiscover/autodiscover.svc"));
        // As Outlook does, dave signs in (Basic, sent up front; an anonymous GetUserSettings would be challenged).
        autodiscover.getHttpHeaders().put("Authorization", RawEws.basic("dave@contoso.com", "Passw0rd!dave"));

        GetUserSettingsResponse legacy = autodiscover.getUserSettings(
                "dave@contoso.com",
                UserSettingName.InternalEwsUrl,
                UserSettingName.ExternalEwsUrl,
                UserSettingName.ExternalEwsVersion);
        GetUserSettingsResponse hybrid =
                autodiscover.getUserSettings("alice@contoso.com", UserSettingName.ExternalEwsUrl);

        assertThat(legacy.getSettings())
                .containsEntry(UserSettingName.InternalEwsUrl, legacyEws().toString())
                .containsEntry(UserSettingName.ExternalEwsUrl, legacyEws().toString())
                .containsEntry(UserSettingName.ExternalEwsVersion, "08.03.0298.003");
        assertThat(hybrid.getSettings())
                .containsEntry(
                        UserSettingName.ExternalEwsUrl, onPremises().ewsUrl().toString());
    }

    /**
     * A partner asks at /WSSecurity with its MSExchange.Autodiscover token, as Exchange does (PROTOCOL.md section 14;
     * anonymous GetUserSettings is 401), and is told the hybrid namespace even for the 2007 mailbox.
     */
    @Test
    void aPartnerAskingWithItsAutodiscoverTokenIsToldTheHybridNamespaceEvenForTheLegacyMailbox() {
        String token = federation
                .tenant("contoso-cloud")
                .federation()
                .orElseThrow()
                .tokens()
                .token(
                        "bob@contoso.mail.onmicrosoft.com",
                        "bob-id",
                        onPremises().definition().applicationUri(),
                        io.fedemu.protocol.gateway.Offer.AUTODISCOVER)
                .value();

        java.util.Map<String, String> legacy = new io.fedemu.client.autodiscover.AutodiscoverClient(
                        URI.create(onPremises().url() + "/autodiscover/autodiscover.svc/WSSecurity"),
                        federation.tls(),
                        org.apache.cxf.BusFactory.getDefaultBus())
                .userSettings(
                        "dave@contoso.com",
                        List.of("ExternalEwsUrl", "ExternalEwsVersion"),
                        new EwsCredentials.DelegationToken(token),
                        null)
                .values();

        assertThat(legacy)
                .containsEntry("ExternalEwsUrl", onPremises().ewsUrl().toString())
                .as("the namespace's build, not the 2007 server's")
                .doesNotContainEntry("ExternalEwsVersion", "08.03.0298.003");
    }

    @Test
    void wrongCredentialsAtAutodiscoverAreChallengedNotTreatedAsAPartner() throws Exception {
        HttpResponse<String> answer = HttpClient.newBuilder()
                .sslContext(federation.tls())
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(onPremises().url() + "/autodiscover/autodiscover.svc"))
                                .header("Authorization", RawEws.basic("dave@contoso.com", "wrong"))
                                .header("Content-Type", "text/xml; charset=utf-8")
                                .POST(HttpRequest.BodyPublishers.ofString("<unread/>"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
    }

    @Test
    void aCallerWithoutTheOrganizationsServerCredentialsCannotSpeakForAUser() throws Exception {
        String token = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"requester\":\"dave@contoso.com\",\"requestId\":\"x\",\"access\":[]}".getBytes());
        HttpResponse<String> answer = HttpClient.newBuilder()
                .sslContext(federation.tls())
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(ewsOf("EX2013-01")))
                                .header("Authorization", "Bearer not-the-organizations-secret")
                                .header(EwsCredentials.BackEnd.COMMON_ACCESS_TOKEN_HEADER, token)
                                .header("Content-Type", "text/xml; charset=utf-8")
                                .POST(HttpRequest.BodyPublishers.ofString("<soap:Envelope/>"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
    }

    private static Tenant onPremises() {
        return federation.tenant(ONPREM);
    }

    private static EwsUser dave(ExchangeVersion version) {
        return new EwsUser(federation.trustBundle(), legacyEws(), "dave@contoso.com", "Passw0rd!dave", version);
    }

    /** The 2007 server's own EWS URL, outside the namespace. */
    private static URI legacyEws() {
        return URI.create(ewsOf(LEGACY_SERVER));
    }

    /** A Client Access server's own EWS URL. */
    private static String ewsOf(String name) {
        return server(name).frontEnd() + Tenant.EWS_PATH;
    }

    private static ServerUrls server(String name) {
        return onPremises().serverUrls().stream()
                .filter(urls -> urls.server().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** The latest hop of this test's kind. */
    private static JournalEntry hop(Predicate<JournalEntry> kind) {
        List<JournalEntry> found = federation.journal().find(kind);
        assertThat(found).as("journal entries").isNotEmpty();
        return found.get(found.size() - 1);
    }

    private static ServiceResponseException responseException(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ServiceResponseException response) {
                return response;
            }
        }
        throw new AssertionError("no ServiceResponseException in " + thrown, thrown);
    }
}
