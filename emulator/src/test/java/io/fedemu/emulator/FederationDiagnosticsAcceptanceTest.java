package io.fedemu.emulator;

import static io.fedemu.emulator.StaleGatewayMetadataAcceptanceTest.find;
import static io.fedemu.emulator.StaleGatewayMetadataAcceptanceTest.format;
import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.certs.TrustBundles;
import io.fedemu.client.diagnostics.TestFederationTrust;
import io.fedemu.client.diagnostics.TestOrganizationRelationship;
import io.fedemu.client.diagnostics.TestResult;
import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.junit.FederationExtension;
import io.fedemu.tenant.Tenant;
import io.fedemu.topology.Topology;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.apache.cxf.BusFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Test-FederationTrust and Test-OrganizationRelationship with Exchange's semantics: configuration breaks are
 * reported by Id with an Error naming the mismatch; data breaks (a calendar's Default permission, clocks) are
 * not configuration and leave Test-OrganizationRelationship green.
 */
class FederationDiagnosticsAcceptanceTest {

    @RegisterExtension
    static FederationExtension federation =
            FederationExtension.scenario(Path.of("src/test/resources/scenarios/e2e.yaml"));

    static Topology topology;
    static Tenant onPremises;
    static Tenant cloud;
    static SSLContext tls;

    @BeforeAll
    static void start() {
        topology = federation.topology();
        onPremises = topology.tenant("contoso-onprem");
        cloud = topology.tenant("contoso-cloud");
        tls = TrustBundles.clientContext(topology.trustBundle());
    }

    @AfterEach
    void mend() {
        cloud.clock().setOffset(Duration.ZERO);
    }

    @Test
    void testFederationTrustOnAHealthyOrganizationSucceedsInExchangesOrder() {
        List<TestResult> results = testFederationTrust(onPremises);
        System.out.println(format(results));

        assertThat(results)
                .extracting(TestResult::id)
                .containsExactly(
                        "FederationTrustConfiguration",
                        "FederationMetadata",
                        "StsCertificate",
                        "StsPreviousCertificate",
                        "OrganizationCertificate",
                        "OrganizationPreviousCertificate",
                        "TokenRequest",
                        "TokenValidation",
                        "HybridServerVersions");
        assertThat(results).as(format(results)).allMatch(r -> r.type() != TestResult.Type.ERROR);
        assertThat(find(results, "TokenValidation").message())
                .contains(
                        "decrypted and validated",
                        "signed by gateway key "
                                + topology.gateway().signingKeys().current().thumbprint());
        assertThat(find(results, "TokenValidation").format())
                .startsWith("Id      : TokenValidation" + System.lineSeparator() + "Type    : Success");
    }

    @Test
    void testOrganizationRelationshipOnAHealthyPairSucceeds() {
        List<TestResult> results = testOrganizationRelationship(onPremises, cloud, "To contoso cloud");
        System.out.println(format(results));

        assertThat(results)
                .extracting(TestResult::id)
                .containsExactly(
                        "OrganizationRelationship",
                        "ApplicationUri",
                        "TokenIssuer",
                        "AutodiscoverUrl",
                        "DomainNames",
                        "PartnerRelationship",
                        "AccessLevels",
                        "TokenRequest",
                        "HybridServerVersions",
                        "PartnerServerVersions");
        assertThat(results).as(format(results)).allMatch(r -> r.type() == TestResult.Type.SUCCESS);
    }

    @Test
    void aDisabledRelationshipIsAnErrorOfTheRelationship() {
        List<TestResult> results = TrustChainVerifierAcceptanceTest.withRelationship(
                onPremises,
                "To contoso cloud",
                c -> c.enabled(false),
                () -> testOrganizationRelationship(onPremises, cloud, "To contoso cloud"));
        System.out.println(format(results));

        assertThat(find(results, "OrganizationRelationship").type()).isEqualTo(TestResult.Type.ERROR);
        assertThat(find(results, "OrganizationRelationship").message())
                .isEqualTo("contoso-onprem's relationship 'To contoso cloud' is disabled.");
    }

    @Test
    void aDomainMissingFromThePartnersDomainNamesIsAnErrorOfThePartnerRelationship() {
        List<TestResult> results = TrustChainVerifierAcceptanceTest.withRelationship(
                cloud,
                "To contoso on-premises",
                c -> c.domainNames("contoso.net"),
                () -> testOrganizationRelationship(onPremises, cloud, "To contoso cloud"));
        System.out.println(format(results));

        assertThat(find(results, "PartnerRelationship").type()).isEqualTo(TestResult.Type.ERROR);
        assertThat(find(results, "PartnerRelationship").message())
                .isEqualTo("The partner has no organization "
                        + "relationship listing our federated domains [contoso.com].");
    }

    @Test
    void aRelationshipWhoseDomainNamesMissThePartnersDomainsIsAnErrorOfDomainNames() {
        List<TestResult> results = TrustChainVerifierAcceptanceTest.withRelationship(
                cloud,
                "To contoso on-premises",
                c -> c.domainNames("contoso.net"),
                () -> testOrganizationRelationship(cloud, onPremises, "To contoso on-premises"));
        System.out.println(format(results));

        assertThat(find(results, "DomainNames").type()).isEqualTo(TestResult.Type.ERROR);
        assertThat(find(results, "DomainNames").message())
                .startsWith("DomainNames [contoso.net] name contoso.net, "
                        + "which the partner does not federate (InvalidDomain");
    }

    @Test
    void aWrongTargetApplicationUriIsAnErrorOfTheApplicationUri() {
        List<TestResult> results = TrustChainVerifierAcceptanceTest.withRelationship(
                onPremises,
                "To contoso cloud",
                c -> c.targetApplicationUri("FYDIBOHF25SPDLT.contoso.net"),
                () -> testOrganizationRelationship(onPremises, cloud, "To contoso cloud"));
        System.out.println(format(results));

        assertThat(find(results, "ApplicationUri").type()).isEqualTo(TestResult.Type.ERROR);
        assertThat(find(results, "ApplicationUri").message())
                .isEqualTo("TargetApplicationUri is "
                        + "FYDIBOHF25SPDLT.contoso.net but the partner's application URI is outlook.com.");
    }

    @Test
    void dataBreaksAreNotConfigurationSoTheRelationshipTestStaysGreen() {
        cloud.clock().setOffset(Duration.ofMinutes(20));

        List<TestResult> results = testOrganizationRelationship(onPremises, cloud, "To contoso cloud");
        System.out.println(format(results));

        assertThat(results).as(format(results)).allMatch(r -> r.type() == TestResult.Type.SUCCESS);
    }

    private static List<TestResult> testFederationTrust(Tenant tenant) {
        return new TestFederationTrust(
                        TenantAdminClient.adminOf(tenant.url()),
                        topology.gateway().url(),
                        topology.adminCredential(),
                        tls,
                        Clock.systemUTC())
                .run();
    }

    private static List<TestResult> testOrganizationRelationship(Tenant local, Tenant partner, String identity) {
        return new TestOrganizationRelationship(
                        TenantAdminClient.adminOf(local.url()),
                        java.net.URI.create(partner.url() + "/autodiscover/autodiscover.svc"),
                        TenantAdminClient.adminOf(partner.url()),
                        topology.adminCredential(),
                        tls,
                        BusFactory.getDefaultBus())
                .run(identity, local == onPremises ? "alice@contoso.com" : "bob@contoso.mail.onmicrosoft.com");
    }
}
