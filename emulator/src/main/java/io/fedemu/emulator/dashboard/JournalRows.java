package io.fedemu.emulator.dashboard;

import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.runtime.journal.Journal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live journal as the dashboard lists it: one row per request (its hops folded together), newest first, ✓ when
 * every hop passed, else ✗ with the first failing hop's step and reason.
 */
final class JournalRows {
    static final int SHOWN = 40;

    private JournalRows() {}

    /** The newest requests with an entry after {@code afterSequence}, newest first. */
    static List<Map<String, Object>> since(Journal journal, long afterSequence) {
        List<JournalEntry> all = journal.all();
        Map<String, Long> newest = new LinkedHashMap<>();
        for (JournalEntry entry : all) {
            if (entry.sequence() > afterSequence && entry.requestId() != null) {
                newest.remove(entry.requestId());
                newest.put(entry.requestId(), entry.sequence());
            }
        }
        List<String> ids = new ArrayList<>(newest.keySet());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = ids.size() - 1; i >= 0 && rows.size() < SHOWN; i--) {
            String id = ids.get(i);
            rows.add(row(id, all.stream().filter(e -> id.equals(e.requestId())).toList()));
        }
        return rows;
    }

    /** The journal's newest sequence number: where a live feed starts. */
    static long latest(Journal journal) {
        List<JournalEntry> all = journal.all();
        return all.isEmpty() ? 0 : all.get(all.size() - 1).sequence();
    }

    static Map<String, Object> row(String requestId, List<JournalEntry> hops) {
        JournalEntry first = hops.get(0);
        JournalEntry last = hops.get(hops.size() - 1);
        JournalEntry failed = hops.stream()
                .filter(e -> e.verdict() == JournalEntry.Verdict.FAIL)
                .findFirst()
                .orElse(null);
        Health health = Health.of(failed == null);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("request", requestId);
        row.put("sequence", last.sequence());
        row.put("time", last.time().toString().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z"));
        row.put("css", health.css());
        row.put("mark", health.mark());
        row.put("who", first.requester() == null ? first.role() : first.requester());
        row.put("whom", first.subject() == null ? "" : first.subject());
        row.put(
                "outcome",
                failed == null
                        ? hops.size() + " hops passed"
                        : failed.step() + " [" + failed.role() + "] "
                                + (failed.reason() == null ? "" : failed.reason()));
        return row;
    }
}
