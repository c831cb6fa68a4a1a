package io.fedemu.topology.scenario;

import io.fedemu.protocol.tenant.CalendarEventDto;
import io.fedemu.tenant.admin.AdminRefusedException;
import io.fedemu.tenant.admin.CalendarEventMapping;
import io.fedemu.tenant.calendar.CalendarEvent;
import io.fedemu.topology.scenario.Scenario.EventSpec;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * A mailbox's inline {@code events:} as calendar items. They go through the admin API's own mapping, so an item
 * a scenario accepts is exactly one {@code POST /admin/mailboxes/{address}/calendar/events} would accept; only
 * the field names are the scenario's.
 */
final class InlineEvents {
    /** The admin API's field names as the scenario spells them. */
    private static final Map<String, String> FIELDS = Map.of("busyType", "busyStatus", "rrule", "recurrence");

    private final CalendarEventMapping mapping = new CalendarEventMapping();

    /** An inline event that cannot become a calendar item: which of its fields, and why. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        Invalid(String field, String problem) {
            super(problem);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    /**
     * The item for the {@code index}th event of {@code address}. Its UID is stable across starts so that a
     * calendar kept in state and the scenario name the same items.
     */
    CalendarEvent toEvent(EventSpec spec, String address, int index, ZoneId zone) {
        if (spec.subject() == null || spec.subject().isBlank()) {
            throw new Invalid("subject", "is required");
        }
        boolean allDay = spec.date() != null;
        String start = spec.start();
        String end = spec.end();
        if (allDay) {
            if (spec.start() != null || spec.end() != null) {
                throw new Invalid(
                        spec.start() != null ? "start" : "end",
                        "give either date (an all-day item) or start and end, not both");
            }
            LocalDate day = date(spec.date());
            start = day.toString();
            end = day.plusDays(1).toString();
        }
        CalendarEventDto dto = new CalendarEventDto(
                null,
                start,
                end,
                null,
                allDay,
                spec.busyStatus(),
                spec.subject(),
                spec.location(),
                Boolean.TRUE.equals(spec.isPrivate()),
                false,
                false,
                spec.recurrence(),
                null);
        try {
            return mapping.toEvent(
                    dto, "scenario-" + (index + 1) + "-" + address.toLowerCase(java.util.Locale.ROOT), zone);
        } catch (AdminRefusedException e) {
            String field = e.field().orElse("");
            throw new Invalid(FIELDS.getOrDefault(field, field), e.problem());
        } catch (IllegalArgumentException e) {
            throw new Invalid("", e.getMessage());
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new Invalid("date", "'" + value + "' is not a date such as 2026-12-01");
        }
    }
}
