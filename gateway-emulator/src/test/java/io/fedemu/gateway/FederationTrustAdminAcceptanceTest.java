package io.fedemu.gateway;

import static io.fedemu.gateway.GatewayFixture.CLOUD;
import static io.fedemu.gateway.GatewayFixture.ON_PREMISES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.Credential;
import io.fedemu.certs.FederatedDomainProof;
import io.fedemu.client.http.JsonHttp;
import io.fedemu.client.http.ProblemException;
import io.fedemu.protocol.gateway.OrganizationInfo;
import io.fedemu.protocol.gateway.OrganizationKind;
import io.fedemu.protocol.gateway.OrganizationRegistration;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Setting up federation trusts at the gateway through its admin API, and every way it refuses: each
 * refusal is a problem body naming the rule, and the registry is unchanged afterwards.
 */
class FederationTrustAdminAcceptanceTest {
    @TempDir
    static Path state;

    static GatewayFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new GatewayFixture(state);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void anOnPremisesOrganizationGetsItsApplicationUriFromItsFirstProvenDomain() {
        OrganizationInfo onPremises = fixture.admin.organization(ON_PREMISES);

        assertThat(onPremises.applicationUri()).isEqualTo("FYDIBOHF25SPDLT.contoso.com");
        assertThat(onPremises.federatedDomains()).containsExactly("contoso.com");
        assertThat(onPremises.applicationIdentifier()).matches("[0-9A-F]{16}");
        assertThat(onPremises.currentCertificate().thumbprint()).isEqualTo(fixture.onPremisesKey.thumbprint());
        assertThat(onPremises.enabled()).isTrue();
        assertThat(fixture.admin.organization(CLOUD).applicationUri()).isEqualTo("outlook.com");
    }

    @Test
    void aWrongProofIsRefusedAndNothingChanges() {
        List<OrganizationInfo> before = fixture.admin.organizations();
        String proofForAnotherDomain = FederatedDomainProof.create(fixture.onPremisesKey, "contoso.net")
                .proof();

        ProblemException refused = assertThrows(
                ProblemException.class,
                () -> fixture.admin.proveDomain(ON_PREMISES, "sales.contoso.com", proofForAnotherDomain));

        assertProblem(refused, 400, "DOMAIN_PROOF_INVALID");
        assertThat(refused.problem().detail())
                .startsWith("the proof for sales.contoso.com was not signed by the "
                        + "current federation certificate of contoso-onprem");
        assertThat(fixture.admin.organizations()).isEqualTo(before);
    }

    @Test
    void aDomainHeldByAnotherOrganizationIsRefusedEvenWithAValidProof() {
        List<OrganizationInfo> before = fixture.admin.organizations();
        String cloudsOwnProof =
                FederatedDomainProof.create(fixture.cloudKey, "contoso.com").proof();

        ProblemException refused = assertThrows(
                ProblemException.class, () -> fixture.admin.proveDomain(CLOUD, "contoso.com", cloudsOwnProof));

        assertProblem(refused, 409, "DOMAIN_HELD_BY_ANOTHER_ORGANIZATION");
        assertThat(refused.problem().detail())
                .isEqualTo("domain contoso.com is federated by organization contoso-onprem");
        assertThat(fixture.admin.organizations()).isEqualTo(before);
    }

    @Test
    void stagingTheCurrentCertificateAsTheNextIsRefusedAndNothingChanges() {
        List<OrganizationInfo> before = fixture.admin.organizations();

        ProblemException refused = assertThrows(
                ProblemException.class,
                () -> fixture.admin.stageNextCertificate(ON_PREMISES, GatewayFixture.pem(fixture.onPremisesKey)));

        assertProblem(refused, 409, "CERTIFICATE_ALREADY_CURRENT");
        assertThat(refused.problem().type()).isEqualTo("urn:fedemu:reason:certificate-already-current");
        assertThat(fixture.admin.organizations()).isEqualTo(before);
    }

    @Test
    void anUnknownOrganizationIsAProblem404() {
        ProblemException refused =
                assertThrows(ProblemException.class, () -> fixture.admin.proveDomain("nobody", "nobody.example", "x"));

        assertProblem(refused, 404, "FEDERATION_TRUST_NOT_FOUND");
        assertThat(refused.problem().detail()).isEqualTo("no federation trust for organization 'nobody'");
    }

