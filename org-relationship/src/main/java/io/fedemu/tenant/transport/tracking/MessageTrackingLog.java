package io.fedemu.tenant.transport.tracking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fedemu.certs.AtomicFiles;
import io.fedemu.client.Json;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.MessageTrackingEvent;
import io.fedemu.runtime.journal.Journal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One organization's message tracking log: the newest {@code capacity} transport events, oldest first, appended as
 * JSON lines to {@code <state>/tenants/NAME/message-tracking.log} and read back at start, so a restart keeps them.
 * Each event is journaled too (step MESSAGE_TRACKING, the request id being the message's Message-ID, a FAIL with
 * its Reason), so the journal shows a message's path through both organizations under one id.
 */
public final class MessageTrackingLog {
    public static final String FILE_NAME = "message-tracking.log";
    /** Exchange keeps its logs by age and size; fedemu keeps a number of events, enough for any exercise. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private final String organization;
    private final Path file;
    private final Clock clock;
    private final Journal journal;
    private final int capacity;
    private final ObjectMapper json = Json.strict();
    private final ArrayDeque<MessageTrackingEvent> events = new ArrayDeque<>();
    private long lastInternalId;
    private int linesInFile;

    /**
     * @param folder the tenant's state folder; null keeps the log in memory only
     * @param journal where each event is journaled too; null for none
     */
    public MessageTrackingLog(String organization, Path folder, Clock clock, Journal journal, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a message tracking log holds at least one event");
        }
        this.organization = organization;
        this.file = folder == null ? null : folder.resolve(FILE_NAME);
        this.clock = clock;
        this.journal = journal;
        this.capacity = capacity;
        if (file != null && Files.exists(file)) {
            load();
        }
    }

    public String organization() {
        return organization;
    }

    public Clock clock() {
        return clock;
    }

    /** A number no earlier message of this organization has: Exchange's InternalMessageId. */
    public synchronized long nextInternalId() {
        return ++lastInternalId;
    }

    /** Adds {@code event} (its timestamp is now, by the log's clock), writes and journals it. */
    public MessageTrackingEvent record(MessageTrackingEvent draft) {
        MessageTrackingEvent event = new MessageTrackingEvent(
                clock.instant(),
                draft.eventId(),
                draft.source(),
                draft.internalMessageId(),
                draft.messageId(),
                draft.sender(),
                draft.recipients(),
                draft.messageSubject(),
                draft.connectorId(),
                draft.serverHostname(),
                draft.serverIp(),
                draft.clientIp(),
                draft.clientHostname(),
                draft.recipientStatus(),
                draft.reason());
        synchronized (this) {
            events.addLast(event);
            while (events.size() > capacity) {
                events.removeFirst();
            }
            persist(event);
        }
        journal(event);
        return event;
    }

    /** The events {@code filter} keeps, oldest first. */
    public synchronized List<MessageTrackingEvent> find(Predicate<MessageTrackingEvent> filter) {
        return events.stream().filter(filter).toList();
    }

    /** Every event of the message with this internal id, oldest first. */
    public List<MessageTrackingEvent> message(long internalMessageId) {
        return find(e -> e.internalMessageId() == internalMessageId);
    }

    public synchronized int size() {
        return events.size();
    }

    private void journal(MessageTrackingEvent event) {
        if (journal == null) {
            return;
        }
        String detail = event.eventId() + " " + event.source()
                + (event.connectorId() == null ? "" : " connector '" + event.connectorId() + "'") + " at "
                + event.serverHostname() + ", Message-ID " + event.messageId()
                + (event.recipientStatus().isEmpty() ? "" : ": " + String.join("; ", event.recipientStatus()));
        String recipients = String.join(", ", event.recipients());
        String requestId = event.messageId() == null ? "message-" + event.internalMessageId() : event.messageId();
        Reason reason = Reason.byName(event.reason());
        if (reason != null) {
            journal.fail(
                    organization,
                    requestId,
                    JournalEntry.Step.MESSAGE_TRACKING,
                    reason,
                    event.sender(),
                    recipients,
                    detail);
        } else {
            journal.pass(
                    organization, requestId, JournalEntry.Step.MESSAGE_TRACKING, event.sender(), recipients, detail);
        }
    }

    /**
     * Appends the event's line; once the file holds twice the capacity, rewrites it with the events kept, so it
     * stays bounded without a rewrite per event.
     */
    private void persist(MessageTrackingEvent event) {
        if (file == null) {
            return;
        }
        try {
            if (linesInFile + 1 > 2 * capacity) {
                StringBuilder all = new StringBuilder();
                for (MessageTrackingEvent kept : events) {
                    all.append(json.writeValueAsString(kept)).append('\n');
                }
                AtomicFiles.writePrivate(file, all.toString().getBytes(StandardCharsets.UTF_8));
                linesInFile = events.size();
                return;
            }
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    json.writeValueAsString(event) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            linesInFile++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the message tracking log " + file, e);
        }
    }

    /** Reads the file back; a line that is not an event (one cut short by a crash) is skipped, not fatal. */
    private void load() {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                linesInFile++;
                parse(line).ifPresent(event -> {
                    events.addLast(event);
                    lastInternalId = Math.max(lastInternalId, event.internalMessageId());
                    while (events.size() > capacity) {
                        events.removeFirst();
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the message tracking log " + file, e);
        }
    }

    private Optional<MessageTrackingEvent> parse(String line) {
        if (line.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(line, MessageTrackingEvent.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The events kept, for a caller that filters by itself. */
    public synchronized List<MessageTrackingEvent> all() {
        return new ArrayList<>(events);
    }
}
