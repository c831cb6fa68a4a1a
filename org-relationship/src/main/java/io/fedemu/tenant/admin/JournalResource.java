package io.fedemu.tenant.admin;

import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.runtime.journal.Journal;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * GET /admin/journal: the hops this tenant (and, in one emulator, every role) recorded, oldest first,
 * filtered by role, user (requester or subject), verdict, request id and time.
 */
@Path("/journal")
@Produces(MediaType.APPLICATION_JSON)
public final class JournalResource {
    private final Journal journal;

    public JournalResource(Journal journal) {
        this.journal = journal;
    }

    @GET
    public List<JournalEntry> find(
            @QueryParam("role") String role,
            @QueryParam("user") String user,
            @QueryParam("verdict") String verdict,
            @QueryParam("requestId") String requestId,
            @QueryParam("since") String since) {
        Instant from = instant(since);
        JournalEntry.Verdict wanted = verdict(verdict);
        return journal.find(entry -> (role == null || role.equalsIgnoreCase(entry.role()))
                && (user == null || user.equalsIgnoreCase(entry.requester()) || user.equalsIgnoreCase(entry.subject()))
                && (wanted == null || wanted == entry.verdict())
                && (requestId == null || Journal.kept(requestId).equals(entry.requestId()))
                && (from == null || !entry.time().isBefore(from)));
    }

    private static Instant instant(String since) {
        if (since == null) {
            return null;
        }
        try {
            return Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw new AdminRefusedException(
                    Reason.REQUEST_INVALID,
                    "since must be an ISO-8601 instant such as " + "2026-11-30T09:00:00Z, not '" + since + "'");
        }
    }

    private static JournalEntry.Verdict verdict(String verdict) {
        if (verdict == null) {
            return null;
        }
        try {
            return JournalEntry.Verdict.valueOf(verdict.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AdminRefusedException(
                    Reason.REQUEST_INVALID, "verdict must be PASS or FAIL, not '" + verdict + "'");
        }
    }
}
