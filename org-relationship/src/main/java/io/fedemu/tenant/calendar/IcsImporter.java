package io.fedemu.tenant.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Duration;

/**
 * Reads VEVENTs from an iCalendar file (RFC 5545) as Outlook and Exchange export them: VTIMEZONE-qualified times,
 * RRULE series with EXDATE deletions and RECURRENCE-ID overrides, all-day DATE values, TRANSP and Microsoft's
 * X-MICROSOFT-CDO-BUSYSTATUS for "show as", CLASS for privacy. Parsing is ical4j's; this class only maps.
 *
 * <p>Every series passes {@link RecurrenceRules}, as the admin API's JSON events do: a file with a rule Exchange
 * cannot create (FREQ=SECONDLY, BYHOUR...) is refused whole, naming the VEVENT and the rule.
 *
 * <p>Floating times and all-day dates have no zone in the file: they are placed in the mailbox's zone, which is
 * how Outlook shows them to the owner.
 */
public final class IcsImporter {
    private final ZoneId mailboxZone;
    private final IcsZones zones;

    public IcsImporter(ZoneId mailboxZone) {
        this.mailboxZone = Objects.requireNonNull(mailboxZone, "mailboxZone");
        this.zones = new IcsZones(mailboxZone);
    }

    /** The file's items, one per UID (a series carries its overrides), in file order. */
    public List<CalendarEvent> read(InputStream ics) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(ics);
        } catch (IOException | ParserException e) {
            throw new CalendarImportException("not a readable iCalendar file: " + e.getMessage(), e);
        }
        Map<String, CalendarEvent> masters = new LinkedHashMap<>();
        Map<String, Map<Instant, CalendarEvent>> overrides = new HashMap<>();
        for (VEvent vevent : calendar.<VEvent>getComponents(Component.VEVENT)) {
            try {
                CalendarEvent event = toEvent(vevent);
                Optional<DateProperty<Temporal>> recurrenceId = vevent.getProperty(Property.RECURRENCE_ID);
                if (recurrenceId.isPresent()) {
                    if (event.isRecurring()) {
                        throw new CalendarImportException("VEVENT " + event.uid()
                                + " has both a RECURRENCE-ID and an RRULE; a modified occurrence cannot itself recur");
                    }
                    Instant original = toZoned(recurrenceId.get().getDate()).toInstant();
                    overrides
                            .computeIfAbsent(event.uid(), uid -> new HashMap<>())
                            .put(original, event);
                } else if (masters.putIfAbsent(event.uid(), event) != null) {
                    throw new CalendarImportException(
                            "two VEVENTs share UID " + event.uid() + " without a RECURRENCE-ID");
                }
            } catch (DateTimeException e) {
                // ical4j resolves dates and TZIDs lazily, with java.time's exceptions (a TZID naming no zone).
                throw new CalendarImportException(
                        "VEVENT " + text(vevent, Property.UID).orElse("without UID")
                                + " has a date fedemu cannot read: " + e.getMessage(),
                        e);
            }
        }
        List<CalendarEvent> result = new ArrayList<>();
        masters.forEach((uid, master) -> {
            Map<Instant, CalendarEvent> modified = overrides.remove(uid);
            if (modified != null && master.isRecurring()) {
                Recurrence r = master.recurrence();
                result.add(master.withRecurrence(new Recurrence(r.rrule(), r.exceptionDates(), modified)));
            } else {
                result.add(master);
                if (modified != null) {
                    result.addAll(modified.values());
                }
            }
        });
        // An override whose series is not in the file (a forwarded single occurrence) is still busy time.
        overrides.values().forEach(orphans -> result.addAll(orphans.values()));
        return List.copyOf(result);
    }

    private CalendarEvent toEvent(VEvent vevent) {
        String uid = text(vevent, Property.UID).orElseThrow(() -> new CalendarImportException("a VEVENT has no UID"));
        DateProperty<Temporal> dtStart = vevent.<DateProperty<Temporal>>getProperty(Property.DTSTART)
                .orElseThrow(() -> new CalendarImportException("VEVENT " + uid + " has no DTSTART"));
        Temporal startValue = dtStart.getDate();
        boolean allDay = startValue instanceof LocalDate;
        ZonedDateTime start = zones.portable(toZoned(startValue), dtStart);
        ZonedDateTime end = end(vevent, start, allDay);
        if (end.isBefore(start)) {
            // The wording of CalendarEvent's own check, which the admin API has always answered with.
            throw new CalendarImportException("event " + uid + " ends (" + end + ") before it starts (" + start + ")");
        }

        Optional<String> rrule = text(vevent, Property.RRULE);
        Recurrence recurrence = rrule.map(rule -> new Recurrence(rule, exceptionDates(vevent), Map.of()))
                .orElse(null);
        if (recurrence != null) {
            try {
                RecurrenceRules.check(recurrence.rrule());
            } catch (RecurrenceRules.Refused e) {
                throw new CalendarImportException("VEVENT " + uid + ": RRULE " + e.getMessage(), e);
            }
        }

        String classification = text(vevent, Property.CLASS).orElse("PUBLIC").toUpperCase(Locale.ROOT);
        boolean isPrivate = classification.equals("PRIVATE") || classification.equals("CONFIDENTIAL");
        boolean isMeeting = !vevent.getProperties(Property.ATTENDEE).isEmpty()
                || vevent.getProperty(Property.ORGANIZER).isPresent();
        boolean reminder = !vevent.getAlarms().isEmpty();
        CalendarEvent event = new CalendarEvent(
                uid,
                start,
                end,
                allDay,
                busyType(vevent),
                text(vevent, Property.SUMMARY).orElse(""),
                text(vevent, Property.LOCATION).orElse(""),
                isPrivate,
                isMeeting,
                reminder,
                recurrence);
        try {
            RecurrenceRules.checkSeries(event);
        } catch (RecurrenceRules.Refused e) {
            throw new CalendarImportException("VEVENT " + uid + ": RRULE " + e.getMessage(), e);
        }
        return event;
    }

    private ZonedDateTime end(VEvent vevent, ZonedDateTime start, boolean allDay) {
        Optional<DateProperty<Temporal>> dtEnd = vevent.getProperty(Property.DTEND);
        if (dtEnd.isPresent()) {
            return zones.portable(toZoned(dtEnd.get().getDate()), dtEnd.get());
        }
        Optional<Duration> duration = vevent.getProperty(Property.DURATION);
        if (duration.isPresent()) {
            return start.plus(duration.get().getDuration());
        }
        // RFC 5545 3.6.1: without DTEND or DURATION a DATE event lasts one day, a DATE-TIME event no time.
        return allDay ? start.plusDays(1) : start;
    }

    private Set<Instant> exceptionDates(VEvent vevent) {
        Set<Instant> dates = new HashSet<>();
        for (Property p : vevent.getProperties(Property.EXDATE)) {
            @SuppressWarnings("unchecked")
            DateListProperty<Temporal> exdate = (DateListProperty<Temporal>) p;
            exdate.getDates().forEach(d -> dates.add(toZoned(d).toInstant()));
        }
        return dates;
    }

    /**
     * Microsoft's own busy status wins (it is what Outlook shows as "Show as"); otherwise TRANSP:TRANSPARENT is
     * Free, STATUS:TENTATIVE is Tentative and everything else Busy, as Exchange maps an imported item.
     */
    private static BusyType busyType(VEvent vevent) {
        Optional<String> cdo = text(vevent, "X-MICROSOFT-CDO-BUSYSTATUS");
        if (cdo.isPresent()) {
            switch (cdo.get().toUpperCase(Locale.ROOT)) {
                case "FREE":
                    return BusyType.FREE;
                case "TENTATIVE":
                    return BusyType.TENTATIVE;
                case "BUSY":
                    return BusyType.BUSY;
                case "OOF":
                    return BusyType.OOF;
                case "WORKINGELSEWHERE":
                    return BusyType.WORKING_ELSEWHERE;
                default:
                    break; // unknown extension value: fall back to the standard properties
            }
        }
        if (text(vevent, Property.TRANSP).map("TRANSPARENT"::equalsIgnoreCase).orElse(false)) {
            return BusyType.FREE;
        }
        if (text(vevent, Property.STATUS).map("TENTATIVE"::equalsIgnoreCase).orElse(false)) {
            return BusyType.TENTATIVE;
        }
        return BusyType.BUSY;
    }

    private ZonedDateTime toZoned(Temporal value) {
        if (value instanceof ZonedDateTime z) {
            return z;
        }
        if (value instanceof OffsetDateTime o) {
            // UTC ("Z") values keep UTC as their zone so a UTC series recurs in UTC, as RFC 5545 says.
            return o.atZoneSameInstant(o.getOffset());
        }
        if (value instanceof Instant i) {
            return i.atZone(java.time.ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime l) {
            return l.atZone(mailboxZone);
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay(mailboxZone);
        }
        throw new CalendarImportException(
                "unsupported date value " + value + " (" + value.getClass().getName() + ")");
    }

    private static Optional<String> text(VEvent vevent, String name) {
        return vevent.<Property>getProperty(name).map(Property::getValue).filter(v -> !v.isBlank());
    }
}
