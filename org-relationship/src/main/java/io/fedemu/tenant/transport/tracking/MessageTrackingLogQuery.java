package io.fedemu.tenant.transport.tracking;

import io.fedemu.protocol.tenant.MessageTrackingEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Get-MessageTrackingLog's filters: -Sender, -Recipients (any of them), -MessageId, -EventId, -Start, -End and
 * -ResultSize (default 1000, as Exchange's; at most 5000 here). Addresses match ignoring case; the newest events
 * are the ones kept when more match than ResultSize, returned oldest first.
 */
public record MessageTrackingLogQuery(
        String sender,
        List<String> recipients,
        String messageId,
        TrackingEventId eventId,
        Instant start,
        Instant end,
        int resultSize) {
    public static final int DEFAULT_RESULT_SIZE = 1000;
    public static final int MAX_RESULT_SIZE = 5000;

    /** A filter a caller wrote wrongly; the message names it and what it accepts. */
    public static final class InvalidFilterException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidFilterException(String message) {
            super(message);
        }
    }

    public MessageTrackingLogQuery {
        recipients = recipients == null
                ? List.of()
                : recipients.stream()
                        .filter(r -> r != null && !r.isBlank())
                        .map(r -> r.trim().toLowerCase(Locale.ROOT))
                        .toList();
    }

    /** Reads the filters as the admin API receives them (strings, any of them null); refuses a bad one by name. */
    public static MessageTrackingLogQuery parse(
            String sender,
            List<String> recipients,
            String messageId,
            String eventId,
            String start,
            String end,
            String resultSize) {
        TrackingEventId event = null;
        if (eventId != null && !eventId.isBlank()) {
            event = TrackingEventId.of(eventId)
                    .orElseThrow(() -> new InvalidFilterException(
                            "eventId: '" + eventId + "' is none of RECEIVE, SUBMIT, SEND, DELIVER, FAIL"));
        }
        Instant from = time("start", start);
        Instant to = time("end", end);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidFilterException("end: " + end + " is not after start " + start);
        }
        int size = DEFAULT_RESULT_SIZE;
        if (resultSize != null && !resultSize.isBlank()) {
            try {
                size = Integer.parseInt(resultSize.trim());
            } catch (NumberFormatException e) {
                size = -1;
            }
            if (size < 1 || size > MAX_RESULT_SIZE) {
                throw new InvalidFilterException(
                        "resultSize: '" + resultSize + "' is not a number from 1 to " + MAX_RESULT_SIZE);
            }
        }
        List<String> split = new ArrayList<>();
        if (recipients != null) {
            recipients.forEach(r -> split.addAll(List.of(r.split(","))));
        }
        return new MessageTrackingLogQuery(blankToNull(sender), split, blankToNull(messageId), event, from, to, size);
    }

    /** The matching events of {@code log}: the newest ResultSize of them, oldest first. */
    public List<MessageTrackingEvent> run(MessageTrackingLog log) {
        List<MessageTrackingEvent> found = log.find(this::matches);
        return found.size() <= resultSize ? found : found.subList(found.size() - resultSize, found.size());
    }

    boolean matches(MessageTrackingEvent e) {
        if (sender != null && (e.sender() == null || !e.sender().equalsIgnoreCase(sender))) {
            return false;
        }
        if (!recipients.isEmpty()
                && e.recipients().stream().noneMatch(r -> recipients.contains(r.toLowerCase(Locale.ROOT)))) {
            return false;
        }
        if (messageId != null && !messageId.equals(e.messageId()) && !("<" + messageId + ">").equals(e.messageId())) {
            return false;
        }
        if (eventId != null && !eventId.name().equals(e.eventId())) {
            return false;
        }
        if (start != null && e.timestamp().isBefore(start)) {
            return false;
        }
        return end == null || e.timestamp().isBefore(end);
    }

    private static Instant time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidFilterException(
                    field + ": '" + value + "' is not an ISO-8601 time with an offset (2026-03-02T09:00:00Z)");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
