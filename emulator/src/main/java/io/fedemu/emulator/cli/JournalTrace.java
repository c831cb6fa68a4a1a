package io.fedemu.emulator.cli;

import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.protocol.journal.JournalEntry;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code --trace} shows: every tenant's journal entries for one request, in time order. */
final class JournalTrace {
    private JournalTrace() {}

    /** Both sides of the boundary: every tenant's journal (one emulator may share it, hence the de-duplication). */
    static List<JournalEntry> of(RunningEmulator emulator, String requestId) {
        Map<String, JournalEntry> entries = new LinkedHashMap<>();
        for (Endpoints.Tenant tenant : emulator.endpoints().tenants()) {
            emulator.admin(tenant)
                    .journal(requestId)
                    .forEach(e -> entries.putIfAbsent(e.role() + "#" + e.sequence() + "@" + e.time(), e));
        }
        return entries.values().stream()
                .sorted(Comparator.comparing(JournalEntry::time).thenComparing(JournalEntry::sequence))
                .toList();
    }

    /** One line per step: pass or fail, the role, the reason, the detail. */
    static void print(PrintWriter out, String requestId, List<JournalEntry> trace) {
        out.println("Trace (request " + requestId + "):");
        for (JournalEntry entry : trace) {
            out.println("  " + (entry.verdict() == JournalEntry.Verdict.PASS ? "✓" : "✗") + " " + entry.step()
                    + " [" + entry.role() + "]" + (entry.reason() == null ? "" : " " + entry.reason())
                    + (entry.detail() == null ? "" : ": " + entry.detail()));
        }
    }
}
