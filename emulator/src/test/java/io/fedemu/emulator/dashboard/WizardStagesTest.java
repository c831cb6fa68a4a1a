package io.fedemu.emulator.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.runtime.journal.Journal;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dashboard's wizard panel: each stage's last run, in Exchange's order, ✓ or ✗ with its reason. */
class WizardStagesTest {
    @Test
    void eachStagesNewestRunInStageOrder() {
        Journal journal = new Journal(Clock.systemUTC());
        JournalEntry.Step step = JournalEntry.Step.HYBRID_CONFIGURATION_STAGE;
        journal.fail(
                "hybrid-configuration-wizard",
                "hcw-1-stage-6",
                step,
                Reason.HYBRID_DOMAIN_PROOF_FAILED,
                "contoso-onprem",
                "Stage 6: Configure Organization Relationship",
                "Proof of domain ownership has failed");
        journal.pass(
                "hybrid-configuration-wizard",
                "hcw-2-stage-1",
                step,
                "contoso-onprem + contoso-cloud",
                "Stage 1: Create Hybrid Configuration",
                "UNCHANGED: no changes");
        journal.pass(
                "hybrid-configuration-wizard",
                "hcw-2-stage-10",
                step,
                "contoso-onprem + contoso-cloud",
                "Stage 10: Configure Intra-Organization Connector",
                "SKIPPED");
        journal.pass(
                "hybrid-configuration-wizard",
                "hcw-2-stage-6",
                step,
                "contoso-onprem + contoso-cloud",
                "Stage 6: Configure Organization Relationship",
                "CHANGED: New-OrganizationRelationship");

        assertThat(WizardStages.latest(journal))
                .extracting(row -> row.get("stage"), row -> row.get("mark"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Stage 1: Create Hybrid Configuration", "✓"),
                        org.assertj.core.groups.Tuple.tuple("Stage 6: Configure Organization Relationship", "✓"),
                        org.assertj.core.groups.Tuple.tuple("Stage 10: Configure Intra-Organization Connector", "✓"));
    }

    @Test
    void aFailedStageShowsItsReason() {
        Journal journal = new Journal(Clock.systemUTC());
        journal.fail(
                "hybrid-configuration-wizard",
                "hcw-1-stage-8",
                JournalEntry.Step.HYBRID_CONFIGURATION_STAGE,
                Reason.HYBRID_SECURE_MAIL_CERTIFICATE_NOT_BOUND,
                "contoso-onprem",
                "Stage 8: Configure Mail Flow",
                "Subtask Configure execution failed: Configure Mail Flow");

        Map<String, Object> row = WizardStages.latest(journal).get(0);

        assertThat(row.get("mark")).isEqualTo("✗");
        assertThat(row.get("css")).isEqualTo("bad");
        assertThat((String) row.get("detail"))
                .startsWith("HYBRID_SECURE_MAIL_CERTIFICATE_NOT_BOUND: Subtask Configure");
    }

    @Test
    void noPanelBeforeTheWizardRan() {
        assertThat(WizardStages.latest(new Journal(Clock.systemUTC()))).isEmpty();
    }
}
