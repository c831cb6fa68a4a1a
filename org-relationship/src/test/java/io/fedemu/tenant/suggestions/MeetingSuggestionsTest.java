package io.fedemu.tenant.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.tenant.availability.RequesterZone;
import io.fedemu.tenant.calendar.BusyType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The suggestion rules of PROTOCOL.md section 12, on attendees built by hand (UTC, working hours 08:00-17:00). */
class MeetingSuggestionsTest {
    private static final RequesterZone UTC = RequesterZone.of(ZoneOffset.UTC);
    private static final Instant MONDAY = Instant.parse("2026-11-30T00:00:00Z");
    private final MeetingSuggestions engine = new MeetingSuggestions();

    @ParameterizedTest(name = "{0} of {1} conflicting at GoodThreshold {2} is {3}")
    @CsvSource({
        "0, 5, 25, EXCELLENT",
        "1, 5, 25, GOOD", // 80 % available >= 75
        "1, 4, 25, GOOD", // exactly 75 %
        "2, 5, 25, FAIR", // 60 %
        "2, 4, 25, POOR", // half with a conflict is Poor (MS-OXWAVLS)
        "3, 5, 25, POOR",
        "1, 5, 49, FAIR", // Good needs 99 % available
        "1, 2, 1, POOR",
        "0, 0, 25, EXCELLENT"
    })
    void qualityIsTheShareOfAttendeesWithAConflict(
            int conflicts, int attendees, int goodThreshold, SuggestionQuality expected) {
        assertThat(SuggestionQuality.of(conflicts, attendees, goodThreshold)).isEqualTo(expected);
    }

    @Test
    void eachDayGetsTheQualityOfItsBestWorkTimeAndFairOrBetterSuggestionsInTimeOrder() {
        // Five attendees; Tuesday one is busy all working day, Wednesday two, Thursday three.
        List<Attendee> attendees = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            List<BusyPeriod> busy = new ArrayList<>();
            if (i < 1) {
                busy.add(allDay("2026-12-01"));
            }
            if (i < 2) {
                busy.add(allDay("2026-12-02"));
            }
            if (i < 3) {
                busy.add(allDay("2026-12-03"));
            }
            attendees.add(individual(busy, false));
        }

        List<SuggestionDay> days = engine.suggest(attendees, options(10, 0, 60, SuggestionQuality.FAIR, 4), UTC);

