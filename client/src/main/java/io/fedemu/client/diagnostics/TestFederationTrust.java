package io.fedemu.client.diagnostics;

import io.fedemu.client.gateway.GatewayAdminClient;
import io.fedemu.client.gateway.GatewayClient;
import io.fedemu.client.gateway.SigningCertificates;
import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.protocol.admin.AdminCredential;
import io.fedemu.protocol.gateway.CertificateInfo;
import io.fedemu.protocol.gateway.GatewayMetadata;
import io.fedemu.protocol.gateway.OrganizationInfo;
import io.fedemu.protocol.tenant.FederationTrustInfo;
import io.fedemu.protocol.tenant.TokenTestInfo;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/**
 * Test-FederationTrust (PROTOCOL.md section 5) for one organization: its federation trust configuration,
 * the gateway's metadata and its copy, the gateway (STS) certificate and previous certificate, the
 * organization's certificate and previous as the gateway holds them, a token request and the validation of
 * that token, a round trip to the organization's own application URI. Results keep Exchange's Ids; one is
 * fedemu's own, HybridServerVersions: the organization's servers against the hybrid's version gates.
 */
public final class TestFederationTrust {
    private final TenantAdminClient tenant;
    private final GatewayClient gateway;
    private final GatewayAdminClient gatewayAdmin;
    private final Clock clock;

    public TestFederationTrust(URI tenantAdmin, URI gatewayUrl, AdminCredential admin, SSLContext tls, Clock clock) {
        this.tenant = new TenantAdminClient(tenantAdmin, tls, admin);
        this.gateway = new GatewayClient(gatewayUrl, tls);
        this.gatewayAdmin = new GatewayAdminClient(gatewayUrl, tls, admin);
        this.clock = clock;
    }

    public List<TestResult> run() {
        List<TestResult> results = new ArrayList<>();
        Instant now = clock.instant();
        FederationTrustInfo trust = fetch(results, "FederationTrustConfiguration", tenant::federationTrust);
        if (trust == null) {
            return results;
        }
        results.add(TestResult.success(
                "FederationTrustConfiguration",
                "Federation trust of " + trust.name()
                        + ": application URI " + trust.applicationUri() + ", federated domains "
                        + trust.federatedDomains()
                        + ", certificate " + trust.currentCertificate() + "."));
        GatewayMetadata metadata = fetch(results, "FederationMetadata", gateway::metadata);
        if (metadata != null) {
            results.add(metadataCopy(trust, metadata));
            X509Certificate sts = SigningCertificates.x509(metadata.tokenIssuerCertificate());
            results.add(Certificates.judge(
                    "StsCertificate",
                    "The gateway's signing certificate",
                    metadata.tokenIssuerCertificate().thumbprint(),
                    sts.getNotBefore().toInstant(),
                    sts.getNotAfter().toInstant(),
                    now));
            if (metadata.tokenIssuerPrevCertificate() == null) {
                results.add(TestResult.success(
                        "StsPreviousCertificate", "The gateway has no previous signing " + "certificate."));
            } else {
                X509Certificate previous = SigningCertificates.x509(metadata.tokenIssuerPrevCertificate());
                results.add(Certificates.judge(
                        "StsPreviousCertificate",
                        "The gateway's previous signing certificate",
                        metadata.tokenIssuerPrevCertificate().thumbprint(),
                        previous.getNotBefore().toInstant(),
                        previous.getNotAfter().toInstant(),
                        now));
            }
        }
        OrganizationInfo registered =
                fetch(results, "OrganizationCertificate", () -> gatewayAdmin.organization(trust.name()));
        if (registered != null) {
            results.add(organizationCertificate(
                    "OrganizationCertificate",
                    "certificate",
                    trust.currentCertificate(),
                    registered.currentCertificate(),
                    now));
            results.add(organizationCertificate(
                    "OrganizationPreviousCertificate",
                    "previous certificate",
                    trust.previousCertificate(),
                    registered.previousCertificate(),
                    now));
        }
        TokenTestInfo token = fetch(results, "TokenRequest", () -> tenant.testToken(null, null));
        if (token != null) {
            results.addAll(tokenResults(token));
        }
        // fedemu's own line, after Exchange's.
        var servers = fetch(results, "HybridServerVersions", tenant::exchangeServers);
        if (servers != null) {
            results.add(ServerVersions.judge("HybridServerVersions", trust.name(), servers));
        }
        return List.copyOf(results);
    }

    private static TestResult metadataCopy(FederationTrustInfo trust, GatewayMetadata metadata) {
        String current = metadata.tokenIssuerCertificate().thumbprint();
        List<String> held = trust.tokenIssuerKeys() == null ? List.of() : trust.tokenIssuerKeys();
        if (trust.tokenIssuerUri() != null && !trust.tokenIssuerUri().equals(metadata.issuer())) {
            return TestResult.error(
                    "FederationMetadata",
                    trust.name() + " trusts issuer " + trust.tokenIssuerUri() + " but the gateway is "
                            + metadata.issuer() + ".");
        }
        if (held.stream().noneMatch(key -> key.equalsIgnoreCase(current))) {
            return TestResult.error(
                    "FederationMetadata",
                    trust.name() + "'s copy of the gateway metadata (fetched "
                            + trust.metadataFetchedAt() + ", keys " + held
                            + ") lacks the gateway's current signing key "
                            + current + ": run set-federation-trust --refresh-metadata.");
        }
        return TestResult.success(
                "FederationMetadata",
                "The gateway metadata of " + metadata.issuer() + " was read and " + trust.name()
                        + "'s copy holds its current signing key " + current + ".");
    }

    private TestResult organizationCertificate(
            String id, String slot, String local, CertificateInfo atGateway, Instant now) {
        if (local == null && atGateway == null) {
            return TestResult.success(id, "The organization has no " + slot + ".");
        }
        if (local == null || atGateway == null || !local.equalsIgnoreCase(atGateway.thumbprint())) {
            return TestResult.error(
                    id,
                    "The organization's " + slot + " is " + local + " but the gateway holds "
                            + (atGateway == null ? "none" : atGateway.thumbprint())
                            + ": run set-federation-trust --publish-federation-certificate.");
        }
        return Certificates.judge(
                id, "The organization's " + slot, local, atGateway.notBefore(), atGateway.notAfter(), now);
    }

    private static List<TestResult> tokenResults(TokenTestInfo token) {
        if (!token.issued()) {
            return List.of(
                    TestResult.error(
                            "TokenRequest",
                            "The gateway refused a token for " + token.user() + " to " + token.audience() + " ("
                                    + token.reason() + "): " + token.message()),
                    TestResult.error("TokenValidation", "No token to validate."));
        }
        TestResult request = TestResult.success(
                "TokenRequest",
                "The gateway issued a " + token.offer() + " token for " + token.user() + " to " + token.audience()
                        + ".");
        if (Boolean.TRUE.equals(token.validated())) {
            return List.of(
                    request,
                    TestResult.success(
                            "TokenValidation",
                            "The token was decrypted and validated; " + "signed by gateway key " + token.signingKey()
                                    + ", valid until " + token.expiresAt() + "."));
        }
        return List.of(
                request,
                TestResult.error(
                        "TokenValidation", "The token was rejected (" + token.reason() + "): " + token.message()));
    }

    /** The value, or null with an Error result naming the endpoint that failed. */
    private static <T> T fetch(List<TestResult> results, String id, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            results.add(TestResult.error(id, "Could not be checked: " + e.getMessage()));
            return null;
        }
    }
}
