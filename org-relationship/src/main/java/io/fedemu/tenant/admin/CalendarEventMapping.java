package io.fedemu.tenant.admin;

import io.fedemu.protocol.tenant.CalendarEventDto;
import io.fedemu.tenant.calendar.BusyType;
import io.fedemu.tenant.calendar.CalendarEvent;
import io.fedemu.tenant.calendar.Recurrence;
import io.fedemu.tenant.calendar.RecurrenceExpander;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * Between the admin API's {@link CalendarEventDto} and the tenant's {@link CalendarEvent}. Everything that could
 * later break free/busy is refused here, naming the field, before anything is stored. Public so that a scenario's
 * inline events pass exactly the checks the admin API applies.
 */
public final class CalendarEventMapping {
    private static final int MAX_UID_LENGTH = 255;
    /** Outlook and Exchange only create these patterns; finer ones could expand to millions of occurrences. */
    private static final Set<Frequency> EXCHANGE_FREQUENCIES =
            Set.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY);
    /** Long enough for a yearly rule to recur once, short enough to stay cheap for a daily one. */
    private static final Duration TRIAL_EXPANSION = Duration.ofDays(400);

    private static final Map<String, BusyType> BUSY_TYPES = Arrays.stream(BusyType.values())
            .filter(type -> type != BusyType.NO_DATA)
            .collect(Collectors.toUnmodifiableMap(t -> ewsName(t).toLowerCase(Locale.ROOT), Function.identity()));

    private final RecurrenceExpander expander = new RecurrenceExpander();

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

    /**
     * Expands a series once over a year from its start, so that a rule ical4j accepts when parsing but cannot
     * expand is refused now rather than failing every later free/busy request for the mailbox.
     */
    void checkRecurrence(CalendarEvent event) {
        if (!event.isRecurring()) {
            return;
        }
        Instant from = event.start().toInstant();
        try {
            expander.expand(List.of(event), from, from.plus(TRIAL_EXPANSION));
        } catch (RuntimeException e) {
            throw AdminRefusedException.field(
                    "rrule",
                    "'" + event.recurrence().rrule() + "' cannot be expanded from " + event.start() + ": "
                            + e.getMessage());
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
        Recur<?> recur;
        try {
            recur = new Recur<>(recurrence.rrule());
        } catch (RuntimeException e) {
            throw AdminRefusedException.field(
                    "rrule", "'" + dto.rrule() + "' is not an RFC 5545 RRULE: " + e.getMessage());
        }
        if (!EXCHANGE_FREQUENCIES.contains(recur.getFrequency())) {
            throw AdminRefusedException.field(
                    "rrule",
                    "FREQ=" + recur.getFrequency()
                            + " is not a pattern Exchange supports (DAILY, WEEKLY, MONTHLY or YEARLY)");
        }
        if (!recur.getHourList().isEmpty()
                || !recur.getMinuteList().isEmpty()
                || !recur.getSecondList().isEmpty()) {
            throw AdminRefusedException.field(
                    "rrule",
                    "BYHOUR, BYMINUTE and BYSECOND are not supported: an "
                            + "occurrence starts at the item's start time");
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
