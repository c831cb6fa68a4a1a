package io.fedemu.tenant.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.calendar.BusyType;
import io.fedemu.tenant.calendar.CalendarEvent;
import io.fedemu.tenant.calendar.IcsImporter;
import io.fedemu.tenant.calendar.Recurrence;
import io.fedemu.tenant.directory.WorkingHours;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FreeBusyEngineTest {
    static final ZoneId UTC = ZoneOffset.UTC;
    static final RequesterZone REQUESTER_UTC = RequesterZone.of(UTC);
    static final WorkingHours HOURS = WorkingHours.standard(UTC);
    static final Instant NINE = Instant.parse("2026-11-27T09:00:00Z");

    final FreeBusyEngine engine = new FreeBusyEngine();

    static ZonedDateTime at(String iso) {
        return Instant.parse(iso).atZone(UTC);
    }

    static CalendarEvent event(String uid, String from, String to, BusyType type) {
        return new CalendarEvent(
                uid, at(from), at(to), false, type, "Subject " + uid, "Location " + uid, false, true, true, null);
    }

    static FreeBusyQuery query(Instant start, Instant end, FreeBusyViewType view, AccessLevel access) {
        return FreeBusyQuery.of(start, end, view, access, REQUESTER_UTC);
    }

    @Nested
    class MergedString {
        @Test
        void documentedExampleOofThenBusyThenFreeIs3220() {
            List<CalendarEvent> calendar = List.of(
                    event("oof", "2026-11-27T09:00:00Z", "2026-11-27T10:00:00Z", BusyType.OOF),
                    event("busy", "2026-11-27T10:00:00Z", "2026-11-27T11:30:00Z", BusyType.BUSY));

            FreeBusyView view = engine.compute(
                    calendar,
                    HOURS,
                    query(NINE, NINE.plusSeconds(4 * 3600), FreeBusyViewType.MERGED_ONLY, AccessLevel.AVAILABILITY_ONLY)
                            .withInterval(60));

            assertThat(view.mergedFreeBusy()).contains("3220");
        }

        @Test
        void partialLastIntervalCountsAsOne() {
            List<CalendarEvent> calendar =
                    List.of(event("late", "2026-11-27T11:15:00Z", "2026-11-27T11:20:00Z", BusyType.TENTATIVE));

            FreeBusyView view = engine.compute(
                    calendar,
                    HOURS,
                    query(NINE, NINE.plusSeconds(150 * 60), FreeBusyViewType.MERGED_ONLY, AccessLevel.AVAILABILITY_ONLY)
                            .withInterval(60));

            assertThat(view.mergedFreeBusy()).contains("001");
        }

        @Test
        void highestStateInAnIntervalWins() {
            List<CalendarEvent> calendar = List.of(
                    event("t", "2026-11-27T09:00:00Z", "2026-11-27T09:30:00Z", BusyType.TENTATIVE),
                    event("b", "2026-11-27T09:10:00Z", "2026-11-27T09:20:00Z", BusyType.BUSY),
                    event("o", "2026-11-27T09:30:00Z", "2026-11-27T10:00:00Z", BusyType.OOF),
                    event("n", "2026-11-27T09:59:00Z", "2026-11-27T10:01:00Z", BusyType.NO_DATA),
                    event("f", "2026-11-27T10:30:00Z", "2026-11-27T11:00:00Z", BusyType.FREE));

            FreeBusyView view = engine.compute(
                    calendar,
                    HOURS,
                    query(
                            NINE,
                            NINE.plusSeconds(2 * 3600),
                            FreeBusyViewType.MERGED_ONLY,
                            AccessLevel.AVAILABILITY_ONLY));

            // 30-minute intervals: Tentative+Busy, OOF+NoData, NoData running over 10:00, Free
            assertThat(view.mergedFreeBusy()).contains("2440");
        }

        @Test
        void itemsStartingBeforeTheWindowCountAndAreReturnedWhole() {
            List<CalendarEvent> calendar =
                    List.of(event("early", "2026-11-27T07:00:00Z", "2026-11-27T09:45:00Z", BusyType.BUSY));

            FreeBusyView view = engine.compute(
                    calendar,
                    HOURS,
                    query(
                            NINE,
                            NINE.plusSeconds(3600),
                            FreeBusyViewType.FREE_BUSY_MERGED,
                            AccessLevel.AVAILABILITY_ONLY));

            assertThat(view.mergedFreeBusy()).contains("22");
            assertThat(view.calendarEvents())
                    .singleElement()
                    .satisfies(e -> assertThat(e.start().toInstant()).isEqualTo(Instant.parse("2026-11-27T07:00:00Z")));
        }

        @Test
        void workingElsewhereIsFreeInTheStringAndForOldClients() {
            List<CalendarEvent> calendar =
                    List.of(event("we", "2026-11-27T09:00:00Z", "2026-11-27T10:00:00Z", BusyType.WORKING_ELSEWHERE));
            FreeBusyQuery q = query(
                    NINE, NINE.plusSeconds(3600), FreeBusyViewType.FREE_BUSY_MERGED, AccessLevel.AVAILABILITY_ONLY);

            FreeBusyView modern = engine.compute(calendar, HOURS, q);
            FreeBusyView old = engine.compute(calendar, HOURS, q.withWorkingElsewhereKnown(false));

            assertThat(modern.mergedFreeBusy()).contains("00");
            assertThat(modern.calendarEvents().get(0).busyType()).isEqualTo(BusyType.WORKING_ELSEWHERE);
            assertThat(old.calendarEvents().get(0).busyType()).isEqualTo(BusyType.FREE);
        }
    }

    @Nested
    class Views {
        final List<CalendarEvent> calendar =
                List.of(event("a", "2026-11-27T09:00:00Z", "2026-11-27T10:00:00Z", BusyType.BUSY));
        final Instant end = NINE.plusSeconds(3600);

        @ParameterizedTest
        @CsvSource({
            "MERGED_ONLY,      true,  false, false",
            "FREE_BUSY,        false, true,  false",
            "FREE_BUSY_MERGED, true,  true,  false",
            "DETAILED,         false, true,  true",
            "DETAILED_MERGED,  true,  true,  true"
        })
        void eachViewReturnsItsParts(FreeBusyViewType requested, boolean merged, boolean events, boolean details) {
            FreeBusyView view =
                    engine.compute(calendar, HOURS, query(NINE, end, requested, AccessLevel.LIMITED_DETAILS));

            assertThat(view.viewType()).isEqualTo(requested);
            assertThat(view.mergedFreeBusy().isPresent()).isEqualTo(merged);
            assertThat(view.calendarEvents().isEmpty()).isEqualTo(!events);
            assertThat(view.workingHours().isPresent()).isEqualTo(events);
            assertThat(view.calendarEvents()).allMatch(e -> e.details().isPresent() == details);
        }

        @ParameterizedTest
        @CsvSource({
            "DETAILED, FREE_BUSY",
            "DETAILED_MERGED, FREE_BUSY_MERGED",
            "FREE_BUSY, FREE_BUSY",
            "MERGED_ONLY, MERGED_ONLY"
        })
        void callerWithoutDetailRightsIsDowngradedAndToldSo(FreeBusyViewType requested, FreeBusyViewType returned) {
            FreeBusyView view =
                    engine.compute(calendar, HOURS, query(NINE, end, requested, AccessLevel.AVAILABILITY_ONLY));

            assertThat(view.viewType()).isEqualTo(returned);
            assertThat(view.calendarEvents()).allMatch(e -> e.details().isEmpty());
        }

        @Test
        void limitedDetailsShowSubjectAndLocationButNoItemId() {
            EventDetails details = onlyDetails(engine.compute(
                    calendar, HOURS, query(NINE, end, FreeBusyViewType.DETAILED, AccessLevel.LIMITED_DETAILS)));

            assertThat(details.subject()).contains("Subject a");
            assertThat(details.location()).contains("Location a");
            assertThat(details.id()).isEmpty();
            assertThat(details.isMeeting()).isTrue();
            assertThat(details.isReminderSet()).isTrue();
            assertThat(details.isRecurring()).isFalse();
        }

        @Test
        void reviewerAlsoSeesTheItemId() {
            EventDetails details = onlyDetails(
                    engine.compute(calendar, HOURS, query(NINE, end, FreeBusyViewType.DETAILED, AccessLevel.REVIEWER)));

            assertThat(details.id()).contains("a");
        }

        @Test
        void privateItemNeverShowsSubjectLocationOrIdWhateverTheAccess() {
            List<CalendarEvent> secret = List.of(calendar.get(0).withPrivate(true));

            EventDetails details = onlyDetails(engine.compute(
                    secret, HOURS, query(NINE, end, FreeBusyViewType.DETAILED_MERGED, AccessLevel.REVIEWER)));

            assertThat(details.isPrivate()).isTrue();
            assertThat(details.subject()).isEmpty();
            assertThat(details.location()).isEmpty();
            assertThat(details.id()).isEmpty();
        }

        @Test
        void noAccessIsErrorNoFreeBusyAccess() {
            assertThatThrownBy(() -> engine.compute(
                            calendar, HOURS, query(NINE, end, FreeBusyViewType.FREE_BUSY, AccessLevel.NONE)))
                    .isInstanceOfSatisfying(
                            FreeBusyException.class,
                            e -> assertThat(e.reason().mailboxResponseCode()).isEqualTo("ErrorNoFreeBusyAccess"));
        }

        private EventDetails onlyDetails(FreeBusyView view) {
            assertThat(view.calendarEvents()).hasSize(1);
            return view.calendarEvents().get(0).details().orElseThrow();
        }
    }

    @Nested
    class Limits {
        final List<CalendarEvent> none = List.of();

        @ParameterizedTest
        @CsvSource({"4", "1441", "0", "-30"})
        void intervalOutside5To1440(int minutes) {
            assertRejected(
                    query(NINE, NINE.plusSeconds(3600), FreeBusyViewType.MERGED_ONLY, AccessLevel.REVIEWER)
                            .withInterval(minutes),
                    "ErrorInvalidMergedFreeBusyInterval");
        }

        @ParameterizedTest
        @CsvSource({"5", "1440"})
        void intervalBoundsAreAllowed(int minutes) {
            assertThat(engine.compute(
                                    none,
                                    HOURS,
                                    query(
                                                    NINE,
                                                    NINE.plusSeconds(86400),
                                                    FreeBusyViewType.MERGED_ONLY,
                                                    AccessLevel.REVIEWER)
                                            .withInterval(minutes))
                            .mergedFreeBusy())
                    .isPresent();
        }

        @Test
        void viewNoneIsIllegalInARequest() {
            assertRejected(
                    query(NINE, NINE.plusSeconds(3600), FreeBusyViewType.NONE, AccessLevel.REVIEWER),
                    "ErrorInvalidFreeBusyViewType");
        }

        @Test
        void endMustBeAfterStart() {
            assertRejected(
                    query(NINE, NINE, FreeBusyViewType.FREE_BUSY, AccessLevel.REVIEWER), "ErrorInvalidTimeInterval");
        }

        @Test
        void windowLongerThan62DaysIsTooBigUnlessConfigured() {
            FreeBusyQuery q = query(
                    NINE, NINE.plus(java.time.Duration.ofDays(63)), FreeBusyViewType.FREE_BUSY, AccessLevel.REVIEWER);
            assertRejected(q, "ErrorTimeIntervalTooBig");
            assertThat(new FreeBusyEngine(new FreeBusyLimits(java.time.Duration.ofDays(90), 1000))
                            .compute(none, HOURS, q)
                            .viewType())
                    .isEqualTo(FreeBusyViewType.FREE_BUSY);
        }

        /** Issue 12: a rule that escaped the checks (stored by an older version) still costs only the limit. */
        @Test
        void aSecondlySeriesIsResultSetTooBigWithoutExpandingItAll() {
            CalendarEvent storm = event("s", "2026-11-01T00:00:00Z", "2026-11-01T00:00:01Z", BusyType.BUSY)
                    .withRecurrence(Recurrence.of("FREQ=SECONDLY"));
            Instant start = Instant.parse("2026-11-01T00:00:00Z");
            FreeBusyQuery q = query(
                    start, start.plus(java.time.Duration.ofDays(62)), FreeBusyViewType.FREE_BUSY, AccessLevel.REVIEWER);

            assertThatThrownBy(() -> engine.compute(List.of(storm), HOURS, q))
                    .isInstanceOfSatisfying(
                            FreeBusyException.class, e -> assertThat(e.reason()).isEqualTo(Reason.RESULT_SET_TOO_BIG));
        }

        @Test
        void moreThan1000ItemsInTheWindowIsResultSetTooBig() {
            CalendarEvent hourly = event("h", "2026-11-01T00:00:00Z", "2026-11-01T00:30:00Z", BusyType.BUSY);
            Instant start = Instant.parse("2026-11-01T00:00:00Z");
            FreeBusyQuery q = query(
                    start, start.plus(java.time.Duration.ofDays(60)), FreeBusyViewType.FREE_BUSY, AccessLevel.REVIEWER);

            List<CalendarEvent> exactly1000 = List.of(hourly.withRecurrence(Recurrence.of("FREQ=HOURLY;COUNT=1000")));
            assertThat(engine.compute(exactly1000, HOURS, q).calendarEvents()).hasSize(1000);

            List<CalendarEvent> tooMany = List.of(hourly.withRecurrence(Recurrence.of("FREQ=HOURLY;COUNT=1001")));
            assertThatThrownBy(() -> engine.compute(tooMany, HOURS, q))
                    .isInstanceOfSatisfying(FreeBusyException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.RESULT_SET_TOO_BIG);
                        assertThat(e.reason().mailboxResponseCode()).isEqualTo("ErrorResultSetTooBig");
                        assertThat(e).hasMessageContaining("More than 1000 items in the window");
                    });
        }

        private void assertRejected(FreeBusyQuery q, String responseCode) {
            assertThatThrownBy(() -> engine.compute(none, HOURS, q))
                    .isInstanceOfSatisfying(
                            FreeBusyException.class,
                            e -> assertThat(e.reason().mailboxResponseCode()).isEqualTo(responseCode));
        }
    }

    @Nested
    class TimeZonesAndRecurrence {
        final ZoneId berlin = ZoneId.of("Europe/Berlin");

        @Test
        void windowSpanningTheEuAndUsSwitchesKeepsOwnersLocalTimesAndRequesterOffsets() {
            // Daily 09:00 Berlin; requester in Pacific time as the EWS Java API describes it. The EU switches on
            // 25 October 2026, the US on 1 November: in between, the two zones are 8 hours apart, not 9.
            CalendarEvent daily = new CalendarEvent(
                    "standup",
                    LocalDateTime.parse("2026-10-20T09:00").atZone(berlin),
                    LocalDateTime.parse("2026-10-20T09:15").atZone(berlin),
                    false,
                    BusyType.BUSY,
                    "Stand-up",
                    "",
                    false,
                    true,
                    false,
                    Recurrence.of("FREQ=DAILY"));
            RequesterZone pacific = RequesterZone.of(TimeZonesTest.PACIFIC);
            Instant start = pacific.toInstant(LocalDateTime.parse("2026-10-24T00:00"));
            Instant end = pacific.toInstant(LocalDateTime.parse("2026-11-03T00:00"));
            FreeBusyQuery q = new FreeBusyQuery(
                    start, end, 60, FreeBusyViewType.FREE_BUSY_MERGED, AccessLevel.AVAILABILITY_ONLY, pacific, true);

            FreeBusyView view = engine.compute(List.of(daily), WorkingHours.standard(berlin), q);

            assertThat(view.calendarEvents())
                    .extracting(e -> e.start().toString())
                    .containsExactly(
                            "2026-10-24T00:00-07:00",
                            "2026-10-25T01:00-07:00",
                            "2026-10-26T01:00-07:00",
                            "2026-10-27T01:00-07:00",
                            "2026-10-28T01:00-07:00",
                            "2026-10-29T01:00-07:00",
                            "2026-10-30T01:00-07:00",
                            "2026-10-31T01:00-07:00",
                            "2026-11-01T01:00-07:00",
                            "2026-11-02T00:00-08:00");
            // ten local days plus the hour the US gains on 1 November
            assertThat(view.mergedFreeBusy().orElseThrow()).hasSize(241).startsWith("2000000000000000000000000200");
        }

        @Test
        void seriesFromIcsShowsTheMovedOccurrenceAsExceptionAndOmitsTheDeletedOne() throws Exception {
            List<CalendarEvent> calendar;
            try (InputStream in = getClass().getResourceAsStream("/calendars/bob.ics")) {
                calendar = new IcsImporter(berlin).read(in);
            }
            RequesterZone requester = RequesterZone.ofWindowsId("W. Europe Standard Time");
            FreeBusyQuery q = new FreeBusyQuery(
                    requester.toInstant(LocalDateTime.parse("2026-10-12T00:00")),
                    requester.toInstant(LocalDateTime.parse("2026-11-03T00:00")),
                    30,
                    FreeBusyViewType.DETAILED,
                    AccessLevel.LIMITED_DETAILS,
                    requester,
                    true);

            FreeBusyView view = engine.compute(calendar, WorkingHours.standard(berlin), q);

            List<FreeBusyEvent> weekly = view.calendarEvents().stream()
                    .filter(e -> e.details()
                            .flatMap(EventDetails::subject)
                            .orElse("")
                            .startsWith("Weekly"))
                    .toList();
            assertThat(weekly)
                    .extracting(e -> e.start().toLocalDateTime().toString())
                    .containsExactly("2026-10-12T09:00", "2026-10-27T14:00", "2026-11-02T09:00");
            assertThat(weekly)
                    .extracting(e -> e.details().orElseThrow().isException())
                    .containsExactly(false, true, false);
            assertThat(weekly).allMatch(e -> e.details().orElseThrow().isRecurring());
            assertThat(weekly.get(1).busyType()).isEqualTo(BusyType.TENTATIVE);
            assertThat(weekly.get(1).details().flatMap(EventDetails::location)).contains("Room 2.01");

            FreeBusyEvent doctor = view.calendarEvents().stream()
                    .filter(e -> e.details().orElseThrow().isPrivate())
                    .findFirst()
                    .orElseThrow();
            assertThat(doctor.details().orElseThrow().subject()).isEqualTo(Optional.empty());
            FreeBusyEvent vacation = view.calendarEvents().stream()
                    .filter(e -> e.busyType() == BusyType.OOF)
                    .findFirst()
                    .orElseThrow();
            assertThat(vacation.start().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-10-30T00:00"));
            assertThat(vacation.end().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-10-31T00:00"));
        }
    }

    @ParameterizedTest
    @EnumSource(FreeBusyViewType.class)
    void viewTypeHasTheEwsName(FreeBusyViewType type) {
        assertThat(type.ewsName())
                .isIn("None", "MergedOnly", "FreeBusy", "FreeBusyMerged", "Detailed", "DetailedMerged");
    }
}
