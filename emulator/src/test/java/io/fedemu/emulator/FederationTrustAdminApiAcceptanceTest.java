package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.certs.TrustBundles;
import io.fedemu.client.http.JsonHttp;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.tenant.DomainProofInfo;
import io.fedemu.protocol.tenant.FederationTrustInfo;
import io.fedemu.topology.Topology;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A tenant's federation trust through its admin API, with the gateway changing alongside. */
class FederationTrustAdminApiAcceptanceTest {

    @RegisterExtension
    static FederationExtension federation =
            FederationExtension.scenario(Path.of("src/test/resources/scenarios/e2e.yaml"));

    static Topology topology;
    static JsonHttp http;
    static String admin;

    @BeforeAll
    static void start() {
        topology = federation.topology();
        http = new JsonHttp(TrustBundles.clientContext(topology.trustBundle()), Duration.ofSeconds(10))
                .withAdmin(topology.adminCredential());
        admin = "https://localhost:" + topology.tenant("contoso-cloud").url().getPort() + "/admin/federation-trust";
    }

    @Test
    void stagePublishAndRefreshChangeTheTenantAndTheGatewayTogether() {
        FederationTrustInfo before = http.expect(http.get(URI.create(admin)), FederationTrustInfo.class);
        assertThat(before.applicationUri()).isEqualTo("outlook.com");
        assertThat(before.tokenIssuerUri()).isEqualTo(topology.gateway().url().toString());

        FederationTrustInfo staged =
                http.expect(http.postJson(URI.create(admin + "/next-certificate"), null), FederationTrustInfo.class);
        assertThat(staged.nextCertificate()).isNotNull();
        assertThat(topology.gateway()
                        .registry()
                        .find("contoso-cloud")
                        .orElseThrow()
                        .certificates()
                        .next())
                .isNotNull();
        FederationTrustInfo published =
                http.expect(http.postJson(URI.create(admin + "/publish"), null), FederationTrustInfo.class);
        assertThat(published.currentCertificate()).isEqualTo(staged.nextCertificate());
        assertThat(published.previousCertificate()).isEqualTo(before.currentCertificate());

        topology.gateway().signingKeys().rotate();
        FederationTrustInfo refreshed =
                http.expect(http.postJson(URI.create(admin + "/refresh-metadata"), null), FederationTrustInfo.class);
        assertThat(refreshed.tokenIssuerKeys())
                .hasSize(2)
                .first()
                .isEqualTo(topology.gateway().signingKeys().current().thumbprint());
    }

    @Test
    void publishingWithoutAStagedCertificateIsAProblemAndChangesNothing() {
        FederationTrustInfo before = http.expect(http.get(URI.create(admin)), FederationTrustInfo.class);

        JsonHttp.Reply reply = http.postJson(URI.create(admin + "/publish"), null);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body()).contains("NO_NEXT_CERTIFICATE");
        assertThat(http.expect(http.get(URI.create(admin)), FederationTrustInfo.class)
                        .currentCertificate())
                .isEqualTo(before.currentCertificate());
    }

    @Test
    void theDomainProofIsTheTxtRecordTheGatewayAccepted() throws Exception {
        DomainProofInfo proof = http.expect(
                http.get(URI.create(admin + "/domain-proof/contoso.mail.onmicrosoft.com")), DomainProofInfo.class);

        assertThat(proof.txtRecord()).startsWith("contoso.mail.onmicrosoft.com TXT IN ");
        JsonHttp.Reply notOurs = http.get(URI.create(admin + "/domain-proof/fabrikam.com"));
        assertThat(notOurs.status()).isEqualTo(404);
        assertThat(notOurs.contentType()).startsWith("application/problem+json");
        io.fedemu.protocol.gateway.Problem problem =
                io.fedemu.client.Json.lenient().readValue(notOurs.body(), io.fedemu.protocol.gateway.Problem.class);
        assertThat(problem.reason()).isEqualTo("DOMAIN_NOT_FEDERATED");
        assertThat(problem.type()).isEqualTo("urn:fedemu:reason:domain-not-federated");
    }
}
