package io.fedemu.tenant.calendar;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A calendar item (a single event or the master of a series) with the fields free/busy can reveal.
 * Times are zoned, in the zone the item was created in, so a weekly 09:00 meeting stays at 09:00 local time
 * across a daylight-saving change. An all-day item runs from local midnight to local midnight.
 *
 * @param recurrence null for a single event
 */
public record CalendarEvent(
        String uid,
        ZonedDateTime start,
        ZonedDateTime end,
        boolean allDay,
        BusyType busyType,
        String subject,
        String location,
        boolean isPrivate,
        boolean isMeeting,
        boolean isReminderSet,
        Recurrence recurrence) {

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(busyType, "busyType");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("event " + uid + " ends (" + end + ") before it starts (" + start + ")");
        }
        subject = subject == null ? "" : subject;
        location = location == null ? "" : location;
    }

    /** A single, non-private, non-meeting item: the common case in tests and scenarios. */
    public static CalendarEvent single(
            String uid, ZonedDateTime start, ZonedDateTime end, BusyType busyType, String subject) {
        return new CalendarEvent(uid, start, end, false, busyType, subject, "", false, false, false, null);
    }

    public boolean isRecurring() {
        return recurrence != null;
    }

    public Optional<Recurrence> recurrenceRule() {
        return Optional.ofNullable(recurrence);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public CalendarEvent withRecurrence(Recurrence newRecurrence) {
        return new CalendarEvent(
                uid,
                start,
                end,
                allDay,
                busyType,
                subject,
                location,
                isPrivate,
                isMeeting,
                isReminderSet,
                newRecurrence);
    }

    public CalendarEvent withPrivate(boolean newPrivate) {
        return new CalendarEvent(
                uid, start, end, allDay, busyType, subject, location, newPrivate, isMeeting, isReminderSet, recurrence);
    }
}
