package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.ews.messages.ResponseCodeType;
import io.fedemu.protocol.ews.types.CalendarEvent;
import io.fedemu.protocol.ews.types.MailboxData;
import io.fedemu.protocol.ews.types.WorkingHours;
import io.fedemu.tenant.availability.RequesterZone;
import io.fedemu.tenant.calendar.BusyType;
import io.fedemu.tenant.directory.WorkingPeriod;
import io.fedemu.tenant.suggestions.Attendee;
import io.fedemu.tenant.suggestions.BusyPeriod;
import io.fedemu.tenant.suggestions.Schedule;
import io.fedemu.tenant.suggestions.WorkTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * The attendees of a suggestions request as the requesting side knows them: read back from the FreeBusyResponse
 * each mailbox got, whether this organization computed it or a partner sent it through the federation at the level
 * its relationship allows (PROTOCOL.md section 12). So a remote attendee's suggestions never see more than its
 * free/busy showed.
 */
final class ReceivedFreeBusy {
    private ReceivedFreeBusy() {}

    /**
     * One attendee per answer, in request order: an address nobody has is Unknown; any other failure is an
     * individual without data; a success is its busy items and working hours. Distribution groups would be
     * Attendee.Group, built from their members' answers by the part that expands groups.
     */
    static List<Attendee> attendees(
            FreeBusyResponseType[] answers, List<MailboxData> mailboxes, AvailabilityRequest asked) {
        List<Attendee> attendees = new ArrayList<>(answers.length);
        for (int i = 0; i < answers.length; i++) {
            boolean excludeConflicts = Boolean.TRUE.equals(mailboxes.get(i).isExcludeConflicts());
            attendees.add(attendee(answers[i], excludeConflicts, asked));
        }
        return attendees;
    }

    private static Attendee attendee(FreeBusyResponseType answer, boolean excludeConflicts, AvailabilityRequest asked) {
        ResponseCodeType code = answer.getResponseMessage() == null
                ? null
                : answer.getResponseMessage().getResponseCode();
        if (code == ResponseCodeType.ERROR_MAIL_RECIPIENT_NOT_FOUND
                || code == ResponseCodeType.ERROR_INVALID_SMTP_ADDRESS) {
            return new Attendee.Unknown();
        }
        if (code != ResponseCodeType.NO_ERROR || answer.getFreeBusyView() == null) {
            return new Attendee.Individual(Optional.empty(), excludeConflicts);
        }
        io.fedemu.protocol.ews.types.FreeBusyView view = answer.getFreeBusyView();
        List<BusyPeriod> busy = view.getCalendarEventArray() != null
                ? events(view.getCalendarEventArray().getCalendarEvent(), asked.zone())
                : merged(view.getMergedFreeBusy(), asked);
        Optional<WorkTime> workTime =
                Optional.ofNullable(view.getWorkingHours()).flatMap(ReceivedFreeBusy::workTime);
        return new Attendee.Individual(Optional.of(new Schedule(busy, workTime)), excludeConflicts);
    }

    /** Event times are local to the requester's zone, as every answer of this request was written. */
    private static List<BusyPeriod> events(List<CalendarEvent> events, RequesterZone zone) {
        List<BusyPeriod> busy = new ArrayList<>(events.size());
        for (CalendarEvent event : events) {
            busy.add(new BusyPeriod(
                    instant(event.getStartTime(), zone),
                    instant(event.getEndTime(), zone),
                    BusyType.valueOf(event.getBusyType().name())));
        }
        return busy;
    }

    /** An answer with only the merged string (a group's, MergedOnly): one item per interval that is not free. */
    private static List<BusyPeriod> merged(String digits, AvailabilityRequest asked) {
        if (digits == null) {
            return List.of();
        }
        Duration interval = Duration.ofMinutes(asked.intervalMinutes());
        List<BusyPeriod> busy = new ArrayList<>();
        Instant start = asked.start();
        for (int i = 0; i < digits.length(); i++, start = start.plus(interval)) {
            BusyType type = switch (digits.charAt(i)) {
                case '1' -> BusyType.TENTATIVE;
                case '2' -> BusyType.BUSY;
                case '3' -> BusyType.OOF;
                default -> null;
            };
            if (type != null) {
                busy.add(new BusyPeriod(start, start.plus(interval), type));
            }
        }
        return busy;
    }

    private static Instant instant(XMLGregorianCalendar time, RequesterZone zone) {
        if (time.getTimezone() != DatatypeConstants.FIELD_UNDEFINED) {
            return time.toGregorianCalendar().toInstant();
        }
        return zone.toInstant(LocalDateTime.of(
                time.getYear(),
                time.getMonth(),
                time.getDay(),
                field(time.getHour()),
                field(time.getMinute()),
                field(time.getSecond())));
    }

    private static int field(int value) {
        return value == DatatypeConstants.FIELD_UNDEFINED ? 0 : value;
    }

    /** Working hours a partner sent may be unreadable; then they are unknown rather than a failure. */
    private static Optional<WorkTime> workTime(WorkingHours hours) {
        try {
            RequesterZone zone = RequesterZone.of(AvailabilityRequest.serializable(hours.getTimeZone()));
            List<WorkingPeriod> periods = new ArrayList<>();
            for (io.fedemu.protocol.ews.types.WorkingPeriod period :
                    hours.getWorkingPeriodArray().getWorkingPeriod()) {
                periods.add(new WorkingPeriod(
                        days(period.getDayOfWeek()), period.getStartTimeInMinutes(), period.getEndTimeInMinutes()));
            }
            return Optional.of(new WorkTime(zone, periods));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Set<DayOfWeek> days(List<io.fedemu.protocol.ews.types.DayOfWeekType> names) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (io.fedemu.protocol.ews.types.DayOfWeekType name : names) {
            switch (name) {
                case DAY -> days.addAll(EnumSet.allOf(DayOfWeek.class));
                case WEEKDAY -> days.addAll(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
                case WEEKEND_DAY -> days.addAll(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
                default -> days.add(DayOfWeek.valueOf(name.value().toUpperCase(Locale.ROOT)));
            }
        }
        return days;
    }
}
