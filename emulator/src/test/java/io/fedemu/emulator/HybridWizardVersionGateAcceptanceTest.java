package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.certs.TrustBundles;
import io.fedemu.client.http.ProblemException;
import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.hybrid.HybridStageReport;
import io.fedemu.protocol.hybrid.HybridUpdateReport;
import io.fedemu.protocol.reason.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** hybrid-blank with EX2013-02 at Exchange 2013 RTM: the wizard stops at Check Prerequisites, before any change. */
class HybridWizardVersionGateAcceptanceTest {
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario(blankWithEx201302At("15.0.516.32"));

    @Test
    void aServerBelowCu1StopsTheWizardAtCheckPrerequisitesWithTheBuildToUpgradeTo() {
        TenantAdminClient onPremises = admin("contoso-onprem");
        TenantAdminClient cloud = admin("contoso-cloud");

        HybridUpdateReport stopped = onPremises.updateHybridConfiguration("contoso-cloud", null, false);

        HybridStageReport failed = stopped.stages().get(stopped.stages().size() - 1);
        assertThat(stopped.completed()).isFalse();
        assertThat(failed.number()).isEqualTo(4);
        assertThat(failed.reason()).isEqualTo(Reason.HYBRID_SERVER_VERSION_GATE);
        assertThat(failed.error())
                .startsWith("Subtask CheckPrereqs execution failed: Check Prerequisites\n")
                .contains("EX2013-02 runs Exchange Server 2013 RTM (15.0.516.32)")
                .contains("Exchange Server 2013 CU1 (15.0.620.29) or later");
        assertThat(failed.remedy()).startsWith("upgrade EX2013-02");
        assertThatThrownBy(onPremises::federationTrust).isInstanceOf(ProblemException.class);
        assertThat(cloud.organizationRelationships()).isEmpty();
    }

    private static TenantAdminClient admin(String name) {
        return new TenantAdminClient(
                TenantAdminClient.adminOf(federation.tenant(name).url()),
                TrustBundles.clientContext(federation.trustBundle()),
                federation.topology().adminCredential());
    }

    /** scenarios/hybrid-blank.yaml with another build on EX2013-02, its calendars found where they are. */
    static Path blankWithEx201302At(String build) {
        try {
            Path shipped = HybridBlank.FILE.toAbsolutePath().normalize();
            String original = "{name: EX2013-02, roles: [ClientAccess, Mailbox], build: 15.0.620.29}";
            String yaml = Files.readString(shipped);
            if (!yaml.contains(original)) {
                throw new IllegalStateException("hybrid-blank.yaml changed: EX2013-02's build could not be replaced");
            }
            Path file = Files.createTempDirectory("fedemu-wizard").resolve("blank.yaml");
            Files.writeString(
                    file,
                    yaml.replace(
                                    "calendar: hybrid/",
                                    "calendar: " + shipped.getParent().resolve("hybrid") + "/")
                            .replace(original, original.replace("15.0.620.29", build)));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
