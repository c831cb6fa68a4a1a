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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
     * One attendee per answer, in request order, for a request that names no group this organization expanded.
     */
    static List<Attendee> attendees(
            FreeBusyResponseType[] answers, List<MailboxData> mailboxes, AvailabilityRequest asked) {
        return attendees(answers, List.of(), mailboxes, asked);
    }

    /**
     * One attendee per answer, in request order: a distribution group this organization expanded is a Group of its
     * members' schedules (each read from the member's own answer, not from the group's merged string, so each member
     * counts once), or a TooBigGroup above the member limit; an address nobody has is Unknown; any other failure is
     * an individual without data; a success is its busy items and working hours. A partner's group is answered by
     * the partner as one merged string and is an individual here: only its organization can expand it.
     */
    static List<Attendee> attendees(
            FreeBusyResponseType[] answers,
            List<GroupAvailability> groups,
            List<MailboxData> mailboxes,
            AvailabilityRequest asked) {
        Map<Integer, GroupAvailability> byIndex = new HashMap<>();
        groups.forEach(group -> byIndex.put(group.index(), group));
        List<Attendee> attendees = new ArrayList<>(answers.length);
        for (int i = 0; i < answers.length; i++) {
            boolean excludeConflicts = Boolean.TRUE.equals(mailboxes.get(i).isExcludeConflicts());
            GroupAvailability group = byIndex.get(i);
            attendees.add(
                    group != null
                            ? group(group, excludeConflicts, asked)
                            : attendee(answers[i], excludeConflicts, asked));
        }
        return attendees;
    }

    private static Attendee group(GroupAvailability group, boolean excludeConflicts, AvailabilityRequest asked) {
        if (group.tooBig()) {
            return new Attendee.TooBigGroup();
        }
        List<Optional<Schedule>> members = new ArrayList<>(group.memberCount());
        for (GroupAvailability.Member member : group.members()) {
            members.add(member.hasData() ? schedule(member.answer(), asked) : Optional.empty());
        }
        return new Attendee.Group(members, excludeConflicts);
    }

    private static Attendee attendee(FreeBusyResponseType answer, boolean excludeConflicts, AvailabilityRequest asked) {
        ResponseCodeType code = answer.getResponseMessage() == null
                ? null
                : answer.getResponseMessage().getResponseCode();
        if (code == ResponseCodeType.ERROR_MAIL_RECIPIENT_NOT_FOUND
                || code == ResponseCodeType.ERROR_INVALID_SMTP_ADDRESS) {
            return new Attendee.Unknown();
        }
        return new Attendee.Individual(
                code == ResponseCodeType.NO_ERROR ? schedule(answer, asked) : Optional.empty(), excludeConflicts);
    }

    /** A successful answer's busy items and working hours; empty when it holds no view. */
    private static Optional<Schedule> schedule(FreeBusyResponseType answer, AvailabilityRequest asked) {
        io.fedemu.protocol.ews.types.FreeBusyView view = answer == null ? null : answer.getFreeBusyView();
        if (view == null) {
            return Optional.empty();
        }
        List<BusyPeriod> busy = view.getCalendarEventArray() != null
                ? events(view.getCalendarEventArray().getCalendarEvent(), asked.zone())
                : merged(view.getMergedFreeBusy(), asked);
        Optional<WorkTime> workTime =
                Optional.ofNullable(view.getWorkingHours()).flatMap(ReceivedFreeBusy::workTime);
        return Optional.of(new Schedule(busy, workTime));
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
