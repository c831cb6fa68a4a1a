package io.fedemu.emulator.cli;

import io.fedemu.protocol.hybrid.HybridStageReport;
import java.io.PrintWriter;
import java.util.List;

/**
 * The wizard's stages told as a trainer reads them out: what each checked, the cmdlets it ran (or would run), why the
 * step exists and what it created; a failure in Exchange's words with the remedy and the reason.
 */
final class WizardNarration {
    static final int STAGES = 11;

    private WizardNarration() {}

    /** Before a stage runs: its number, name and why it exists. */
    static void announce(PrintWriter out, int number, String name, String why) {
        out.println("[" + number + "/" + STAGES + "] " + name);
        if (why != null) {
            out.println("    Why: " + why);
        }
        out.flush();
    }

    static void print(PrintWriter out, HybridStageReport stage, boolean announced) {
        if (!announced) {
            announce(out, stage.number(), stage.name(), stage.why());
        }
        lines(out, "Checked", stage.checked());
        lines(out, stage.status() == HybridStageReport.Status.PLANNED ? "Would run" : "Ran", stage.changes());
        lines(out, "Created", stage.created());
        switch (stage.status()) {
            case FAILED -> {
                out.println("    Updating hybrid configuration failed with error '" + stage.error() + "'");
                out.println("    Remedy: " + stage.remedy());
                out.println("    Reason: " + stage.reason());
            }
            case SKIPPED -> out.println("    Skipped: " + stage.remedy());
            case UNCHANGED -> out.println("    No changes: already configured.");
            case PLANNED -> out.println("    Planned (dry run): nothing was changed.");
            default -> out.println("    Done: " + stage.changes().size() + " change(s) in " + stage.millis() + " ms.");
        }
        out.println();
        out.flush();
    }

    private static void lines(PrintWriter out, String label, List<String> values) {
        for (String value : values) {
            out.println("    " + label + ": " + value.replace("\n", "\n        "));
        }
    }
}
