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
 * load run cannot grow it without limit, in entries and in bytes; the oldest entries make room. Entries carry
 * strings a caller chose (addresses, request ids, details quoting the request), so each string is cut at
 * {@value #MAX_FIELD_CHARS} characters ({@value #MAX_DETAIL_CHARS} for the detail) and marked with
 * {@value #TRUNCATED}. One per role (or shared by the roles of one emulator); thread-safe.
 */
public final class Journal {
    public static final int DEFAULT_CAPACITY = 10_000;
    /** The default byte bound: about 1.6 KB an entry at the default capacity. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
    /** Longest role, request id, requester or subject kept. */
    public static final int MAX_FIELD_CHARS = 256;
    /** Longest detail kept. */
    public static final int MAX_DETAIL_CHARS = 2048;
    /** Ends a string the journal cut. */
    public static final String TRUNCATED = "\u2026(truncated)";
    /** What an entry costs besides its strings, estimated: the record, its time, the deque's slot. */
    static final int ENTRY_OVERHEAD_BYTES = 128;

    private final ArrayDeque<JournalEntry> entries = new ArrayDeque<>();
    private final AtomicLong sequence = new AtomicLong();
    private final int capacity;
    private final long maxBytes;
    private final Clock clock;
    private long bytes;

    public Journal(Clock clock, int capacity) {
        this(clock, capacity, DEFAULT_MAX_BYTES);
    }

    public Journal(Clock clock, int capacity, long maxBytes) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a journal holds at least one entry");
        }
        long largest = ENTRY_OVERHEAD_BYTES
                + 2L * (4 * (MAX_FIELD_CHARS + TRUNCATED.length()) + MAX_DETAIL_CHARS + TRUNCATED.length());
        if (maxBytes < largest) {
            throw new IllegalArgumentException("a journal holds at least one entry of " + largest + " bytes");
        }
        this.clock = clock;
        this.capacity = capacity;
        this.maxBytes = maxBytes;
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
                    truncate(role, MAX_FIELD_CHARS),
                    truncate(requestId, MAX_FIELD_CHARS),
                    step,
                    verdict,
                    reason,
                    truncate(requester, MAX_FIELD_CHARS),
                    truncate(subject, MAX_FIELD_CHARS),
                    truncate(detail, MAX_DETAIL_CHARS));
            long size = bytes(entry);
            while (!entries.isEmpty() && (entries.size() == capacity || bytes + size > maxBytes)) {
                bytes -= bytes(entries.removeFirst());
            }
            entries.addLast(entry);
            bytes += size;
            return entry;
        }
    }

    /** {@code value} cut to {@code max} characters and marked, or as it is. */
    static String truncate(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max) + TRUNCATED;
    }

    /** The entry's estimated heap: its strings at two bytes a character, and the overhead. */
    private static long bytes(JournalEntry entry) {
        return ENTRY_OVERHEAD_BYTES
                + 2L
                        * (length(entry.role())
                                + length(entry.requestId())
                                + length(entry.requester())
                                + length(entry.subject())
                                + length(entry.detail()));
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
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
        String kept = kept(requestId);
        return find(entry -> kept.equals(entry.requestId()));
    }

    /**
     * A request id, role, requester or subject as the journal keeps it (cut and marked past
     * {@value #MAX_FIELD_CHARS} characters), so a filter matches what the caller sent, however long.
     */
    public static String kept(String value) {
        return truncate(value, MAX_FIELD_CHARS);
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    public int capacity() {
        return capacity;
    }

    /** The estimated heap the entries take; never more than {@link #maxBytes()}. */
    public long bytes() {
        synchronized (entries) {
            return bytes;
        }
    }

    public long maxBytes() {
        return maxBytes;
    }
}
