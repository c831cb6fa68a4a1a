package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.certs.TrustBundles;
import io.fedemu.client.diagnostics.TestFederationTrust;
import io.fedemu.client.diagnostics.TestResult;
import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.client.verify.ChainEndpoints;
import io.fedemu.client.verify.Link;
import io.fedemu.client.verify.LinkResult;
import io.fedemu.client.verify.TrustChainReport;
import io.fedemu.client.verify.TrustChainVerifier;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.Tenant;
import io.fedemu.topology.Topology;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import org.apache.cxf.BusFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The classic break after a gateway certificate renewal: contoso cloud (scenario field
 * {@code refreshMetadataOnUnknownKey: false}) keeps its old copy of the gateway metadata, so it rejects every
 * token signed with the new key until someone runs set-federation-trust --refresh-metadata on it.
 */
class StaleGatewayMetadataAcceptanceTest {

    @RegisterExtension
    static FederationExtension federation =
            FederationExtension.scenario(Path.of("src/test/resources/scenarios/stale-metadata.yaml"));

    static Topology topology;
    static Tenant onPremises;
    static Tenant cloud;
    static SSLContext tls;

    @BeforeAll
    static void startAndRotate() {
        topology = federation.topology();
        onPremises = topology.tenant("contoso-onprem");
        cloud = topology.tenant("contoso-cloud");
        tls = TrustBundles.clientContext(topology.trustBundle());
        topology.gateway().signingKeys().rotate();
        // The requesting side refreshes (its copy never verifies this direction's tokens anyway).
        admin(onPremises).refreshMetadata();
    }

    @Test
    void theVerifierNamesThePartnersStaleCopyAndItsRemedyThenPassesAfterTheRefresh() {
        TrustChainReport report = verify();
        System.out.println(report.format());

        LinkResult broken = report.firstBroken().orElseThrow();
        assertThat(broken.link()).as(report.format()).isEqualTo(Link.PARTNER_METADATA_COPY);
        assertThat(broken.reason()).isEqualTo(Reason.GATEWAY_KEY_UNKNOWN);
        assertThat(broken.remedy())
                .isEqualTo("contoso-cloud holds a stale copy of the gateway metadata: run "
                        + "set-federation-trust --refresh-metadata on contoso-cloud");
        assertThat(broken.detail())
                .contains("the gateway signs with "
                        + topology.gateway().signingKeys().current().thumbprint());
        assertThat(report.link(Link.ANSWER).reason()).isEqualTo(Reason.GATEWAY_KEY_UNKNOWN);
        assertThat(report.link(Link.ANSWER).remedy()).isEqualTo(broken.remedy());
        assertThat(report.format()).contains("✗ partner's copy of the gateway metadata: GATEWAY_KEY_UNKNOWN");

        List<TestResult> trust = new TestFederationTrust(
                        TenantAdminClient.adminOf(cloud.url()),
                        topology.gateway().url(),
                        topology.adminCredential(),
                        tls,
                        Clock.systemUTC())
                .run();
        assertThat(find(trust, "FederationMetadata").type()).as(format(trust)).isEqualTo(TestResult.Type.ERROR);
        assertThat(find(trust, "FederationMetadata").message())
                .contains("lacks the gateway's current signing key", "run set-federation-trust --refresh-metadata");
        assertThat(find(trust, "TokenRequest").type()).isEqualTo(TestResult.Type.SUCCESS);
        assertThat(find(trust, "TokenValidation").type()).isEqualTo(TestResult.Type.ERROR);
        assertThat(find(trust, "TokenValidation").message()).contains("GATEWAY_KEY_UNKNOWN");

        admin(cloud).refreshMetadata();
        onPremises.federation().orElseThrow().tokens().clear();
        TrustChainReport mended = verify();
        assertThat(mended.ok()).as(mended.format()).isTrue();
    }

    private static TrustChainReport verify() {
        return new TrustChainVerifier(
                        ChainEndpoints.of(
                                topology.gateway().url(), onPremises.url(), cloud.url(), topology.adminCredential()),
                        tls,
                        BusFactory.getDefaultBus(),
                        Clock.systemUTC())
                .verify("alice@contoso.com", "pw-alice", "bob@contoso.com");
    }

    private static TenantAdminClient admin(Tenant tenant) {
        return new TenantAdminClient(TenantAdminClient.adminOf(tenant.url()), tls, topology.adminCredential());
    }

    static TestResult find(List<TestResult> results, String id) {
        return results.stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + format(results)));
    }

    static String format(List<TestResult> results) {
        return results.stream().map(TestResult::format).collect(Collectors.joining("\n\n"));
    }
}
