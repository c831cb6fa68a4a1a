package io.fedemu.protocol.hybrid;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fedemu.protocol.reason.Reason;
import java.util.List;

/**
 * One stage of a wizard run: what it checked, the cmdlets it ran (or, in a dry run, would run), why the step
 * exists, what it created, and on a failure Exchange's message, the remedy and the named reason.
 *
 * @param number  1 to 11, Exchange 2013's order
 * @param subtask CheckPrereqs, Configure or ValidateConfiguration: the subtask Exchange's error names
 * @param status  what happened: {@link Status}
 * @param changes each change as the Exchange cmdlet it stands for
 * @param created the objects the stage created (a subset of what {@code changes} names)
 * @param error   on a failure: {@code Subtask <subtask> execution failed: <stage>} and Exchange's message
 * @param millis  the stage's wall time, discovery included
 * @param changeMillis how long each change of {@code changes} took, in the same order (for the measurements in
 *                benchmarks/wizard.sh: key generation, the gateway, the cloud's admin API)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HybridStageReport(
        int number,
        String name,
        String subtask,
        Status status,
        String why,
        List<String> checked,
        List<String> changes,
        List<String> created,
        String error,
        String remedy,
        Reason reason,
        long millis,
        List<Long> changeMillis) {

    public enum Status {
        /** Everything already as desired: nothing was changed. */
        UNCHANGED,
        /** The differences were applied. */
        CHANGED,
        /** A dry run: the differences that a run would apply. */
        PLANNED,
        /** Not part of an Exchange 2013 CU1 hybrid, or nothing to do in this organization. */
        SKIPPED,
        /** Stopped with Exchange's error; later stages did not run. */
        FAILED
    }

    public HybridStageReport {
        checked = checked == null ? List.of() : List.copyOf(checked);
        changes = changes == null ? List.of() : List.copyOf(changes);
        created = created == null ? List.of() : List.copyOf(created);
        changeMillis = changeMillis == null ? List.of() : List.copyOf(changeMillis);
    }
}
