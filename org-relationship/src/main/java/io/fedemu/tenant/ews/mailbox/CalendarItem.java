package io.fedemu.tenant.ews.mailbox;

import io.fedemu.protocol.ews.types.CalendarItemTypeType;
import io.fedemu.tenant.calendar.CalendarEvent;
import io.fedemu.tenant.calendar.Occurrence;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * One calendar item as FindItem and GetItem show it: a single item, a series' master, one occurrence or a modified
 * occurrence (an exception), with the id that finds it again.
 *
 * @param details       the item whose subject, location and flags apply (an exception's own, else the series')
 * @param series        the single item or the series' master: its UID and id
 * @param originalStart where an occurrence or exception would have started; null for a single item or a master
 */
record CalendarItem(
        StoreObjectId id,
        CalendarEvent details,
        CalendarEvent series,
        ZonedDateTime start,
        ZonedDateTime end,
        Instant originalStart,
        CalendarItemTypeType kind) {

    /** An item as it is stored: a single item, or the master of a series. */
    static CalendarItem stored(String mailbox, CalendarEvent event) {
        return new CalendarItem(
                StoreObjectId.item(mailbox, event.uid()),
                event,
                event,
                event.start(),
                event.end(),
                null,
                event.isRecurring() ? CalendarItemTypeType.RECURRING_MASTER : CalendarItemTypeType.SINGLE);
    }

    /** One appearance in a calendar view; {@code master} is the series it belongs to (or the single item). */
    static CalendarItem appearance(String mailbox, CalendarEvent master, Occurrence occurrence) {
        if (!occurrence.recurring()) {
            return stored(mailbox, occurrence.item());
        }
        Instant originalStart = originalStart(occurrence);
        return new CalendarItem(
                StoreObjectId.occurrence(mailbox, master.uid(), originalStart),
                occurrence.item(),
                master,
                occurrence.start(),
                occurrence.end(),
                originalStart,
                occurrence.exception() ? CalendarItemTypeType.EXCEPTION : CalendarItemTypeType.OCCURRENCE);
    }

    /** An occurrence's id ends with its original start in epoch seconds (Occurrence names it so). */
    static Instant originalStart(Occurrence occurrence) {
        String id = occurrence.id();
        return Instant.ofEpochSecond(Long.parseLong(id.substring(id.lastIndexOf('_') + 1)));
    }

    /** The UID of the series an appearance belongs to (Occurrence's id starts with it). */
    static String seriesUid(Occurrence occurrence) {
        String id = occurrence.id();
        return occurrence.recurring() ? id.substring(0, id.lastIndexOf('_')) : id;
    }
}
