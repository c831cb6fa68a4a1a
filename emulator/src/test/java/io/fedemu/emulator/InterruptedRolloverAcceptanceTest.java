package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateKind;
import io.fedemu.certs.CertificateSlots;
import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.Credential;
import io.fedemu.certs.PemFiles;
import io.fedemu.certs.Thumbprints;
import io.fedemu.certs.TrustBundles;
import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.protocol.tenant.FederationTrustInfo;
import io.fedemu.protocol.tenant.TokenTestInfo;
import io.fedemu.topology.Topology;
import io.fedemu.topology.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A federation certificate rollover step changes the gateway first and the tenant's key stores second, so a
 * kill between the two (a point {@link FedemuUpKillTest} can hit) leaves the gateway a step ahead. Here the
 * gateway alone is changed, as such a kill leaves it, and the topology is started again on the same state:
 * the tenant catches up, and its tokens still validate.
 */
class InterruptedRolloverAcceptanceTest {
    private static final String CLOUD = "contoso-cloud";

    @TempDir
    Path state;

    @Test
    void aPublishTheGatewayMadeButTheTenantNeverRecordedIsFinishedByTheNextStart() {
        FederationTrustInfo staged;
        try (Topology first = start()) {
            staged = admin(first).stageNextCertificate();
            first.gateway().registry().publishCertificate(CLOUD); // killed before the tenant saved its publish
        }

        try (Topology second = start()) {
            assertTokensValidate(second);
            FederationTrustInfo after = admin(second).federationTrust();
            assertThat(after.currentCertificate()).isEqualTo(staged.nextCertificate());
            assertThat(after.previousCertificate()).isEqualTo(staged.currentCertificate());
            assertThat(after.nextCertificate()).isNull();
        }
    }

    @Test
    void aPublishKilledWhileTheTenantSavedItsSlotsIsFinishedByTheNextStart() {
        FederationTrustInfo staged;
        try (Topology first = start()) {
            staged = admin(first).stageNextCertificate();
            first.gateway().registry().publishCertificate(CLOUD);
        }
        // The tenant's save wrote current and previous and was killed before it removed next, which still
        // holds what is now current.
        CertificateStore store = CertificateStore.in(state);
        CertificateSlots<Credential> before =
                store.loadSlots(CertificateKind.FEDERATION, CLOUD).orElseThrow();
        store.saveSlots(
                CertificateKind.FEDERATION,
                CLOUD,
                new CertificateSlots<>(before.next(), before.next(), before.current()));

        try (Topology second = start()) {
            assertTokensValidate(second);
            FederationTrustInfo after = admin(second).federationTrust();
            assertThat(after.currentCertificate()).isEqualTo(staged.nextCertificate());
            assertThat(after.previousCertificate()).isEqualTo(staged.currentCertificate());
            assertThat(after.nextCertificate()).isNull();
        }
    }

    @Test
    void aStageTheGatewayMadeButTheTenantNeverRecordedIsReplacedByTheTenantsOwn() {
        FederationTrustInfo staged;
        try (Topology first = start()) {
            staged = admin(first).stageNextCertificate();
            // A second -Thumbprint, killed after the gateway took it: a certificate the tenant holds no key for.
            first.gateway()
                    .registry()
                    .stageNextCertificate(
                            CLOUD,
                            PemFiles.encode(List.of(CertificateAuthority.selfSignedFederation(CLOUD, Clock.systemUTC())
                                    .certificate())));
        }

        try (Topology second = start()) {
            assertThat(Thumbprints.sha1(second.gateway()
                            .registry()
                            .find(CLOUD)
                            .orElseThrow()
                            .certificates()
                            .next()))
                    .isEqualTo(staged.nextCertificate());
            admin(second).publishNextCertificate();
            assertTokensValidate(second);
        }
    }

    private static void assertTokensValidate(Topology topology) {
        TokenTestInfo token = admin(topology).testToken(null, null);
        assertThat(token.issued() && Boolean.TRUE.equals(token.validated()))
                .as("Test-FederationTrust at %s: %s", CLOUD, token)
                .isTrue();
    }

    private Topology start() {
        return Topology.start(
                new ScenarioLoader().load(Path.of("../scenarios/hybrid.yaml")), Topology.Options.in(state));
    }

    /** The cloud tenant's admin API: the one place this test builds an admin client. */
    private static TenantAdminClient admin(Topology topology) {
        return new TenantAdminClient(
                TenantAdminClient.adminOf(topology.tenant(CLOUD).url()),
                TrustBundles.clientContext(topology.trustBundle()),
                topology.adminCredential());
    }
}