    @Test
    void aCertificateWithoutClientAuthenticationIsNotAFederationCertificate() throws Exception {
        Credential tls = CertificateAuthority.create(Clock.systemUTC()).issueTlsServer(List.of("fabrikam.com"));

        ProblemException refused = assertThrows(
                ProblemException.class,
                () -> fixture.admin.register(new OrganizationRegistration(
                        "fabrikam", OrganizationKind.ON_PREMISES, null, GatewayFixture.pem(tls))));

        assertProblem(refused, 400, "CERTIFICATE_NOT_FEDERATION_CAPABLE");
        // A TLS certificate lacks the EKU, and since issue 18 its key is ECDSA too: the detail names both.
        assertThat(refused.problem().detail())
                .endsWith("lacks an RSA key of at least 2048 bits, the Client Authentication extended key usage");
        assertThat(fixture.admin.organizations())
                .extracting(OrganizationInfo::name)
                .doesNotContain("fabrikam");
    }

    @Test
    void duplicateNamesApplicationUrisAndMissingFieldsAreRefused() {
        Credential key = CertificateAuthority.selfSignedFederation("dup", Clock.systemUTC());

        assertProblem(
                assertThrows(
                        ProblemException.class,
                        () -> fixture.admin.register(new OrganizationRegistration(
                                ON_PREMISES, OrganizationKind.ON_PREMISES, null, GatewayFixture.pem(key)))),
                409,
                "ORGANIZATION_EXISTS");
        assertProblem(
                assertThrows(
                        ProblemException.class,
                        () -> fixture.admin.register(new OrganizationRegistration(
                                "copycat", OrganizationKind.CLOUD, "outlook.com", GatewayFixture.pem(key)))),
                409,
                "APPLICATION_URI_TAKEN");
        assertProblem(
                assertThrows(
                        ProblemException.class,
                        () -> fixture.admin.register(new OrganizationRegistration(
                                "cloudless", OrganizationKind.CLOUD, null, GatewayFixture.pem(key)))),
                400,
                "APPLICATION_URI_REQUIRED");
        assertProblem(
                assertThrows(
                        ProblemException.class,
                        () -> fixture.admin.register(new OrganizationRegistration(
                                "nocert",
                                OrganizationKind.ON_PREMISES,
                                null,
                                "-----BEGIN CERTIFICATE-----\nAAAA\n-----END " + "CERTIFICATE-----\n"))),
                400,
                "CERTIFICATE_UNREADABLE");
        assertThat(fixture.admin.organizations()).hasSize(2);
    }

    @Test
    void malformedJsonAnUnknownFieldAndAnOversizedBodyAreProblemsNotCrashes() {
        JsonHttp http = new JsonHttp(fixture.tls, Duration.ofSeconds(10))
                .withAdmin(io.fedemu.runtime.admin.AdminAccess.of(fixture.state).credential());
        URI organizations = URI.create(fixture.gateway.url() + "/admin/organizations");

        JsonHttp.Reply malformed = http.send(HttpRequest.newBuilder(organizations)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": "))
                .build());
        JsonHttp.Reply unknownField = http.send(HttpRequest.newBuilder(organizations)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"nmae\": \"typo\"}"))
                .build());
        JsonHttp.Reply oversized = http.send(HttpRequest.newBuilder(organizations)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + "x".repeat(100_000) + "\"}"))
                .build());

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.body()).contains("\"reason\":\"REQUEST_INVALID\"");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.body()).contains("nmae");
        byte[] big = ("{\"name\": \"" + "x".repeat(100_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        JsonHttp.Reply chunked = http.send(HttpRequest.newBuilder(organizations)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
                .build());
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.body()).contains("\"reason\":\"BODY_TOO_LARGE\"");
        assertThat(chunked.status())
                .as("no declared length: cut off while streaming")
                .isEqualTo(413);
        assertThat(chunked.body()).contains("\"reason\":\"BODY_TOO_LARGE\"");
        assertThat(fixture.admin.organizations()).hasSize(2);
    }

    @Test
    void theRegistryIsPersistedAsPublicMaterialOnly() throws Exception {
        String registry = Files.readString(state.resolve("gateway/registry.json"));

        assertThat(registry).contains("\"contoso-onprem\"", "BEGIN CERTIFICATE").doesNotContain("PRIVATE KEY");
    }

    private static void assertProblem(ProblemException refused, int status, String reason) {
        assertThat(refused.status()).isEqualTo(status);
        assertThat(refused.problem().status()).isEqualTo(status);
        assertThat(refused.problem().reason()).isEqualTo(reason);
    }
}
