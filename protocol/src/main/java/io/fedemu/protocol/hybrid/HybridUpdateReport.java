package io.fedemu.protocol.hybrid;

import java.util.List;

/**
 * What one Update-HybridConfiguration answered: the stages it ran, in order, up to the first that failed.
 *
 * @param completed true when no stage failed
 * @param summary   one line: "no changes", the number of changes, or the failure
 */
public record HybridUpdateReport(
        String organization,
        String cloud,
        boolean dryRun,
        List<HybridStageReport> stages,
        boolean completed,
        String summary) {
    public HybridUpdateReport {
        stages = List.copyOf(stages);
    }
}