        assertThat(days)
                .extracting(SuggestionDay::date)
                .containsExactly(
                        LocalDate.parse("2026-11-30"),
                        LocalDate.parse("2026-12-01"),
                        LocalDate.parse("2026-12-02"),
                        LocalDate.parse("2026-12-03"));
        assertThat(days)
                .extracting(SuggestionDay::quality)
                .containsExactly(
                        SuggestionQuality.EXCELLENT,
                        SuggestionQuality.GOOD,
                        SuggestionQuality.FAIR,
                        SuggestionQuality.POOR);
        assertThat(days.get(0).suggestions())
                .as("08:00 to 16:00 starts, the best ten, earliest first")
                .extracting(Suggestion::meetingTime)
                .containsExactly(times(
                        "2026-11-30",
                        "08:00",
                        "08:30",
                        "09:00",
                        "09:30",
                        "10:00",
                        "10:30",
                        "11:00",
                        "11:30",
                        "12:00",
                        "12:30"));
        assertThat(days.get(0).suggestions()).allMatch(Suggestion::workTime);
        assertThat(days.get(1).suggestions()).extracting(Suggestion::quality).containsOnly(SuggestionQuality.GOOD);
        assertThat(days.get(1).suggestions().get(0).conflicts())
                .as("one entry per attendee, in request order")
                .containsExactly(
                        new ConflictData.Individual(BusyType.BUSY),
                        new ConflictData.Individual(BusyType.FREE),
                        new ConflictData.Individual(BusyType.FREE),
                        new ConflictData.Individual(BusyType.FREE),
                        new ConflictData.Individual(BusyType.FREE));
        assertThat(days.get(2).suggestions()).extracting(Suggestion::quality).containsOnly(SuggestionQuality.FAIR);
        assertThat(days.get(3).suggestions())
                .as("Poor is below the minimum Fair")
                .isEmpty();
    }

    @Test
    void nonWorkTimeIsCappedSeparatelyAndWorkTimeIsWhereEveryKnownWorkingHoursAgree() {
        Attendee early = new Attendee.Individual(
                Optional.of(new Schedule(List.of(), Optional.of(WorkTime.standard(UTC)))), false);
        Attendee late = new Attendee.Individual(
                Optional.of(new Schedule(
                        List.of(),
                        Optional.of(new WorkTime(
                                UTC,
                                List.of(new io.fedemu.tenant.directory.WorkingPeriod(
                                        java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY),
                                        9 * 60,
                                        18 * 60)))))),
                false);

        List<SuggestionDay> days =
                engine.suggest(List.of(early, late), options(3, 1, 60, SuggestionQuality.FAIR, 1), UTC);

        assertThat(days.get(0).suggestions())
                .as("09:00 is the first time inside both working days; besides three work times, one non-work time")
                .extracting(Suggestion::meetingTime, Suggestion::workTime)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDateTime.parse("2026-11-30T00:00"), false),
                        org.assertj.core.groups.Tuple.tuple(LocalDateTime.parse("2026-11-30T09:00"), true),
                        org.assertj.core.groups.Tuple.tuple(LocalDateTime.parse("2026-11-30T09:30"), true),
                        org.assertj.core.groups.Tuple.tuple(LocalDateTime.parse("2026-11-30T10:00"), true));
    }

    @Test
    void excludeConflictsDropsTimesThatAttendeeCannotMakeAndCurrentMeetingTimeIgnoresTheMeetingMoved() {
        BusyPeriod moved = new BusyPeriod(
                Instant.parse("2026-11-30T08:00:00Z"), Instant.parse("2026-11-30T09:00:00Z"), BusyType.BUSY);
        BusyPeriod lunch = new BusyPeriod(
                Instant.parse("2026-11-30T12:00:00Z"), Instant.parse("2026-11-30T13:00:00Z"), BusyType.BUSY);
        List<Attendee> attendees = List.of(
                individual(List.of(moved, lunch), true), individual(List.of(), false), individual(List.of(), false));
        SuggestionsOptions base = options(48, 0, 60, SuggestionQuality.POOR, 1);
        SuggestionsOptions moving = new SuggestionsOptions(
                25,
                48,
                0,
                60,
                SuggestionQuality.POOR,
                base.windowStart(),
                base.windowEnd(),
                Optional.of(moved.start()));

        List<Suggestion> suggestions =
                engine.suggest(attendees, moving, UTC).get(0).suggestions();

        assertThat(suggestions)
                .extracting(Suggestion::meetingTime)
                .contains(LocalDateTime.parse("2026-11-30T08:00"))
                .doesNotContain(
                        LocalDateTime.parse("2026-11-30T11:30"),
                        LocalDateTime.parse("2026-11-30T12:00"),
                        LocalDateTime.parse("2026-11-30T12:30"));
    }

    @Test
    void groupsCountTheirMembersAndUnknownAttendeesCountForNothing() {
        Schedule busy = new Schedule(List.of(allDay("2026-11-30")), Optional.empty());
        Schedule free = new Schedule(List.of(), Optional.empty());
        List<Attendee> attendees = List.of(
                new Attendee.Group(
                        List.of(Optional.of(busy), Optional.of(free), Optional.of(free), Optional.empty()), false),
                new Attendee.TooBigGroup(),
                new Attendee.Unknown(),
                individual(List.of(), false));

        Suggestion first = engine.suggest(attendees, options(1, 0, 60, SuggestionQuality.POOR, 1), UTC)
                .get(0)
                .suggestions()
                .get(0);

        assertThat(first.conflicts())
                .containsExactly(
                        new ConflictData.Group(4, 2, 1, 1),
                        new ConflictData.TooBigGroup(),
                        new ConflictData.Unknown(),
                        new ConflictData.Individual(BusyType.FREE));
        assertThat(first.quality())
                .as("1 of 5 counted attendees conflicts: 80 %")
                .isEqualTo(SuggestionQuality.GOOD);
    }

    @Test
    void aGroupsExcludeConflictsHoldsForEveryMember() {
        Schedule nineToTen = new Schedule(
                List.of(new BusyPeriod(
                        Instant.parse("2026-11-30T09:00:00Z"), Instant.parse("2026-11-30T10:00:00Z"), BusyType.BUSY)),
                Optional.empty());
        Schedule free = new Schedule(List.of(), Optional.empty());
        List<Optional<Schedule>> members = List.of(Optional.of(free), Optional.of(nineToTen));

        List<LocalDateTime> excluding = engine
                .suggest(
                        List.of(new Attendee.Group(members, true), individual(List.of(), false)),
                        options(48, 0, 60, SuggestionQuality.POOR, 1),
                        UTC)
                .get(0)
                .suggestions()
                .stream()
                .map(Suggestion::meetingTime)
                .toList();
        List<LocalDateTime> keeping = engine
                .suggest(
                        List.of(new Attendee.Group(members, false), individual(List.of(), false)),
                        options(48, 0, 60, SuggestionQuality.POOR, 1),
                        UTC)
                .get(0)
                .suggestions()
                .stream()
                .map(Suggestion::meetingTime)
                .toList();

        assertThat(excluding)
                .contains(LocalDateTime.parse("2026-11-30T08:00"), LocalDateTime.parse("2026-11-30T10:00"))
                .doesNotContain(
                        LocalDateTime.parse("2026-11-30T08:30"),
                        LocalDateTime.parse("2026-11-30T09:00"),
                        LocalDateTime.parse("2026-11-30T09:30"));
        assertThat(keeping).contains(LocalDateTime.parse("2026-11-30T09:00"));
    }

    @Test
    void optionsOutsideExchangesRangesAreNamed() {
        assertThat(options(10, 0, 60, SuggestionQuality.FAIR, 1).outOfRange()).isEmpty();
        assertThat(options(10, 0, 15, SuggestionQuality.FAIR, 1).outOfRange())
                .contains("MeetingDurationInMinutes is 15; it must be between 30 and 1440.");
        assertThat(options(49, 0, 60, SuggestionQuality.FAIR, 1).outOfRange())
                .contains("MaximumResultsByDay is 49; it must be between 0 and 48.");
    }

    private static SuggestionsOptions options(
            int maxResults, int maxNonWork, int duration, SuggestionQuality minimum, int days) {
        return new SuggestionsOptions(
                25,
                maxResults,
                maxNonWork,
                duration,
                minimum,
                MONDAY,
                MONDAY.plusSeconds(86_400L * days),
                Optional.empty());
    }

    private static Attendee individual(List<BusyPeriod> busy, boolean excludeConflicts) {
        return new Attendee.Individual(
                Optional.of(new Schedule(busy, Optional.of(WorkTime.standard(UTC)))), excludeConflicts);
    }

    private static BusyPeriod allDay(String date) {
        return new BusyPeriod(Instant.parse(date + "T08:00:00Z"), Instant.parse(date + "T17:00:00Z"), BusyType.BUSY);
    }

    private static LocalDateTime[] times(String date, String... times) {
        LocalDateTime[] result = new LocalDateTime[times.length];
        for (int i = 0; i < times.length; i++) {
            result[i] = LocalDateTime.parse(date + "T" + times[i]);
        }
        return result;
    }
}
