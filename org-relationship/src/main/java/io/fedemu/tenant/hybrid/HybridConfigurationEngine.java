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
        Progress progress = new Progress();
        HybridStageReport report = run(stage, run, progress);
        return new HybridStageReport(
                report.number(),
                report.name(),
                report.subtask(),
                report.status(),
                report.why(),
                report.checked(),
                report.changes(),
                report.created(),
                report.error(),
                report.remedy(),
                report.reason(),
                (System.nanoTime() - progress.started) / 1_000_000,
                progress.changeMillis);
    }

    /** What a stage has done so far, and how long each change took (wall time, for the benchmark). */
    private static final class Progress {
        final long started = System.nanoTime();
        final List<Long> changeMillis = new ArrayList<>();
    }

    private static HybridStageReport run(HybridStage stage, WizardRun run, Progress progress) {
        List<String> checked = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        List<String> created = new ArrayList<>();
        try {
            StagePlan plan = stage.plan(run);
            if (plan.skipReason() != null) {
                return report(
                        stage,
                        HybridStageReport.Status.SKIPPED,
                        plan.checked(),
                        List.of(),
                        List.of(),
                        null,
                        plan.skipReason(),
                        null);
            }
            apply(plan, run, checked, changes, created, progress);
            if (plan.next().isPresent()) {
                if (run.dryRun() && !changes.isEmpty()) {
                    changes.add(plan.nextInDryRun());
                } else {
                    apply(plan.next().get().get(), run, checked, changes, created, progress);
                }
            }
            HybridStageReport.Status status = changes.isEmpty()
                    ? HybridStageReport.Status.UNCHANGED
                    : run.dryRun() ? HybridStageReport.Status.PLANNED : HybridStageReport.Status.CHANGED;
            return report(stage, status, checked, changes, created, null, null, null);
        } catch (HybridStageFailure failure) {
            return failed(stage, checked, changes, created, failure.reason(), failure.getMessage(), failure.remedy());
        } catch (ProblemException refused) {
            return refused(stage, checked, changes, created, refused);
        } catch (UnreachableException unreachable) {
            return failed(
                    stage,
                    checked,
                    changes,
                    created,
                    Reason.HYBRID_STEP_REFUSED,
                    unreachable.getMessage(),
                    "start the organization the message names (fedemu up), then run the wizard again");
        }
    }

    private static void apply(
            StagePlan plan,
            WizardRun run,
            List<String> checked,
            List<String> changes,
            List<String> created,
            Progress progress) {
        checked.addAll(plan.checked());
        for (StagePlan.Change change : plan.changes()) {
            long started = System.nanoTime();
            if (!run.dryRun()) {
                change.apply().run();
            }
            progress.changeMillis.add((System.nanoTime() - started) / 1_000_000);
            changes.add(change.cmdlet());
            if (change.creates() != null && !run.dryRun()) {
                created.add(change.creates());
            }
        }
    }

    /** A cmdlet one of the organizations refused: the gateway's domain proof in Exchange's words, else its detail. */
    private static HybridStageReport refused(
            HybridStage stage,
            List<String> checked,
            List<String> changes,
            List<String> created,
            ProblemException refused) {
        String reason = refused.problem().reason();
        String detail = refused.problem().detail();
        if ("DOMAIN_PROOF_NOT_PUBLISHED".equals(reason)) {
            return failed(
                    stage,
                    checked,
                    changes,
                    created,
                    Reason.HYBRID_DOMAIN_PROOF_FAILED,
                    detail,
                    DomainProofRemedy.of(detail));
        }
        return failed(
                stage,
                checked,
                changes,
                created,
                Reason.HYBRID_STEP_REFUSED,
                detail + " (" + reason + ")",
                "mend what the message names, then run the wizard again");
    }

    private static HybridStageReport failed(
            HybridStage stage,
            List<String> checked,
            List<String> changes,
            List<String> created,
            Reason reason,
            String message,
            String remedy) {
        String error = "Subtask " + stage.subtask() + " execution failed: " + stage.name() + "\n" + message;
        return report(stage, HybridStageReport.Status.FAILED, checked, changes, created, error, remedy, reason);
    }

    private static HybridStageReport report(
            HybridStage stage,
            HybridStageReport.Status status,
            List<String> checked,
            List<String> changes,
            List<String> created,
            String error,
            String remedy,
            Reason reason) {
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
                0,
                List.of());
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
