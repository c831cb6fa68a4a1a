package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.client.http.ProblemException;
import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.emulator.cli.CommandRunResult;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.dns.DnsRecordInfo;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.FederationTrustInfo;
import io.fedemu.protocol.tenant.FreeBusyAccessLevel;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.topology.Topology;
import io.fedemu.topology.launcher.EndpointsFile;
import io.fedemu.topology.scenario.Scenario;
import io.fedemu.topology.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The federation built by hand on the blank start (issue 17, docs/PROTOCOL.md section 23), as an administrator does it
 * without the wizard: New-FederationTrust on both sides, Add-FederatedDomain, New-OrganizationRelationship both ways;
 * then free/busy crosses the boundary in a real EWS client. Each refusal on the way names its reason and changes
 * nothing; a trust made on demand comes back after a restart although the scenario says {@code federated: false}.
 */
class BlankHybridByHandAcceptanceTest {
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid-blank");

    static Path state;

    @BeforeAll
    static void publish() {
        state = federation.topology().stateDirectory();
        EndpointsFile.write(state, federation.endpoints());
    }

    @Test
    void theFederationBuiltByHandCarriesFreeBusyBothWays() throws Exception {
        TenantAdminClient onPremises = federation.tenantAdmin("contoso-onprem");
        TenantAdminClient cloud = federation.tenantAdmin("contoso-cloud");
        Topology topology = federation.topology();

        // The blank start: no trust anywhere, and free/busy does not cross.
        refused(onPremises::federationTrust, Reason.FEDERATION_TRUST_NOT_FOUND, "new-federation-trust");
        CommandRunResult none = run("get-federation-trust", "--tenant", "contoso-cloud");
        assertThat(none.exitCode()).isNotZero();
        assertThat(none.err()).contains("404 FEDERATION_TRUST_NOT_FOUND");
        CommandRunResult test = run("test-federation-trust", "--tenant", "contoso-onprem");
        assertThat(test.exitCode()).isNotZero();
        assertThat(test.out() + test.err()).contains(Reason.FEDERATION_TRUST_NOT_FOUND.name());
        assertThat(topology.tenant("contoso-onprem").federation()).isEmpty();
        AttendeeAvailability unfederated =
                ask("alice@contoso.com", "Passw0rd!alice", "contoso-onprem", "bob@contoso.com");
        assertThat(unfederated.getErrorCode()).isNotEqualTo(ServiceError.NoError);
        refused(
                () -> onPremises.addFederatedDomain("contoso.com"),
                Reason.FEDERATION_TRUST_NOT_FOUND,
                "No Federation trust is configured for this organization");

        // New-FederationTrust on both sides; a second one is refused and changes nothing.
        CommandRunResult created = run("new-federation-trust", "--tenant", "contoso-onprem");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("FYDIBOHF25SPDLT.contoso.com");
        FederationTrustInfo first = onPremises.federationTrust();
        assertThat(first.federatedDomains()).isEmpty();
        assertThat(first.currentCertificate()).isNotBlank();
        refused(onPremises::newFederationTrust, Reason.FEDERATION_TRUST_EXISTS, "already exists");
        assertThat(onPremises.federationTrust().currentCertificate()).isEqualTo(first.currentCertificate());
        assertThat(cloud.newFederationTrust().applicationUri()).isEqualTo("outlook.com");

        // Add-FederatedDomain: only an accepted domain, once; the gateway's own refusal comes back as it gave it.
        refused(
                () -> onPremises.addFederatedDomain("fabrikam.net"),
                Reason.FEDERATED_DOMAIN_NOT_ACCEPTED,
                "fabrikam.net is not an accepted domain");
        // The gateway looks for the proof in DNS (section 22): none is published on a blank start.
        refused(
                () -> onPremises.addFederatedDomain("contoso.com"),
                Reason.DOMAIN_PROOF_NOT_PUBLISHED,
                "Proof of domain ownership has failed");
        assertThat(onPremises.federationTrust().federatedDomains()).isEmpty();
        publishProof(onPremises, "contoso.com");
        CommandRunResult added =
                run("add-federated-domain", "--tenant", "contoso-onprem", "--domain-name", "contoso.com");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(onPremises.federationTrust().federatedDomains()).containsExactly("contoso.com");
        refused(
                () -> onPremises.addFederatedDomain("contoso.com"),
                Reason.FEDERATED_DOMAIN_EXISTS,
                "already federated");
        // Exchange Online holds contoso.com as an accepted domain too: the gateway refuses the second claim.
        refused(
                () -> cloud.addFederatedDomain("contoso.com"),
                Reason.DOMAIN_HELD_BY_ANOTHER_ORGANIZATION,
                "federated by organization contoso-onprem");
        assertThat(cloud.federationTrust().federatedDomains()).isEmpty();
        publishProof(cloud, "contoso.mail.onmicrosoft.com");
        cloud.addFederatedDomain("contoso.mail.onmicrosoft.com");
        refused(() -> cloud.removeFederatedDomain("contoso.com"), Reason.DOMAIN_NOT_FEDERATED, "contoso.com");
        assertThat(federation.gatewayAdmin().organization("contoso-onprem").federatedDomains())
                .containsExactly("contoso.com");

        // The relationships both ways, as the wizard's stage writes them.
        onPremises.createOrganizationRelationship(relationship(
                "O365 to On-premises - contoso cloud",
                "contoso.mail.onmicrosoft.com",
                "outlook.com",
                topology.tenant("contoso-cloud").url().getPort()));
        cloud.createOrganizationRelationship(relationship(
                "On-premises to O365 - contoso on-premises",
                "contoso.com",
                "FYDIBOHF25SPDLT.contoso.com",
                topology.tenant("contoso-onprem").url().getPort()));

        AttendeeAvailability bob = ask("alice@contoso.com", "Passw0rd!alice", "contoso-onprem", "bob@contoso.com");
        assertThat(bob.getErrorCode()).as(bob.getErrorMessage()).isEqualTo(ServiceError.NoError);
        assertThat(bob.getCalendarEvents()).isNotEmpty();
        AttendeeAvailability alice =
                ask("bob@contoso.mail.onmicrosoft.com", "Passw0rd!bob", "contoso-cloud", "alice@contoso.com");
        assertThat(alice.getErrorCode()).as(alice.getErrorMessage()).isEqualTo(ServiceError.NoError);

        // Remove-FederatedDomain: the gateway forgets the claim, and the domain is free for another organization.
        CommandRunResult removed =
                run("remove-federated-domain", "--tenant", "contoso-onprem", "--domain-name", "contoso.com");
        assertThat(removed.exitCode()).as(removed.err()).isZero();
        assertThat(federation.gatewayAdmin().organization("contoso-onprem").federatedDomains())
                .isEmpty();
        onPremises.addFederatedDomain("contoso.com");
    }

