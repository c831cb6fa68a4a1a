package io.fedemu.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fedemu.junit.FederationExtension;
import io.fedemu.topology.launcher.EndpointsFile;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The wizard's cmdlets on hybrid-blank (issue 17): {@code hybrid-wizard --dry-run} prints the plan; without the
 * domain's proof in DNS it stops at stage 6 showing the record; {@code --step --publish-dns} pauses before each stage,
 * publishes the proofs and narrates each stage; a second run changes nothing; {@code get-}, {@code set-} and {@code
 * update-hybrid-configuration}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HybridWizardCommandTest {
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario(io.fedemu.emulator.HybridBlank.FILE);

    static Path state;

    @BeforeAll
    static void publish() {
        state = federation.topology().stateDirectory();
        EndpointsFile.write(state, federation.endpoints());
    }

    @Test
    @Order(1)
    void aDryRunPrintsThePlanOfEveryStageAndChangesNothing() {
        CommandRun plan =
                run("hybrid-wizard", "--on-premises", "contoso-onprem", "--cloud", "contoso-cloud", "--dry-run");

        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.out())
                .contains("dry run: nothing will be changed")
                .contains("[1/11] Create Hybrid Configuration")
                .contains("    Would run: New-HybridConfiguration -Features FreeBusy,MailTips")
                .contains("[6/11] Configure Organization Relationship")
                .contains("    Why: Free/busy, MailTips, delivery reports and the Outlook Web App link")
                .contains("Would run: New-FederationTrust -Name \"Microsoft Federation Gateway\" (contoso-onprem")
                .contains("[10/11] Configure Intra-Organization Connector")
                .contains("Skipped: not part of an Exchange 2013 CU1 hybrid");
        CommandRun none = run("get-hybrid-configuration", "--tenant", "contoso-onprem");
        assertThat(none.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(none.err()).contains("HYBRID_CONFIGURATION_NOT_FOUND");
    }

    @Test
    @Order(2)
    void setHybridConfigurationCreatesTheObjectAndNamesARefusedParameter() throws Exception {
        CommandRun refused = run("set-hybrid-configuration", "--tenant", "contoso-onprem", "--features", "MoveMailbox");
        assertThat(refused.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(refused.err()).contains("HYBRID_FEATURE_UNKNOWN").contains("Features: 'MoveMailbox' is no feature");

        CommandRun set = run("set-hybrid-configuration", "--tenant", "contoso-onprem", "--domains", "contoso.com");
        assertThat(set.exitCode()).as(set.err()).isZero();
        JsonNode shown =
                CmdletCommandsTest.json(run("get-hybrid-configuration", "--tenant", "contoso-onprem", "--json"));
        assertThat(shown.get("features")).hasSize(8);
        assertThat(shown.at("/receivingTransportServers/0").asText()).isEqualTo("EX2013-01");
    }

    @Test
    @Order(3)
    void withoutTheProofInDnsTheWizardStopsAtStage6ShowingTheRecordAndTheCommand() {
        CommandRun wizard = run("hybrid-wizard", "--on-premises", "contoso-onprem", "--cloud", "contoso-cloud");

        assertThat(wizard.exitCode()).isEqualTo(ExitStatus.TRUST_FAILURE.code());
        assertThat(wizard.out())
                .contains("[6/11] Configure Organization Relationship")
                .contains("    Updating hybrid configuration failed with error 'Subtask Configure execution failed: "
                        + "Configure Organization Relationship")
                .contains("The format of the TXT record should be \"contoso.com IN TXT ")
                .contains("    Remedy: publish the TXT record at the domain's DNS host: fedemu add-dns-record --name "
                        + "contoso.com --type TXT --value '")
                .contains("    Reason: HYBRID_DOMAIN_PROOF_FAILED")
                .contains("The wizard stopped at stage 6; both organizations are left consistent")
                .doesNotContain("[7/11]");
    }

    @Test
    @Order(4)
    void stepPausesBeforeEachStageAndPublishDnsPublishesTheMissingProofs() {
        InputStream console = System.in;
        System.setIn(new ByteArrayInputStream("\n".repeat(11).getBytes(StandardCharsets.UTF_8)));
        CommandRun wizard;
        try {
            wizard = run(
                    "hybrid-wizard",
                    "--on-premises",
                    "contoso-onprem",
                    "--cloud",
                    "contoso-cloud",
                    "--step",
                    "--publish-dns");
        } finally {
            System.setIn(console);
        }

        assertThat(wizard.exitCode()).as(wizard.out() + wizard.err()).isZero();
        assertThat(wizard.out())
                .contains("    Press Enter to run stage 6... ")
                .contains("Publishing the proof in the emulated DNS: contoso.mail.onmicrosoft.com IN TXT ")
                .contains("(In a real deployment the administrator adds this record at the domain's DNS host.)")
                .contains("    Ran: New-OrganizationRelationship -Name \"On Premises to Exchange Online Organization "
                        + "Relationship\"")
                .contains("    Created: organization relationship \"Exchange Online to On Premises Organization "
                        + "Relationship\" on contoso-cloud")
                .contains("    Ran: New-SendConnector -Name \"Outbound to Office 365\"")
                .contains("The hybrid is configured:");
        CommandRun records = run("get-dns-record", "--name", "contoso.com", "--type", "TXT");
        assertThat(records.out()).contains("contoso.com");
    }

    @Test
    @Order(5)
    void aSecondRunChangesNothingAndSaysSo() throws Exception {
        CommandRun wizard = run("hybrid-wizard", "--on-premises", "contoso-onprem", "--cloud", "contoso-cloud");
        assertThat(wizard.exitCode()).as(wizard.err()).isZero();
        assertThat(wizard.out())
                .contains("    No changes: already configured.")
                .contains("No changes: both organizations were already configured as the HybridConfiguration wants.");

        JsonNode report =
                CmdletCommandsTest.json(run("update-hybrid-configuration", "--tenant", "contoso-onprem", "--json"));
        assertThat(report.get("cloud").asText()).isEqualTo("contoso-cloud");
        assertThat(report.get("completed").asBoolean()).isTrue();
        assertThat(report.get("summary").asText()).startsWith("No changes");
    }

    private static CommandRun run(String... args) {
        return CmdletCommandsTest.in(state, args);
    }
}
