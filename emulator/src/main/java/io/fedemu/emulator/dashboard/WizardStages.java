package io.fedemu.emulator.dashboard;

import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.runtime.journal.Journal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's wizard panel (issue 17): the Hybrid Configuration Wizard's stages as they last ran, one row per
 * stage in Exchange's order, each ✓ or ✗ with what it did or why it stopped. Read from the journal, where each stage is
 * an entry of step HYBRID_CONFIGURATION_STAGE.
 */
final class WizardStages {
    private WizardStages() {}

    /** The newest entry of each stage that ran, in stage order; empty when the wizard never ran. */
    static List<Map<String, Object>> latest(Journal journal) {
        Map<String, JournalEntry> newest = new java.util.TreeMap<>(WizardStages::byNumber);
        for (JournalEntry entry : journal.find(e -> e.step() == JournalEntry.Step.HYBRID_CONFIGURATION_STAGE)) {
            if (entry.subject() != null) {
                newest.put(entry.subject(), entry);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        newest.values().forEach(entry -> {
            Health health = Health.of(entry.verdict() == JournalEntry.Verdict.PASS);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("css", health.css());
            row.put("mark", health.mark());
            row.put("stage", entry.subject());
            row.put("detail", entry.reason() == null ? entry.detail() : entry.reason() + ": " + entry.detail());
            rows.add(row);
        });
        return rows;
    }

    /** "Stage 10: ..." after "Stage 9: ...". */
    private static int byNumber(String a, String b) {
        return Integer.compare(number(a), number(b)) != 0 ? Integer.compare(number(a), number(b)) : a.compareTo(b);
    }

    private static int number(String subject) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("^Stage (\\d+):").matcher(subject);
        return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }
}
