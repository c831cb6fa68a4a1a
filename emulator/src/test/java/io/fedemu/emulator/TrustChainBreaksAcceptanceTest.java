package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.Credential;
import io.fedemu.certs.TrustBundles;
import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.client.availability.EwsFaultException;
import io.fedemu.gateway.token.DelegationTokenMinter;
import io.fedemu.gateway.token.FederatedUser;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType;
import io.fedemu.protocol.ews.types.ArrayOfMailboxData;
import io.fedemu.protocol.ews.types.Duration;
import io.fedemu.protocol.ews.types.EmailAddress;
import io.fedemu.protocol.ews.types.FreeBusyViewOptionsType;
import io.fedemu.protocol.ews.types.FreeBusyViewType;
import io.fedemu.protocol.ews.types.MailboxData;
import io.fedemu.protocol.ews.types.MeetingAttendeeType;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import io.fedemu.tenant.Tenant;
import io.fedemu.tenant.relationship.RelationshipStore;
import io.fedemu.topology.Topology;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.datatype.DatatypeFactory;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every way the trust chain breaks gives its exact code or fault, and every other mailbox of the same
 * request is still answered: alice always asks for a local colleague too.
 */
class TrustChainBreaksAcceptanceTest {

    @RegisterExtension
    static FederationExtension federation =
            FederationExtension.scenario(Path.of("src/test/resources/scenarios/e2e.yaml"));

    static Topology topology;
    static Tenant onPremises;
    static Tenant cloud;

    @BeforeAll
    static void start() {
        topology = federation.topology();
        onPremises = topology.tenant("contoso-onprem");
        cloud = topology.tenant("contoso-cloud");
    }

    @AfterEach
    void mend() {
        cloud.clock().setOffset(java.time.Duration.ZERO);
        onPremises.federation().orElseThrow().tokens().clear();
    }

    @Test
    void aDisabledRelationshipOnTheRequestingSideIsInvalidForFreeBusy() throws Exception {
        List<AttendeeAvailability> answers = withRelationship(
                onPremises,
                "To contoso cloud",
                changes -> changes.enabled(false),
                () -> alice("bob@contoso.com", "alice@contoso.com"));

        assertThat(answers.get(0).getErrorCode())
                .isEqualTo(ServiceError.ErrorInvalidOrganizationRelationshipForFreeBusy);
        assertThat(answers.get(0).getErrorMessage()).contains("disabled");
        assertThat(answers.get(1).getErrorCode()).isEqualTo(ServiceError.NoError);
        assertThat(lastFailure(JournalEntry.Step.RELATIONSHIP_MATCH).reason())
                .isEqualTo(Reason.RELATIONSHIP_FOR_TARGET_DISABLED);
    }

    @Test
    void freeBusyAccessDisabledOnTheRequestingSideIsInvalidForFreeBusy() throws Exception {
        List<AttendeeAvailability> answers = withRelationship(
                onPremises,
                "To contoso cloud",
                changes -> changes.freeBusyAccessEnabled(false),
                () -> alice("bob@contoso.com", "alice@contoso.com"));

        assertThat(answers.get(0).getErrorCode())
                .isEqualTo(ServiceError.ErrorInvalidOrganizationRelationshipForFreeBusy);
        assertThat(answers.get(1).getErrorCode()).isEqualTo(ServiceError.NoError);
        assertThat(lastFailure(JournalEntry.Step.RELATIONSHIP_MATCH).reason())
                .isEqualTo(Reason.FREE_BUSY_FOR_TARGET_DISABLED);
    }

    @Test
    void aRequesterDomainMissingFromThePartnersDomainNamesGetsNoFreeBusyAccess() throws Exception {
        List<AttendeeAvailability> answers = withRelationship(
                cloud,
                "To contoso on-premises",
                changes -> changes.domainNames("contoso.net"),
                () -> alice("bob@contoso.com", "alice@contoso.com"));

        assertThat(answers.get(0).getErrorCode()).isEqualTo(ServiceError.ErrorNoFreeBusyAccess);
        assertThat(answers.get(1).getErrorCode()).isEqualTo(ServiceError.NoError);
        assertThat(lastFailure(JournalEntry.Step.ACCESS_DECISION).reason()).isEqualTo(Reason.NO_RELATIONSHIP);
    }