    @Test
    void aTrustMadeOnDemandComesBackAfterARestart() throws Exception {
        Scenario scenario = new ScenarioLoader().loadShipped("hybrid-blank");
        Path directory = Files.createTempDirectory("fedemu-blank-restart");
        try (Topology first = Topology.start(scenario, Topology.Options.in(directory))) {
            first.tenant("contoso-onprem").newFederationTrust();
            String proof = first.tenant("contoso-onprem")
                    .federation()
                    .orElseThrow()
                    .trust()
                    .domainProof("contoso.com")
                    .proof();
            first.dns().zones().addAndKeep(new DnsRecordInfo("contoso.com", "TXT", proof, null));
            first.tenant("contoso-onprem").addFederatedDomain("contoso.com");
        }
        try (Topology second = Topology.start(scenario, Topology.Options.in(directory))) {
            assertThat(second.tenant("contoso-onprem").federation())
                    .hasValueSatisfying(f -> assertThat(f.trust().domains()).containsExactly("contoso.com"));
            assertThat(second.tenant("contoso-cloud").federation()).isEmpty();
        }
    }

    private static OrganizationRelationship relationship(
            String name, String domain, String targetApplicationUri, int partnerPort) {
        return OrganizationRelationship.withDefaults(
                name,
                List.of(domain),
                true,
                true,
                FreeBusyAccessLevel.LIMITED_DETAILS,
                null,
                targetApplicationUri,
                "https://localhost:" + partnerPort + "/autodiscover/autodiscover.svc",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static AttendeeAvailability ask(String user, String password, String tenant, String attendee)
            throws Exception {
        Topology topology = federation.topology();
        EwsUser client =
                new EwsUser(topology.trustBundle(), topology.tenant(tenant).ewsUrl(), user, password);
        return client.monday(FreeBusyViewType.DetailedMerged, attendee).get(0);
    }

    private static void refused(Runnable call, Reason reason, String detail) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().reason()).isEqualTo(reason.name());
            assertThat(e.status()).isBetween(400, 499);
            assertThat(e.problem().detail()).contains(detail);
        });
    }

    /** What the administrator does at the DNS host: the TXT record Get-FederatedDomainProof prints, at the apex. */
    private static void publishProof(TenantAdminClient organization, String domain) {
        String proof = organization.domainProof(domain).proof();
        CommandRunResult published = run("add-dns-record", "--name", domain, "--type", "TXT", "--value", proof);
        assertThat(published.exitCode()).as(published.err()).isZero();
    }

    private static CommandRunResult run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--state-dir");
        all.add(state.toString());
        return CommandRunResult.of(all.toArray(String[]::new));
    }
}
