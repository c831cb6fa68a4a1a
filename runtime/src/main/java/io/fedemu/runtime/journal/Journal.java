package io.fedemu.runtime.journal;

import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The trust chain's memory: a bounded ring of {@link JournalEntry}, newest last. Bounded so that a
 * load run cannot grow it without limit; the oldest entries make room. One per role (or shared by the
 * roles of one emulator); thread-safe.
 */
public final class Journal {
    public static final int DEFAULT_CAPACITY = 10_000;

    private final ArrayDeque<JournalEntry> entries = new ArrayDeque<>();
    private final AtomicLong sequence = new AtomicLong();
    private final int capacity;
    private final Clock clock;

    public Journal(Clock clock, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a journal holds at least one entry");
        }
        this.clock = clock;
        this.capacity = capacity;
    }

    public Journal(Clock clock) {
        this(clock, DEFAULT_CAPACITY);
    }

    public JournalEntry pass(
            String role, String requestId, JournalEntry.Step step, String requester, String subject, String detail) {
        return add(role, requestId, step, JournalEntry.Verdict.PASS, null, requester, subject, detail);
    }

    public JournalEntry fail(
            String role,
            String requestId,
            JournalEntry.Step step,
            Reason reason,
            String requester,
            String subject,
            String detail) {
        return add(role, requestId, step, JournalEntry.Verdict.FAIL, reason, requester, subject, detail);
    }

    private JournalEntry add(
            String role,
            String requestId,
            JournalEntry.Step step,
            JournalEntry.Verdict verdict,
            Reason reason,
            String requester,
            String subject,
            String detail) {
        Instant now = clock.instant();
        synchronized (entries) {
            JournalEntry entry = new JournalEntry(
                    sequence.incrementAndGet(),
                    now,
                    role,
                    requestId,
                    step,
                    verdict,
                    reason,
                    requester,
                    subject,
                    detail);
            if (entries.size() == capacity) {
                entries.removeFirst();
            }
            entries.addLast(entry);
            return entry;
        }
    }

    /** Entries matching {@code filter}, oldest first. */
    public List<JournalEntry> find(Predicate<JournalEntry> filter) {
        synchronized (entries) {
            return entries.stream().filter(filter).toList();
        }
    }

    public List<JournalEntry> all() {
        return find(entry -> true);
    }

    /** The hops of one request across every role that shares this journal. */
    public List<JournalEntry> request(String requestId) {
        return find(entry -> requestId.equals(entry.requestId()));
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    public int capacity() {
        return capacity;
    }
}
