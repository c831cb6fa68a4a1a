package io.fedemu.client.trace;

import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.RemedyContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * One request's hops as every journal recorded them, in time order: what {@code get-availability --trace} prints
 * and what the dashboard draws. Both render these lines, so a link reads the same (mark, step, role, reason,
 * detail) wherever a trainer looks; the dashboard adds each reason's sentence and remedy beside it.
 *
 * @param requestId the X-Fedemu-Request-Id the hops share
 * @param lines     one per journal entry, oldest first
 */
public record RequestTrace(String requestId, List<Line> lines) {
    public RequestTrace {
        lines = List.copyOf(lines);
    }

    /**
     * The entries of one request from one or several journals (the roles of one emulator share one, so the same
     * entry may come twice), de-duplicated and in time order.
     */
    public static RequestTrace of(String requestId, Collection<JournalEntry> entries) {
        return of(requestId, entries, (entry, context) -> context);
    }

    /**
     * The same, with each failed hop's remedy context refined by one who knows more than the journal (the dashboard
     * names the relationship at fault, so the remedy can be run as written).
     */
    public static RequestTrace of(
            String requestId,
            Collection<JournalEntry> entries,
            BiFunction<JournalEntry, RemedyContext, RemedyContext> refine) {
        Map<String, JournalEntry> unique = new LinkedHashMap<>();
        entries.forEach(e -> unique.putIfAbsent(e.role() + "#" + e.sequence() + "@" + e.time(), e));
        List<JournalEntry> ordered = unique.values().stream()
                .sorted(Comparator.comparing(JournalEntry::time).thenComparing(JournalEntry::sequence))
                .toList();
        RemedyContext context = context(ordered);
        return new RequestTrace(
                requestId,
                ordered.stream().map(e -> Line.of(e, refine.apply(e, context))).toList());
    }

    public List<JournalEntry> entries() {
        return lines.stream().map(Line::entry).toList();
    }

    public boolean ok() {
        return lines.stream().allMatch(Line::ok);
    }

    /**
     * The names a remedy needs, as far as the journal tells them: the organization that routed the request is the
     * requester, the first other organization that answered is the partner, the routing entry names the user and
     * the target.
     */
    static RemedyContext context(List<JournalEntry> entries) {
        String requester = null;
        String user = null;
        String target = null;
        for (JournalEntry entry : entries) {
            if (entry.step() == JournalEntry.Step.ROUTING) {
                requester = entry.role();
                user = entry.requester();
                target = entry.subject();
                break;
            }
        }
        if (requester == null && !entries.isEmpty()) {
            requester = entries.get(0).role();
            user = entries.get(0).requester();
            target = entries.get(0).subject();
        }
        String partner = null;
        for (JournalEntry entry : entries) {
            if (entry.role() != null
                    && !entry.role().equals(requester)
                    && !entry.role().contains("/")) {
                partner = entry.role();
                break;
            }
        }
        return RemedyContext.of(requester, partner, user, target);
    }

    /**
     * One hop: pass or fail, and on a failure the reason with its sentence and, with this request's names, its
     * remedy.
     */
    public record Line(JournalEntry entry, String sentence, String remedy) {
        static Line of(JournalEntry entry, RemedyContext context) {
            Reason reason = entry.reason();
            return new Line(
                    entry,
                    reason == null ? null : reason.sentence(),
                    reason == null || entry.verdict() == JournalEntry.Verdict.PASS ? null : reason.remedy(context));
        }

        public boolean ok() {
            return entry.verdict() == JournalEntry.Verdict.PASS;
        }

        /** ✓ or ✗. */
        public String mark() {
            return ok() ? "✓" : "✗";
        }

        /** The line as the command line prints it: {@code ✗ STEP [role] REASON: detail}. */
        public String format() {
            return mark() + " " + entry.step() + " [" + entry.role() + "]"
                    + (entry.reason() == null ? "" : " " + entry.reason())
                    + (entry.detail() == null ? "" : ": " + entry.detail());
        }
    }
}
