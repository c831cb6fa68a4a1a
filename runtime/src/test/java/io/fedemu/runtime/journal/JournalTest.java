package io.fedemu.runtime.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JournalTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void entriesKeepOrderAndAreFoundByRequest() {
        Journal journal = new Journal(clock);
        journal.pass("contoso-onprem", "r1", JournalEntry.Step.TOKEN_REQUEST, "alice@contoso.com", "outlook.com", null);
        journal.fail(
                "contoso-cloud",
                "r1",
                JournalEntry.Step.TOKEN_VALIDATION,
                Reason.TOKEN_AUDIENCE_MISMATCH,
                "alice@contoso.com",
                null,
                "audience x");
        journal.pass("contoso-onprem", "r2", JournalEntry.Step.ANSWER, "carol@contoso.com", null, null);

        assertThat(journal.request("r1"))
                .extracting(JournalEntry::step, JournalEntry::verdict, JournalEntry::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                JournalEntry.Step.TOKEN_REQUEST, JournalEntry.Verdict.PASS, null),
                        org.assertj.core.groups.Tuple.tuple(
                                JournalEntry.Step.TOKEN_VALIDATION,
                                JournalEntry.Verdict.FAIL,
                                Reason.TOKEN_AUDIENCE_MISMATCH));
        assertThat(journal.all()).extracting(JournalEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(journal.all().get(0).time()).isEqualTo(clock.instant());
    }

    @Test
    void theOldestEntriesMakeRoomSoTheJournalNeverGrowsPastItsCapacity() {
        Journal journal = new Journal(clock, 3);
        for (int i = 0; i < 10; i++) {
            journal.pass("r", "req-" + i, JournalEntry.Step.ANSWER, null, null, null);
        }

        assertThat(journal.size()).isEqualTo(3);
        assertThat(journal.all()).extracting(JournalEntry::requestId).containsExactly("req-7", "req-8", "req-9");
    }

    /** Issue 12: caller-chosen strings are cut and marked, so an entry has a bounded size. */
    @Test
    void longStringsAreTruncatedAndMarked() {
        Journal journal = new Journal(clock);
        String longId = "r-" + "x".repeat(10_000);
        journal.fail(
                "contoso-cloud",
                longId,
                JournalEntry.Step.ROUTING,
                Reason.PROXY_REQUEST_NOT_ALLOWED,
                "a".repeat(5_000) + "@contoso.com",
                null,
                "d".repeat(100_000));

        JournalEntry entry = journal.all().get(0);
        assertThat(entry.requestId())
                .hasSize(Journal.MAX_FIELD_CHARS + Journal.TRUNCATED.length())
                .endsWith("\u2026(truncated)");
        assertThat(entry.requester()).hasSize(Journal.MAX_FIELD_CHARS + Journal.TRUNCATED.length());
        assertThat(entry.detail())
                .startsWith("ddd")
                .hasSize(Journal.MAX_DETAIL_CHARS + Journal.TRUNCATED.length())
                .endsWith(Journal.TRUNCATED);
        assertThat(entry.subject()).isNull();
        assertThat(entry.role()).isEqualTo("contoso-cloud");
        assertThat(journal.request(longId))
                .as("still found by the id the caller sent")
                .containsExactly(entry);
    }

    /** Issue 12: the journal is bounded in bytes too; the oldest entries make room. */
    @Test
    void theJournalIsBoundedInBytes() {
        long maxBytes = 64 * 1024;
        Journal journal = new Journal(clock, 10_000, maxBytes);
        for (int i = 0; i < 1_000; i++) {
            journal.pass("contoso-onprem", "r" + i, JournalEntry.Step.ANSWER, null, null, "d".repeat(5_000));
            assertThat(journal.bytes()).isLessThanOrEqualTo(maxBytes);
        }

        assertThat(journal.size()).isLessThan(1_000).isGreaterThan(1);
        assertThat(journal.all().get(journal.size() - 1).requestId()).isEqualTo("r999");
        assertThat(journal.request("r0")).as("the oldest made room").isEmpty();
    }
}
