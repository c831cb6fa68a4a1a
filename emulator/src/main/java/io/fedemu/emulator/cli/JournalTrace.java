package io.fedemu.emulator.cli;

import io.fedemu.client.trace.RequestTrace;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.protocol.journal.JournalEntry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** What {@code --trace} shows: every tenant's journal entries for one request, in time order. */
final class JournalTrace {
    private JournalTrace() {}

    /** Both sides of the boundary: every tenant's journal (one emulator may share it, hence the de-duplication). */
    static List<JournalEntry> of(RunningEmulator emulator, String requestId) {
        List<JournalEntry> entries = new ArrayList<>();
        for (Endpoints.Tenant tenant : emulator.endpoints().tenants()) {
            entries.addAll(emulator.admin(tenant).journal(requestId));
        }
        return RequestTrace.of(requestId, entries).entries();
    }

    /** One line per step: pass or fail, the role, the reason, the detail (the dashboard draws the same lines). */
    static void print(PrintWriter out, String requestId, List<JournalEntry> trace) {
        out.println("Trace (request " + requestId + "):");
        for (RequestTrace.Line line : RequestTrace.of(requestId, trace).lines()) {
            out.println("  " + line.format());
        }
    }
}