    @Test
    void aTargetOutsideTheFreeBusyAccessScopeGetsNoFreeBusyAccessWhileAMemberIsAnswered() throws Exception {
        List<AttendeeAvailability> answers = withRelationship(
                cloud,
                "To contoso on-premises",
                changes -> changes.freeBusyAccessScope("Partners visible"),
                () -> alice("dana@contoso.mail.onmicrosoft.com", "bob@contoso.com"));

        assertThat(answers.get(0).getErrorCode()).isEqualTo(ServiceError.ErrorNoFreeBusyAccess);
        assertThat(answers.get(1).getErrorCode())
                .as("bob is in the scope group")
                .isEqualTo(ServiceError.NoError);
        assertThat(lastFailure(JournalEntry.Step.ACCESS_DECISION).reason()).isEqualTo(Reason.OUTSIDE_SCOPE);
    }

    @Test
    void aCalendarWhoseDefaultPermissionIsNoneStaysHiddenFromPartners() throws Exception {
        EwsUser bob = new EwsUser(topology.trustBundle(), cloud.ewsUrl(), "bob@contoso.mail.onmicrosoft.com", "pw-bob");

        List<AttendeeAvailability> answers = bob.monday(
                microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType.FreeBusy,
                "carol@contoso.com",
                "alice@contoso.com");

        assertThat(answers.get(0).getErrorCode()).isEqualTo(ServiceError.ErrorNoFreeBusyAccess);
        assertThat(answers.get(1).getErrorCode()).isEqualTo(ServiceError.NoError);
        assertThat(lastFailure(JournalEntry.Step.ACCESS_DECISION).reason()).isEqualTo(Reason.DEFAULT_PERMISSION_NONE);
    }

    @Test
    void aReceiverWhoseClockRunsTwentyMinutesAheadRejectsTheTokenNamingTheSkew() throws Exception {
        cloud.clock().setOffset(java.time.Duration.ofMinutes(20));

        List<AttendeeAvailability> answers = alice("bob@contoso.com", "alice@contoso.com");

        assertThat(answers.get(0).getErrorCode()).isEqualTo(ServiceError.ErrorProxyRequestProcessingFailed);
        assertThat(answers.get(0).getErrorMessage()).contains("TOKEN_EXPIRED", "skew allowed 300 s");
        assertThat(answers.get(1).getErrorCode()).isEqualTo(ServiceError.NoError);
        assertThat(lastFailure(JournalEntry.Step.TOKEN_VALIDATION).reason()).isEqualTo(Reason.TOKEN_EXPIRED);
    }

    @Test
    void aTokenForAnotherAudienceIsAFaultNamingTheAudience() {
        String token = mint(topology.gateway().signingKeys().current(), "FYDIBOHF25SPDLT.fabrikam.com", Instant.now());

        EwsFaultException fault =
                org.junit.jupiter.api.Assertions.assertThrows(EwsFaultException.class, () -> partnerCall(token));

        assertThat(fault.reason()).isEqualTo("TOKEN_AUDIENCE_MISMATCH");
        assertThat(fault.getMessage()).contains("FYDIBOHF25SPDLT.fabrikam.com", "this organization is outlook.com");
    }

    @Test
    void anExpiredTokenIsAFault() {
        String token = mint(
                topology.gateway().signingKeys().current(),
                "outlook.com",
                Instant.now().minus(java.time.Duration.ofHours(1)));

        assertThatThrownBy(() -> partnerCall(token))
                .isInstanceOfSatisfying(
                        EwsFaultException.class,
                        fault -> assertThat(fault.reason()).isEqualTo("TOKEN_EXPIRED"));
    }

    @Test
    void aTokenSignedByAKeyTheGatewayNeverPublishedIsAFault() {
        Credential rogue = CertificateAuthority.create(Clock.systemUTC()).issueTokenSigning("rogue");

        assertThatThrownBy(() -> partnerCall(mint(rogue, "outlook.com", Instant.now())))
                .isInstanceOfSatisfying(EwsFaultException.class, fault -> {
                    assertThat(fault.reason()).isEqualTo("GATEWAY_KEY_UNKNOWN");
                    assertThat(fault.code()).isEqualTo("ErrorInvalidClientSecurityContext");
                });
    }

