package io.fedemu.tenant.suggestions;

import io.fedemu.tenant.availability.RequesterZone;
import io.fedemu.tenant.calendar.BusyType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The suggestion engine (PROTOCOL.md section 12). For each day of the window, in the requester's zone, every
 * meeting of the asked duration starting on a half hour and ending inside the window is a candidate; its quality is
 * the share of attendees with a conflict, it is work time when it lies inside the working hours of every attendee
 * whose hours are known. The day keeps the best candidates of at least MinimumSuggestionQuality (best quality, then
 * earliest): at most MaximumResultsByDay in work time and, besides those, at most MaximumNonWorkHourResultsByDay
 * outside it, listed in time order. The day's quality is its best work-time candidate's. Holds no
 * state: one instance serves every request.
 */
public final class MeetingSuggestions {
    /** Candidates start every half hour, as Exchange's documented example shows (09:00, then 09:30). */
    public static final int SLOT_MINUTES = 30;

    private static final Comparator<Candidate> BEST_FIRST =
            Comparator.comparing((Candidate c) -> c.suggestion().quality()).thenComparing(Candidate::start);

    /** A candidate before selection; excluded when an ExcludeConflicts attendee conflicts with it. */
    private record Candidate(Instant start, Suggestion suggestion, boolean excluded) {}

    public List<SuggestionDay> suggest(List<Attendee> attendees, SuggestionsOptions options, RequesterZone zone) {
        List<WorkTime> workTimes = workTimes(attendees, zone);
        Duration duration = Duration.ofMinutes(options.meetingDurationMinutes());
        LocalDate first = zone.toLocal(options.windowStart()).toLocalDate();
        LocalDate last = zone.toLocal(options.windowEnd().minusNanos(1)).toLocalDate();
        List<SuggestionDay> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day(day, attendees, workTimes, options, duration, zone));
        }
        return days;
    }

    private SuggestionDay day(
            LocalDate day,
            List<Attendee> attendees,
            List<WorkTime> workTimes,
            SuggestionsOptions options,
            Duration duration,
            RequesterZone zone) {
        List<Candidate> candidates = new ArrayList<>();
        SuggestionQuality dayQuality = SuggestionQuality.POOR;
        for (int minute = 0; minute < 24 * 60; minute += SLOT_MINUTES) {
            LocalDateTime local = day.atStartOfDay().plusMinutes(minute);
            Instant start = zone.toInstant(local);
            Instant end = start.plus(duration);
            if (start.isBefore(options.windowStart()) || end.isAfter(options.windowEnd())) {
                continue;
            }
            Candidate candidate = candidate(local, start, end, attendees, workTimes, options);
            candidates.add(candidate);
            if (candidate.suggestion().workTime()) {
                dayQuality = dayQuality.best(candidate.suggestion().quality());
            }
        }
        return new SuggestionDay(day, dayQuality, select(candidates, options));
    }

    private static Candidate candidate(
            LocalDateTime local,
            Instant start,
            Instant end,
            List<Attendee> attendees,
            List<WorkTime> workTimes,
            SuggestionsOptions options) {
        List<ConflictData> conflicts = new ArrayList<>(attendees.size());
        int counted = 0;
        int conflicting = 0;
        boolean excluded = false;
        for (Attendee attendee : attendees) {
            // Java 17: no pattern switch; the interface is sealed, so these four are all there is.
            if (attendee instanceof Attendee.Individual individual) {
                BusyType status = individual
                        .schedule()
                        .map(s -> s.statusDuring(start, end, options.currentMeetingTime()))
                        .orElse(BusyType.NO_DATA);
                conflicts.add(new ConflictData.Individual(status));
                counted++;
                if (Schedule.isConflict(status)) {
                    conflicting++;
                    excluded |= individual.excludeConflicts();
                }
            } else if (attendee instanceof Attendee.Group group) {
                ConflictData.Group data = group(group, start, end, options.currentMeetingTime());
                conflicts.add(data);
                counted += data.members();
                conflicting += data.withConflict();
                excluded |= group.excludeConflicts() && data.withConflict() > 0;
            } else if (attendee instanceof Attendee.TooBigGroup) {
                conflicts.add(new ConflictData.TooBigGroup());
            } else {
                conflicts.add(new ConflictData.Unknown());
            }
        }
        boolean workTime = workTimes.stream().allMatch(hours -> hours.covers(start, end));
        SuggestionQuality quality = SuggestionQuality.of(conflicting, counted, options.goodThreshold());
        return new Candidate(start, new Suggestion(local, workTime, quality, conflicts), excluded);
    }

    private static ConflictData.Group group(
            Attendee.Group group, Instant start, Instant end, Optional<Instant> currentMeetingTime) {
        int available = 0;
        int withConflict = 0;
        int withNoData = 0;
        for (Optional<Schedule> member : group.members()) {
            if (member.isEmpty()) {
                withNoData++;
            } else if (Schedule.isConflict(member.get().statusDuring(start, end, currentMeetingTime))) {
                withConflict++;
            } else {
                available++;
            }
        }
        return new ConflictData.Group(group.members().size(), available, withConflict, withNoData);
    }

    private static List<Suggestion> select(List<Candidate> candidates, SuggestionsOptions options) {
        List<Candidate> ranked = candidates.stream()
                .filter(c -> !c.excluded())
                .filter(c -> c.suggestion().quality().atLeast(options.minimumQuality()))
                .sorted(BEST_FIRST)
                .toList();
        List<Candidate> chosen = new ArrayList<>();
        int work = 0;
        int nonWork = 0;
        for (Candidate candidate : ranked) {
            if (candidate.suggestion().workTime() && work < options.maximumResultsByDay()) {
                work++;
                chosen.add(candidate);
            } else if (!candidate.suggestion().workTime() && nonWork < options.maximumNonWorkHourResultsByDay()) {
                nonWork++;
                chosen.add(candidate);
            }
        }
        return chosen.stream()
                .sorted(Comparator.comparing(Candidate::start))
                .map(Candidate::suggestion)
                .toList();
    }

    /**
     * Whose working hours decide work time: every individual attendee whose answer carried them. MS-OXWAVLS names
     * the organizer's; Exchange 2013's documented answer treats a time inside the organizer's hours but outside a
     * required attendee's as non-work time, so all known hours count. Nobody's known: Outlook's default hours in the
     * requester's zone.
     */
    private static List<WorkTime> workTimes(List<Attendee> attendees, RequesterZone zone) {
        List<WorkTime> known = attendees.stream()
                .flatMap(a -> a instanceof Attendee.Individual individual
                        ? individual.schedule().flatMap(Schedule::workTime).stream()
                        : java.util.stream.Stream.empty())
                .toList();
        return known.isEmpty() ? List.of(WorkTime.standard(zone)) : known;
    }
}
