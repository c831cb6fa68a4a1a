package io.fedemu.tenant.hybrid;

import io.fedemu.client.http.ProblemException;
import io.fedemu.client.http.UnreachableException;
import io.fedemu.protocol.hybrid.HybridStageReport;
import io.fedemu.protocol.hybrid.HybridUpdateReport;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.runtime.journal.Journal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The Hybrid Configuration Engine Update-HybridConfiguration starts: reads the desired state from the
 * HybridConfiguration object, runs the stages in Exchange 2013's order, and stops at the first that fails. Each stage
 * discovers both organizations and applies only the difference, so a run after a failure goes on where it stopped,
 * and a run with everything in place changes nothing. Each stage is one journal entry.
 */
public final class HybridConfigurationEngine {
    /** The journal's role for the wizard's entries: it runs on the on-premises Exchange server. */
    public static final String ROLE = "hybrid-configuration-wizard";

    private final HybridConfigurationStore store;
    private final Journal journal;
    private final List<HybridStage> stages;

    /** @param ewsExternalUrl the on-premises namespace's EWS URL, for an EWS virtual directory without one */
    public HybridConfigurationEngine(HybridConfigurationStore store, Journal journal, String ewsExternalUrl) {
        this.store = store;
        this.journal = journal;
        this.stages = List.of(
                new CreateHybridConfigurationStage(),
                new CheckTenantPrerequisitesStage(),
                new UpgradeFromExchange2010Stage(),
                new CheckPrerequisitesStage(),
                new ConfigureRecipientSettingsStage(),
                new ConfigureOrganizationRelationshipStage(),
                new ConfigureFreeBusyStage(),
                new ConfigureMailFlowStage(),
                new ConfigureMrsProxyStage(ewsExternalUrl),
                LaterCumulativeUpdateStage.intraOrganizationConnector(),
                LaterCumulativeUpdateStage.oauth());
    }

    /** How many stages there are (numbered from 1). */
    public int stageCount() {
        return stages.size();
    }

    /**
     * Runs (or, with {@code dryRun}, plans) every stage, or only {@code stage} when it is not null.
     *
     * @param defaults New-HybridConfiguration's object for this organization, asked only when there is none
     */
    public HybridUpdateReport update(
            HybridOrganization onPremises,
            HybridOrganization cloud,
            Supplier<HybridConfiguration> defaults,
            Integer stage,
            boolean dryRun) {
        WizardRun run = new WizardRun(onPremises, cloud, store, defaults, dryRun);
        String requestId = "hcw-" + UUID.randomUUID();
        List<HybridStageReport> reports = new ArrayList<>();
        for (HybridStage each : stages) {
            if (stage != null && each.number() != stage) {
                continue;
            }
            HybridStageReport report = run(each, run);
            // One request id per stage: the dashboard's live journal shows each stage as its own row as it ends.
            journal(requestId + "-stage-" + report.number(), onPremises, cloud, report);
            reports.add(report);
            if (report.status() == HybridStageReport.Status.FAILED) {
                break;
            }
        }
        boolean completed = reports.stream().noneMatch(r -> r.status() == HybridStageReport.Status.FAILED);
        return new HybridUpdateReport(
                onPremises.name(), cloud.name(), dryRun, reports, completed, summary(reports, dryRun));
    }

    private static HybridStageReport run(HybridStage stage, WizardRun run) {
        StageRun progress = new StageRun(stage);
        try {
            StagePlan plan = stage.plan(run);
            if (plan.skipReason() != null) {
                progress.checked.addAll(plan.checked());
                return progress.report(HybridStageReport.Status.SKIPPED, null, plan.skipReason(), null);
            }
            progress.apply(plan, run);
            if (plan.next().isPresent()) {
                if (run.dryRun() && !progress.changes.isEmpty()) {
                    progress.changes.add(plan.nextInDryRun());
                } else {
                    progress.apply(plan.next().get().get(), run);
                }
            }
            HybridStageReport.Status status = progress.changes.isEmpty()
                    ? HybridStageReport.Status.UNCHANGED
                    : run.dryRun() ? HybridStageReport.Status.PLANNED : HybridStageReport.Status.CHANGED;
            return progress.report(status, null, null, null);
        } catch (HybridStageFailure failure) {
            return progress.failed(failure.reason(), failure.getMessage(), failure.remedy());
        } catch (ProblemException refused) {
            return refused(progress, refused);
        } catch (UnreachableException unreachable) {
            return progress.failed(
                    Reason.HYBRID_STEP_REFUSED,
                    unreachable.getMessage(),
                    "start the organization the message names (fedemu up), then run the wizard again");
        }
    }

