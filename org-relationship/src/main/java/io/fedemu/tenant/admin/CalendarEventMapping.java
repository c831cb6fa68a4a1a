package io.fedemu.tenant.admin;

import io.fedemu.protocol.tenant.CalendarEventDto;
import io.fedemu.tenant.calendar.BusyType;
import io.fedemu.tenant.calendar.CalendarEvent;
import io.fedemu.tenant.calendar.Recurrence;
import io.fedemu.tenant.calendar.RecurrenceRules;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Between the admin API's {@link CalendarEventDto} and the tenant's {@link CalendarEvent}. Everything that could
 * later break free/busy is refused here, naming the field, before anything is stored. Public so that a scenario's
 * inline events pass exactly the checks the admin API applies.
 */
public final class CalendarEventMapping {
    private static final int MAX_UID_LENGTH = 255;

    private static final Map<String, BusyType> BUSY_TYPES = Arrays.stream(BusyType.values())
            .filter(type -> type != BusyType.NO_DATA)
            .collect(Collectors.toUnmodifiableMap(t -> ewsName(t).toLowerCase(Locale.ROOT), Function.identity()));

    /** The item {@code dto} describes under {@code uid}; times without a zone are read in {@code mailboxZone}. */
    public CalendarEvent toEvent(CalendarEventDto dto, String uid, ZoneId mailboxZone) {
        EventTimes.Span span = EventTimes.read(dto.start(), dto.end(), dto.timeZone(), dto.allDay(), mailboxZone);
        Recurrence recurrence = recurrence(dto);
        CalendarEvent event = new CalendarEvent(
                checkUid(uid),
                span.start(),
                span.end(),
                dto.allDay(),
                busyType(dto.busyType()),
                dto.subject(),
                dto.location(),
                dto.isPrivate(),
                dto.isMeeting(),
                dto.isReminderSet(),
                recurrence);
        checkRecurrence(event);
        return event;
    }

    static CalendarEventDto toDto(CalendarEvent event) {
        List<Instant> exdates = event.recurrenceRule()
                .map(r -> r.exceptionDates().stream().sorted().toList())
                .orElse(null);
        return new CalendarEventDto(
                event.uid(),
                EventTimes.format(event.start()),
                EventTimes.format(event.end()),
                event.start().getZone().getId(),
                event.allDay(),
                ewsName(event.busyType()),
                event.subject(),
                event.location(),
                event.isPrivate(),
                event.isMeeting(),
                event.isReminderSet(),
                event.recurrenceRule().map(Recurrence::rrule).orElse(null),
                exdates);
    }

    /** The recurrence rules every path applies ({@link RecurrenceRules}), refused as the rrule field. */
    static void checkRecurrence(CalendarEvent event) {
        try {
            RecurrenceRules.checkSeries(event);
        } catch (RecurrenceRules.Refused e) {
            throw AdminRefusedException.field("rrule", e.getMessage());
        }
    }

    static String checkUid(String uid) {
        if (uid == null || uid.isBlank()) {
            throw AdminRefusedException.field("uid", "is empty");
        }
        if (uid.length() > MAX_UID_LENGTH || uid.chars().anyMatch(Character::isISOControl)) {
            throw AdminRefusedException.field(
                    "uid", "must be at most " + MAX_UID_LENGTH + " characters without control characters");
        }
        return uid;
    }

    private static Recurrence recurrence(CalendarEventDto dto) {
        List<Instant> exdates = dto.exdates() == null ? List.of() : dto.exdates();
        if (dto.rrule() == null || dto.rrule().isBlank()) {
            if (!exdates.isEmpty()) {
                throw AdminRefusedException.field(
                        "exdates", "only a recurring item (with an rrule) has deleted " + "occurrences");
            }
            return null;
        }
        if (exdates.stream().anyMatch(java.util.Objects::isNull)) {
            throw AdminRefusedException.field("exdates", "contains null");
        }
        Recurrence recurrence = new Recurrence(dto.rrule().trim(), Set.copyOf(exdates), Map.of());
        try {
            RecurrenceRules.check(recurrence.rrule());
        } catch (RecurrenceRules.Refused e) {
            throw AdminRefusedException.field("rrule", e.getMessage());
        }
        return recurrence;
    }

    private static BusyType busyType(String name) {
        if (name == null) {
            return BusyType.BUSY; // Outlook's default "Show as" for a new item
        }
        BusyType type = BUSY_TYPES.get(name.trim().toLowerCase(Locale.ROOT));
        if (type == null) {
            throw AdminRefusedException.field(
                    "busyType", "'" + name + "' is not one of Free, Tentative, Busy, OOF, " + "WorkingElsewhere");
        }
        return type;
    }

    /** EWS LegacyFreeBusyType spelling (PROTOCOL.md section 2). */
    static String ewsName(BusyType type) {
        return switch (type) {
            case FREE -> "Free";
            case TENTATIVE -> "Tentative";
            case BUSY -> "Busy";
            case OOF -> "OOF";
            case WORKING_ELSEWHERE -> "WorkingElsewhere";
            case NO_DATA -> "NoData";
        };
    }
}
