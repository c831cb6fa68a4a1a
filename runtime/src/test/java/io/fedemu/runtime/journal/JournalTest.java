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
}
