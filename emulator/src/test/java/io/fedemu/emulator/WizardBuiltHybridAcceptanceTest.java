package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.certs.TrustBundles;
import io.fedemu.client.dns.DnsAdminClient;
import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.dns.DnsRecordInfo;
import io.fedemu.protocol.hybrid.HybridStageReport;
import io.fedemu.protocol.hybrid.HybridUpdateReport;
import io.fedemu.tenant.hybrid.DomainProofRemedy;
import io.fedemu.topology.Topology;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code hybrid-blank} after the Hybrid Configuration Wizard, held to the same tests as the shipped {@code hybrid}
 * ({@link HybridBehaviourContract}): the wizard is run as a trainer runs it, publishing each TXT record the gateway
 * asks for at the DNS host, until it completes.
 */
class WizardBuiltHybridAcceptanceTest extends HybridBehaviourContract {

    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario(HybridBlank.FILE);

    @BeforeAll
    static void runTheWizard() {
        Topology topology = federation.topology();
        TenantAdminClient onPremises = new TenantAdminClient(
                TenantAdminClient.adminOf(topology.tenant("contoso-onprem").url()),
                TrustBundles.clientContext(topology.trustBundle()),
                topology.adminCredential());
        DnsAdminClient dns = new DnsAdminClient(
                URI.create(federation.endpoints().dns().admin()), federation.tls(), topology.adminCredential());
        List<String> published = new ArrayList<>();
        HybridUpdateReport report = onPremises.updateHybridConfiguration("contoso-cloud", null, false);
        while (!report.completed() && published.size() < 3) {
            HybridStageReport stopped = report.stages().get(report.stages().size() - 1);
            DomainProofRemedy.TxtRecord record = DomainProofRemedy.record(stopped.error())
                    .orElseThrow(() -> new AssertionError("the wizard stopped: " + stopped.error()));
            dns.add(new DnsRecordInfo(record.name(), "TXT", record.value(), 3600));
            published.add(record.name());
            report = onPremises.updateHybridConfiguration("contoso-cloud", null, false);
        }
        assertThat(report.completed()).as(report.summary()).isTrue();
    }

    @Override
    Topology topology() {
        return federation.topology();
    }
}