    /** A cmdlet one of the organizations refused: the gateway's domain proof in Exchange's words, else its detail. */
    private static HybridStageReport refused(StageRun progress, ProblemException refused) {
        String reason = refused.problem().reason();
        String detail = refused.problem().detail();
        if (Reason.DOMAIN_PROOF_NOT_PUBLISHED.name().equals(reason)) {
            return progress.failed(Reason.HYBRID_DOMAIN_PROOF_FAILED, detail, DomainProofRemedy.of(detail));
        }
        return progress.failed(
                Reason.HYBRID_STEP_REFUSED,
                detail + " (" + reason + ")",
                "mend what the message names, then run the wizard again");
    }

    /** One stage as it runs: what it checked and changed so far, and how long each change took (for the benchmark). */
    private static final class StageRun {
        final HybridStage stage;
        final long started = System.nanoTime();
        final List<String> checked = new ArrayList<>();
        final List<String> changes = new ArrayList<>();
        final List<String> created = new ArrayList<>();
        final List<Long> changeMillis = new ArrayList<>();

        StageRun(HybridStage stage) {
            this.stage = stage;
        }

        /** The plan's changes in order (none in a dry run); a refusal leaves the ones before it made. */
        void apply(StagePlan plan, WizardRun run) {
            checked.addAll(plan.checked());
            for (StagePlan.Change change : plan.changes()) {
                long begun = System.nanoTime();
                if (!run.dryRun()) {
                    change.apply().run();
                }
                changeMillis.add((System.nanoTime() - begun) / 1_000_000);
                changes.add(change.cmdlet());
                if (change.creates() != null && !run.dryRun()) {
                    created.add(change.creates());
                }
            }
        }

        HybridStageReport failed(Reason reason, String message, String remedy) {
            String error = "Subtask " + stage.subtask() + " execution failed: " + stage.name() + "\n" + message;
            return report(HybridStageReport.Status.FAILED, error, remedy, reason);
        }

        HybridStageReport report(HybridStageReport.Status status, String error, String remedy, Reason reason) {
            return new HybridStageReport(
                    stage.number(),
                    stage.name(),
                    stage.subtask(),
                    status,
                    stage.why(),
                    checked,
                    changes,
                    created,
                    error,
                    remedy,
                    reason,
                    (System.nanoTime() - started) / 1_000_000,
                    changeMillis);
        }
    }

    private void journal(
            String requestId, HybridOrganization onPremises, HybridOrganization cloud, HybridStageReport report) {
        String subject = "Stage " + report.number() + ": " + report.name();
        if (report.status() == HybridStageReport.Status.FAILED) {
            journal.fail(
                    ROLE,
                    requestId,
                    JournalEntry.Step.HYBRID_CONFIGURATION_STAGE,
                    report.reason(),
                    onPremises.name(),
                    subject,
                    report.error());
            return;
        }
        String detail = report.status()
                + (report.changes().isEmpty()
                        ? (report.remedy() != null ? ": " + report.remedy() : ": no changes")
                        : ": " + String.join("; ", report.changes()));
        journal.pass(
                ROLE,
                requestId,
                JournalEntry.Step.HYBRID_CONFIGURATION_STAGE,
                onPremises.name() + " + " + cloud.name(),
                subject,
                detail);
    }

    static String summary(List<HybridStageReport> reports, boolean dryRun) {
        for (HybridStageReport report : reports) {
            if (report.status() == HybridStageReport.Status.FAILED) {
                return "Updating hybrid configuration failed with error '"
                        + report.error().replace("\n", " ") + "'";
            }
        }
        long changes = reports.stream().mapToLong(r -> r.changes().size()).sum();
        if (changes == 0) {
            return "No changes: both organizations are configured as the HybridConfiguration wants.";
        }
        return (dryRun
                ? "Dry run: " + changes + " changes would be made; nothing was changed."
                : changes + " changes made.");
    }
}
