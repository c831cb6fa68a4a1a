package io.fedemu.tenant.transport.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.certs.AdjustableClock;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.MessageTrackingEvent;
import io.fedemu.runtime.journal.Journal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The message tracking log: events stamped by the injected clock, bounded, persisted, journaled, searched. */
class MessageTrackingLogTest {
    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path home;

    private final AdjustableClock clock = new AdjustableClock(Clock.fixed(NINE, ZoneOffset.UTC));
    private final Journal journal = new Journal(clock);

    @Test
    void eventsAreStampedWrittenAsJsonLinesAndReadBackAfterARestart() throws Exception {
        MessageTrackingLog log = new MessageTrackingLog("contoso", home, clock, journal, 100);
        TransportTracking.Tracked tracked = new TransportTracking(log)
                .received(
                        "<1@contoso.com>",
                        "alice@contoso.com",
                        List.of("bob@contoso.com"),
                        "Figures",
                        "ex2013-01.contoso.com",
                        "Client Frontend EX2013-01",
                        "127.0.0.1",
                        "client",
                        "127.0.0.1");
        clock.setOffset(clock.offset().plus(Duration.ofSeconds(2)));
        tracked.delivered("bob@contoso.com", "mail.contoso.com");

        assertThat(Files.readAllLines(home.resolve(MessageTrackingLog.FILE_NAME)))
                .hasSize(2);
        MessageTrackingLog reopened = new MessageTrackingLog("contoso", home, clock, journal, 100);
        assertThat(reopened.all())
                .extracting(MessageTrackingEvent::eventId, MessageTrackingEvent::timestamp)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("RECEIVE", NINE),
                        org.assertj.core.groups.Tuple.tuple("DELIVER", NINE.plusSeconds(2)));
        // A new message after the restart gets a number no earlier one has.
        assertThat(reopened.nextInternalId())
                .isGreaterThan(reopened.all().get(0).internalMessageId());
    }

    @Test
    void theLogKeepsTheNewestEventsAndTheFileStaysBounded() throws Exception {
        MessageTrackingLog log = new MessageTrackingLog("contoso", home, clock, null, 3);
        TransportTracking tracking = new TransportTracking(log);
        for (int i = 0; i < 20; i++) {
            tracking.received(
                    "<" + i + "@contoso.com>",
                    "alice@contoso.com",
                    List.of("bob@contoso.com"),
                    "n" + i,
                    "server",
                    "connector",
                    null,
                    null,
                    null);
        }
        assertThat(log.all()).extracting(MessageTrackingEvent::messageSubject).containsExactly("n17", "n18", "n19");
        assertThat(Files.readAllLines(home.resolve(MessageTrackingLog.FILE_NAME))
                        .size())
                .isLessThanOrEqualTo(6);
        assertThat(new MessageTrackingLog("contoso", home, clock, null, 3).all())
                .extracting(MessageTrackingEvent::messageSubject)
                .containsExactly("n17", "n18", "n19");
    }

    @Test
    void aLineCutShortByACrashIsSkipped() throws Exception {
        MessageTrackingLog log = new MessageTrackingLog("contoso", home, clock, null, 10);
        new TransportTracking(log).received("<1@x>", "a@x.com", List.of("b@x.com"), "s", "h", "c", null, null, null);
        Files.writeString(
                home.resolve(MessageTrackingLog.FILE_NAME),
                "{\"eventId\":\"SEN",
                java.nio.file.StandardOpenOption.APPEND);

        assertThat(new MessageTrackingLog("contoso", home, clock, null, 10).all())
                .hasSize(1);
    }

    @Test
    void aFailIsJournaledWithItsReasonUnderTheMessageId() {
        MessageTrackingLog log = new MessageTrackingLog("contoso", null, clock, journal, 10);
        new TransportTracking(log)
                .received(
                        "<2@contoso.com>",
                        "alice@contoso.com",
                        List.of("zed@fabrikam.com"),
                        "s",
                        "h",
                        "c",
                        null,
                        null,
                        null)
                .failed(
                        List.of("zed@fabrikam.com"),
                        "Outbound to Office 365",
                        "mail.contoso.com",
                        Reason.MAIL_HOP_UNREACHABLE,
                        "451 4.4.0 ...");

        List<JournalEntry> entries = journal.request("<2@contoso.com>");
        assertThat(entries).extracting(JournalEntry::step).containsOnly(JournalEntry.Step.MESSAGE_TRACKING);
        assertThat(entries.get(1).verdict()).isEqualTo(JournalEntry.Verdict.FAIL);
        assertThat(entries.get(1).reason()).isEqualTo(Reason.MAIL_HOP_UNREACHABLE);
        assertThat(log.all().get(1).reason()).isEqualTo("MAIL_HOP_UNREACHABLE");
    }

    @Test
    void searchesFilterAsGetMessageTrackingLogDoes() {
        MessageTrackingLog log = new MessageTrackingLog("contoso", null, clock, null, 100);
        TransportTracking tracking = new TransportTracking(log);
        tracking.received("<a@x>", "alice@contoso.com", List.of("bob@contoso.com"), "one", "h", "c", null, null, null)
                .delivered("bob@contoso.com", "h");
        clock.setOffset(clock.offset().plus(Duration.ofHours(1)));
        tracking.received("<b@x>", "carol@contoso.com", List.of("dave@contoso.com"), "two", "h", "c", null, null, null);

        assertThat(query("ALICE@contoso.com", null, null, null, null, null, null)
                        .run(log))
                .hasSize(2);
        assertThat(query(null, List.of("dave@contoso.com"), null, null, null, null, null)
                        .run(log))
                .hasSize(1);
        assertThat(query(null, null, "a@x", "deliver", null, null, null).run(log))
                .extracting(MessageTrackingEvent::eventId)
                .containsExactly("DELIVER");
        assertThat(query(null, null, null, null, "2026-03-02T09:30:00Z", null, null)
                        .run(log))
                .extracting(MessageTrackingEvent::messageSubject)
                .containsExactly("two");
        assertThat(query(null, null, null, null, null, null, "1").run(log))
                .extracting(MessageTrackingEvent::messageSubject)
                .containsExactly("two");
    }

    @Test
    void aFilterThatCannotBeReadIsRefusedByName() {
        assertThatThrownBy(() -> query(null, null, null, "BOUNCE", null, null, null))
                .hasMessageContaining("eventId")
                .hasMessageContaining("RECEIVE, SUBMIT, SEND, DELIVER, FAIL");
        assertThatThrownBy(() -> query(null, null, null, null, "yesterday", null, null))
                .hasMessageContaining("start: 'yesterday'");
        assertThatThrownBy(() -> query(null, null, null, null, "2026-03-02T10:00:00Z", "2026-03-02T09:00:00Z", null))
                .hasMessageContaining("end");
        assertThatThrownBy(() -> query(null, null, null, null, null, null, "0")).hasMessageContaining("resultSize");
        assertThatThrownBy(() -> query(null, null, null, null, null, null, "lots"))
                .isInstanceOf(MessageTrackingLogQuery.InvalidFilterException.class);
    }

    private static MessageTrackingLogQuery query(
            String sender,
            List<String> recipients,
            String messageId,
            String eventId,
            String start,
            String end,
            String size) {
        return MessageTrackingLogQuery.parse(sender, recipients, messageId, eventId, start, end, size);
    }
}
