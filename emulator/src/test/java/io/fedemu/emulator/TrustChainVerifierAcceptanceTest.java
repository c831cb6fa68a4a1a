package io.fedemu.emulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.fedemu.certs.TrustBundles;
import io.fedemu.client.verify.ChainEndpoints;
import io.fedemu.client.verify.Link;
import io.fedemu.client.verify.LinkResult;
import io.fedemu.client.verify.TrustChainReport;
import io.fedemu.client.verify.TrustChainVerifier;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import io.fedemu.runtime.transport.RoleServer;
import io.fedemu.tenant.Tenant;
import io.fedemu.tenant.relationship.RelationshipStore;
import io.fedemu.topology.Topology;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.cxf.BusFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A trainer breaks one link of the chain at a time; the verifier, looking only from outside, names the
 * broken link first, gives the reason the tenants' journal gives, and the remedy.
 */
class TrustChainVerifierAcceptanceTest {

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
        cloud.clock().setOffset(Duration.ZERO);
        onPremises.federation().orElseThrow().tokens().clear();
    }

    @Test
    void aHealthyChainIsAllTicks() {
        TrustChainReport report = aliceAsksFor("bob@contoso.com");
        System.out.println(report.format());

        assertThat(report.ok()).as(report.format()).isTrue();
        assertThat(report.links()).extracting(LinkResult::link).containsExactly(Link.values());
        assertThat(report.format())
                .contains(
                        "✓ routing of the target address: bob@contoso.com is a remote mailbox "
                                + "with targetAddress bob@contoso.mail.onmicrosoft.com",
                        "✓ organization relationship of the partner: 'To contoso on-premises' [contoso.com]: enabled, "
                                + "free/busy LimitedDetails, scope everyone",
                        "✓ the free/busy answer: NoError");
        assertThat(report.link(Link.TOKEN).detail())
                .isEqualTo("the gateway issued a "
                        + "MSExchange.SharingCalendarFreeBusy token for alice@contoso.com to outlook.com");
        // The Autodiscover token is its own link (PROTOCOL.md section 14); this scenario names the partner's EWS.
        assertThat(report.link(Link.AUTODISCOVER_TOKEN).detail())
                .startsWith("not used: contoso-onprem's relationship names TargetSharingEpr");
        assertThat(report.link(Link.GATEWAY_METADATA).detail())
                .contains("signing certificate "
                        + topology.gateway().signingKeys().current().thumbprint());
    }

    @Test
    void aDisabledRelationshipIsTheRequestingSidesRelationshipLink() {
        TrustChainReport report = withRelationship(
                onPremises, "To contoso cloud", c -> c.enabled(false), () -> aliceAsksFor("bob@contoso.com"));

        LinkResult broken = report.firstBroken().orElseThrow();
        assertThat(broken.link()).as(report.format()).isEqualTo(Link.REQUESTER_RELATIONSHIP);
        assertThat(broken.reason()).isEqualTo(Reason.RELATIONSHIP_FOR_TARGET_DISABLED);
        assertThat(broken.remedy())
                .isEqualTo(
                        "run set-organization-relationship --tenant contoso-onprem --identity 'To contoso cloud' --enabled true");
        assertThat(report.link(Link.ANSWER).reason()).isEqualTo(Reason.RELATIONSHIP_FOR_TARGET_DISABLED);
        assertThat(report.link(Link.ANSWER).detail()).startsWith("ErrorInvalidOrganizationRelationshipForFreeBusy");
        assertThat(report.format())
                .contains("✗ organization relationship of the requesting side: RELATIONSHIP_FOR_TARGET_DISABLED: "
                        + "contoso-onprem's relationship 'To contoso cloud' is disabled");
    }

    @Test
    void aWrongTargetAddressIsTheRoutingLink() {
        TrustChainReport report = aliceAsksFor("wrong@contoso.com");

        LinkResult broken = report.firstBroken().orElseThrow();
        assertThat(broken.link()).as(report.format()).isEqualTo(Link.TARGET_ROUTING);
        assertThat(broken.reason()).isEqualTo(Reason.TARGET_DOMAIN_NOT_FEDERATED);
        assertThat(broken.detail())
                .contains(
                        "targetAddress wrong@contoso.mail.onmicrosof.com",
                        "contoso.mail.onmicrosof.com is not among contoso-cloud's federated domains");
        assertThat(broken.remedy())
                .isEqualTo("correct the targetAddress of wrong@contoso.com on contoso-onprem to an "
                        + "address in [contoso.mail.onmicrosoft.com] (Set-RemoteMailbox -RemoteRoutingAddress)");
        assertThat(report.link(Link.ANSWER).detail()).startsWith("ErrorAddressSpaceNotFound");
    }

    @Test
    void aDomainMissingFromThePartnersDomainNamesIsThePartnersRelationshipLink() {
        TrustChainReport report = withRelationship(
                cloud,
                "To contoso on-premises",
                c -> c.domainNames("contoso.net"),
                () -> aliceAsksFor("bob@contoso.com"));

        LinkResult broken = report.firstBroken().orElseThrow();
        assertThat(broken.link()).as(report.format()).isEqualTo(Link.PARTNER_RELATIONSHIP);
        assertThat(broken.reason()).isEqualTo(Reason.NO_RELATIONSHIP);
        assertThat(broken.detail())
                .contains("contoso-cloud has no organization relationship listing the requester's "
                        + "domain contoso.com");
        assertThat(broken.remedy()).startsWith("add contoso.com to the DomainNames of contoso-cloud's relationship");
        assertThat(report.link(Link.ANSWER).reason()).isEqualTo(Reason.NO_RELATIONSHIP);
        assertThat(report.link(Link.ANSWER).detail()).startsWith("ErrorNoFreeBusyAccess");
    }

    @Test
    void clockSkewIsTheAnswerLinkNamingTokenExpired() {
        cloud.clock().setOffset(Duration.ofMinutes(20));

        TrustChainReport report = aliceAsksFor("bob@contoso.com");

        LinkResult broken = report.firstBroken().orElseThrow();
        assertThat(broken.link()).as(report.format()).isEqualTo(Link.ANSWER);
        assertThat(broken.reason()).isEqualTo(Reason.TOKEN_EXPIRED);
        assertThat(broken.detail()).startsWith("ErrorProxyRequestProcessingFailed");
        assertThat(broken.remedy())
                .isEqualTo("the clocks of contoso-onprem, contoso-cloud and the gateway are more "
                        + "than 5 minutes apart: set the clock that is off to the right time");
    }

    @Test
    void aDefaultPermissionOfNoneIsTheTargetMailboxLink() {
        TrustChainReport report =
                verifier(cloud, onPremises).verify("bob@contoso.mail.onmicrosoft.com", "pw-bob", "carol@contoso.com");

        LinkResult broken = report.firstBroken().orElseThrow();
        assertThat(broken.link()).as(report.format()).isEqualTo(Link.TARGET_MAILBOX);
        assertThat(broken.reason()).isEqualTo(Reason.DEFAULT_PERMISSION_NONE);
        assertThat(broken.remedy())
                .isEqualTo("the owner of carol@contoso.com on contoso-onprem must set the "
                        + "calendar's Default permission to at least AvailabilityOnly (FreeBusyTimeOnly)");
        assertThat(report.link(Link.ANSWER).reason()).isEqualTo(Reason.DEFAULT_PERMISSION_NONE);
    }

    @Test
    void aMailboxOfTheRequestersOwnOrganizationIsTheRoutingLink() {
        TrustChainReport report = aliceAsksFor("carol@contoso.com");

        LinkResult broken = report.firstBroken().orElseThrow();
        assertThat(broken.link()).as(report.format()).isEqualTo(Link.TARGET_ROUTING);
        assertThat(broken.reason()).isEqualTo(Reason.TARGET_IS_LOCAL);
        assertThat(broken.detail())
                .isEqualTo("carol@contoso.com is a mailbox of contoso-onprem: its free/busy never "
                        + "crosses the boundary");
        assertThat(broken.remedy()).isEqualTo("ask for a mailbox of contoso-cloud");
    }

    @Test
    void anUnreachablePartnerAutodiscoverLeavesNoAudienceForADomainWithoutARelationship() {
        ChainEndpoints healthy =
                ChainEndpoints.of(topology.gateway().url(), onPremises.url(), cloud.url(), topology.adminCredential());
        URI closed =
                URI.create("https://127.0.0.1:" + RoleServer.freePort("127.0.0.1") + ChainEndpoints.AUTODISCOVER_PATH);

        TrustChainReport report = verifier(
                        new ChainEndpoints(
                                healthy.gateway(),
                                healthy.requesterEws(),
                                healthy.requesterAutodiscover(),
                                healthy.requesterAdmin(),
                                closed,
                                healthy.partnerAdmin(),
                                healthy.admin()),
                        Clock.systemUTC())
                .verify("alice@contoso.com", "pw-alice", "zoe@northwind.example");

        LinkResult broken = report.firstBroken().orElseThrow();
        assertThat(broken.link()).as(report.format()).isEqualTo(Link.PARTNER_FEDERATION_INFORMATION);
        assertThat(broken.reason()).isEqualTo(Reason.ENDPOINT_UNREACHABLE);
        assertThat(broken.detail()).startsWith("GetFederationInformation failed: ");
        assertThat(report.link(Link.TOKEN).reason()).as(report.format()).isEqualTo(Reason.NO_AUDIENCE);
        assertThat(report.link(Link.TOKEN).remedy())
                .isEqualTo("set TargetApplicationUri of contoso-onprem's relationship (get-federation-information)");
    }

    @Test
    void anAutodiscoverOfAnotherOrganizationThanTheAdminApiIsAnApplicationUriMismatch() {
        ChainEndpoints healthy =
                ChainEndpoints.of(topology.gateway().url(), onPremises.url(), cloud.url(), topology.adminCredential());
        ChainEndpoints crossed = new ChainEndpoints(
                healthy.gateway(),
                healthy.requesterEws(),
                healthy.requesterAutodiscover(),
                healthy.partnerAdmin(), // contoso-cloud's admin API where contoso-onprem's should be
                healthy.partnerAutodiscover(),
                healthy.partnerAdmin(),
                healthy.admin());

        TrustChainReport report =
                verifier(crossed, Clock.systemUTC()).verify("alice@contoso.com", "pw-alice", "bob@contoso.com");

        LinkResult federationInformation = report.link(Link.REQUESTER_FEDERATION_INFORMATION);
        assertThat(federationInformation.reason()).as(report.format()).isEqualTo(Reason.APPLICATION_URI_MISMATCH);
        assertThat(federationInformation.detail())
                .contains("ApplicationUri FYDIBOHF25SPDLT.contoso.com", "its federation trust says outlook.com");
        assertThat(federationInformation.remedy()).isEqualTo("check the Autodiscover URL configured for contoso-cloud");
    }

    @Test
    void aGatewaySigningCertificatePastItsValidityIsTheGatewayMetadataLink() {
        Clock aYearAndMoreLater = Clock.offset(Clock.systemUTC(), Duration.ofDays(400));

        TrustChainReport report = verifier(
                        ChainEndpoints.of(
                                topology.gateway().url(), onPremises.url(), cloud.url(), topology.adminCredential()),
                        aYearAndMoreLater)
                .verify("alice@contoso.com", "pw-alice", "bob@contoso.com");

        LinkResult metadata = report.link(Link.GATEWAY_METADATA);
        assertThat(metadata.reason()).as(report.format()).isEqualTo(Reason.GATEWAY_CERTIFICATE_NOT_CURRENT);
        assertThat(metadata.detail())
                .contains("signing certificate "
                        + topology.gateway().signingKeys().current().thumbprint());
        assertThat(metadata.remedy())
                .isEqualTo("rotate the gateway's signing key (POST /admin/signing-key/rotate at the gateway)");
    }

    @Test
    void anAdminUrlAnsweringSomethingElseThanTheAdminApiIsCheckFailed() {
        WireMockServer website = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .disableRequestJournal()
                .extensionScanningEnabled(false));
        website.start();
        try {
            website.stubFor(any(anyUrl())
                    .willReturn(aResponse()
                            .withStatus(200)
                            .withHeader("Content-Type", "text/html")
                            .withBody("<html><body>It works!</body></html>")));
            ChainEndpoints healthy = ChainEndpoints.of(
                    topology.gateway().url(), onPremises.url(), cloud.url(), topology.adminCredential());
            ChainEndpoints wrongAdmin = new ChainEndpoints(
                    healthy.gateway(),
                    healthy.requesterEws(),
                    healthy.requesterAutodiscover(),
                    healthy.requesterAdmin(),
                    healthy.partnerAutodiscover(),
                    URI.create(website.baseUrl() + "/admin"),
                    healthy.admin());

            TrustChainReport report =
                    verifier(wrongAdmin, Clock.systemUTC()).verify("alice@contoso.com", "pw-alice", "bob@contoso.com");

            LinkResult mailbox = report.link(Link.TARGET_MAILBOX);
            assertThat(mailbox.reason()).as(report.format()).isEqualTo(Reason.CHECK_FAILED);
            assertThat(mailbox.detail()).startsWith("could not be checked: ").contains("It works!");
            assertThat(report.link(Link.PARTNER_RELATIONSHIP).reason()).isEqualTo(Reason.CHECK_FAILED);
        } finally {
            website.stop();
        }
    }

    static TrustChainVerifier verifier(ChainEndpoints endpoints, Clock clock) {
        return new TrustChainVerifier(
                endpoints, TrustBundles.clientContext(topology.trustBundle()), BusFactory.getDefaultBus(), clock);
    }

    static TrustChainVerifier verifier(Tenant requester, Tenant partner) {
        return new TrustChainVerifier(
                ChainEndpoints.of(topology.gateway().url(), requester.url(), partner.url(), topology.adminCredential()),
                TrustBundles.clientContext(topology.trustBundle()),
                BusFactory.getDefaultBus(),
                Clock.systemUTC());
    }

    private static TrustChainReport aliceAsksFor(String target) {
        return verifier(onPremises, cloud).verify("alice@contoso.com", "pw-alice", target);
    }

    static <T> T withRelationship(
            Tenant tenant, String name, Consumer<RelationshipChanges.Builder> change, Supplier<T> call) {
        RelationshipStore store = tenant.relationships();
        OrganizationRelationship before = store.get(name).orElseThrow();
        RelationshipChanges.Builder builder = RelationshipChanges.builder();
        change.accept(builder);
        store.set(name, builder.build());
        try {
            return call.get();
        } finally {
            store.remove(name);
            store.create(before);
        }
    }
}
