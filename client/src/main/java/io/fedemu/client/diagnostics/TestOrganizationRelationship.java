package io.fedemu.client.diagnostics;

import io.fedemu.client.autodiscover.AutodiscoverClient;
import io.fedemu.client.autodiscover.AutodiscoverException;
import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.protocol.admin.AdminCredential;
import io.fedemu.protocol.federation.FederationInformation;
import io.fedemu.protocol.federation.TokenIssuer;
import io.fedemu.protocol.tenant.FederationTrustInfo;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.TokenTestInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.apache.cxf.Bus;

/**
 * Test-OrganizationRelationship -Identity R -UserIdentity u (PROTOCOL.md section 5): configuration, not data.
 * The local relationship is compared with the partner's federation information (application URI, token
 * issuer, Autodiscover URL, domains); the partner's relationship must list the local federated domains and
 * grant free/busy; access levels are compared both ways; and a token for u must be obtainable. fedemu adds
 * HybridServerVersions and PartnerServerVersions: both organizations' servers against the hybrid's version gates
 * (a partner's server below its gate fails this organization's requests to it).
 */
public final class TestOrganizationRelationship {
    private final TenantAdminClient local;
    private final TenantAdminClient partner;
    private final URI partnerAutodiscover;
    private final SSLContext tls;
    private final Bus bus;

    public TestOrganizationRelationship(
            URI localAdmin, URI partnerAutodiscover, URI partnerAdmin, AdminCredential admin, SSLContext tls, Bus bus) {
        this.local = new TenantAdminClient(localAdmin, tls, admin);
        this.partner = new TenantAdminClient(partnerAdmin, tls, admin);
        this.partnerAutodiscover = partnerAutodiscover;
        this.tls = tls;
        this.bus = bus;
    }

    public List<TestResult> run(String identity, String userIdentity) {
        List<TestResult> results = new ArrayList<>();
        FederationTrustInfo trust = fetch(results, "FederationTrust", local::federationTrust);
        List<OrganizationRelationship> relationships =
                fetch(results, "OrganizationRelationship", local::organizationRelationships);
        if (trust == null || relationships == null) {
            return results;
        }
        Optional<OrganizationRelationship> found = relationships.stream()
                .filter(r -> r.name().equalsIgnoreCase(identity))
                .findFirst();
        if (found.isEmpty()) {
            results.add(TestResult.error(
                    "OrganizationRelationship",
                    trust.name() + " has no organization " + "relationship named '" + identity + "'."));
            return results;
        }
        OrganizationRelationship relationship = found.get();
        results.add(RelationshipJudgement.configuration(trust.name(), relationship));
        String domain = relationship.domainNames().isEmpty()
                ? null
                : relationship.domainNames().get(0);
        if (domain == null) {
            results.add(TestResult.error(
                    "DomainNames",
                    "'" + identity + "' lists no domain to ask the partner's " + "federation information for."));
            return results;
        }
        FederationInformation information;
        try {
            information = new AutodiscoverClient(partnerAutodiscover, tls, bus).getFederationInformation(domain);
        } catch (AutodiscoverException e) {
            // The partner answered but does not federate the domain: the relationship names the wrong partner domains.
            results.add(TestResult.error(
                    "DomainNames",
                    "DomainNames " + relationship.domainNames() + " name "
                            + domain + ", which the partner does not federate (" + e.errorCode() + ": "
                            + e.errorMessage()
                            + ")."));
            return results;
        } catch (RuntimeException e) {
            results.add(TestResult.error("FederationInformation", "Could not be checked: " + e.getMessage()));
            return results;
        }
        results.add(RelationshipJudgement.applicationUri(relationship, information));
        results.add(tokenIssuer(trust, information));
        results.add(RelationshipJudgement.autodiscoverUrl(relationship, partnerAutodiscover));
        results.add(RelationshipJudgement.domainNames(relationship, information));
        List<OrganizationRelationship> theirs =
                fetch(results, "PartnerRelationship", partner::organizationRelationships);
        if (theirs != null) {
            Optional<OrganizationRelationship> back = RelationshipJudgement.listing(theirs, trust.federatedDomains());
            results.add(RelationshipJudgement.partnerRelationship(back, trust.federatedDomains()));
            back.ifPresent(r -> results.add(RelationshipJudgement.accessLevels(relationship, r)));
        }
        if (relationship.targetApplicationUri() != null) {
            TokenTestInfo token = fetch(
                    results, "TokenRequest", () -> local.testToken(relationship.targetApplicationUri(), userIdentity));
            if (token != null) {
                results.add(
                        token.issued()
                                ? TestResult.success(
                                        "TokenRequest",
                                        "A delegation token for " + token.user() + " to " + token.audience()
                                                + " was issued.")
                                : TestResult.error(
                                        "TokenRequest",
                                        "No delegation token for " + token.user() + " to " + token.audience() + " ("
                                                + token.reason() + "): " + token.message()));
            }
        }
        // fedemu's own lines, after Exchange's.
        var servers = fetch(results, "HybridServerVersions", local::exchangeServers);
        if (servers != null) {
            results.add(ServerVersions.judge("HybridServerVersions", trust.name(), servers));
        }
        var partnerServers = fetch(results, "PartnerServerVersions", partner::exchangeServers);
        if (partnerServers != null) {
            results.add(ServerVersions.judge("PartnerServerVersions", "the partner", partnerServers));
        }
        return List.copyOf(results);
    }

    private static TestResult tokenIssuer(FederationTrustInfo trust, FederationInformation information) {
        List<String> theirs =
                information.tokenIssuers().stream().map(TokenIssuer::uri).toList();
        if (trust.tokenIssuerUri() == null || !theirs.contains(trust.tokenIssuerUri())) {
            return TestResult.error(
                    "TokenIssuer",
                    trust.name() + " trusts token issuer " + trust.tokenIssuerUri() + " but the partner trusts "
                            + theirs + ".");
        }
        return TestResult.success(
                "TokenIssuer", "Both organizations trust token issuer " + trust.tokenIssuerUri() + ".");
    }

    private static <T> T fetch(List<TestResult> results, String id, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            results.add(TestResult.error(id, "Could not be checked: " + e.getMessage()));
            return null;
        }
    }
}