    @Test
    void gatewayKeyRotationAndCertificatePublishDoNotInterruptFreeBusy() throws Exception {
        assertThat(alice("bob@contoso.com").get(0).getErrorCode()).isEqualTo(ServiceError.NoError);

        topology.gateway().signingKeys().rotate();
        onPremises.federation().orElseThrow().tokens().clear();
        assertThat(alice("bob@contoso.com").get(0).getErrorCode())
                .as("after gateway key rotation")
                .isEqualTo(ServiceError.NoError);

        cloud.federation().orElseThrow().trust().stageNextCertificate();
        cloud.federation().orElseThrow().trust().publishCertificate();
        assertThat(alice("bob@contoso.com").get(0).getErrorCode())
                .as("cached token, encrypted to the previous key")
                .isEqualTo(ServiceError.NoError);
        onPremises.federation().orElseThrow().tokens().clear();
        assertThat(alice("bob@contoso.com").get(0).getErrorCode())
                .as("new token, encrypted to the new key")
                .isEqualTo(ServiceError.NoError);
    }

    private static List<AttendeeAvailability> alice(String... attendees) throws Exception {
        return new EwsUser(topology.trustBundle(), onPremises.ewsUrl(), "alice@contoso.com", "pw-alice")
                .monday(
                        microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType.Detailed,
                        attendees);
    }

    private interface Call<T> {
        T run() throws Exception;
    }

    private static <T> T withRelationship(
            Tenant tenant, String name, Consumer<RelationshipChanges.Builder> change, Call<T> call) throws Exception {
        RelationshipStore store = tenant.relationships();
        OrganizationRelationship before = store.get(name).orElseThrow();
        RelationshipChanges.Builder builder = RelationshipChanges.builder();
        change.accept(builder);
        store.set(name, builder.build());
        try {
            return call.run();
        } finally {
            store.remove(name);
            store.create(before);
        }
    }

    private static JournalEntry lastFailure(JournalEntry.Step step) {
        List<JournalEntry> failures =
                topology.journal().find(entry -> entry.step() == step && entry.verdict() == JournalEntry.Verdict.FAIL);
        assertThat(failures).as("a failed " + step + " in the journal").isNotEmpty();
        return failures.get(failures.size() - 1);
    }

    /** A token as the gateway would make it, with what the test chooses changed. */
    private static String mint(Credential signingKey, String audience, Instant issuedAt) {
        return new DelegationTokenMinter(topology.gateway().settings().issuer())
                .mint(
                        new DelegationTokenMinter.Grant(
                                new FederatedUser("alice@contoso.com", "alice-id"),
                                "FYDIBOHF25SPDLT.contoso.com",
                                audience,
                                Offer.SHARING_CALENDAR_FREE_BUSY,
                                issuedAt,
                                java.time.Duration.ofMinutes(15)),
                        signingKey,
                        cloud.federation().orElseThrow().trust().current().certificate())
                .token();
    }

    private static AvailabilityClient.Reply partnerCall(String token) throws Exception {
        AvailabilityClient client = new AvailabilityClient(
                org.apache.cxf.BusFactory.getDefaultBus(),
                URI.create(cloud.ewsUrl() + "/WSSecurity"),
                TrustBundles.clientContext(topology.trustBundle()),
                java.time.Duration.ofSeconds(5));
        GetUserAvailabilityRequestType request = new GetUserAvailabilityRequestType();
        ArrayOfMailboxData mailboxes = new ArrayOfMailboxData();
        MailboxData bob = new MailboxData();
        EmailAddress address = new EmailAddress();
        address.setAddress("bob@contoso.mail.onmicrosoft.com");
        bob.setEmail(address);
        bob.setAttendeeType(MeetingAttendeeType.REQUIRED);
        mailboxes.getMailboxData().add(bob);
        request.setMailboxDataArray(mailboxes);
        FreeBusyViewOptionsType options = new FreeBusyViewOptionsType();
        Duration window = new Duration();
        window.setStartTime(DatatypeFactory.newInstance().newXMLGregorianCalendar("2026-11-30T00:00:00Z"));
        window.setEndTime(DatatypeFactory.newInstance().newXMLGregorianCalendar("2026-12-01T00:00:00Z"));
        options.setTimeWindow(window);
        options.setRequestedView(FreeBusyViewType.DETAILED);
        request.setFreeBusyViewOptions(options);
        return client.getUserAvailability(request, null, new EwsCredentials.DelegationToken(token), "test");
    }
}
