package io.fedemu.tenant.availability;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.tenant.calendar.BusyType;
import io.fedemu.tenant.calendar.CalendarEvent;
import io.fedemu.tenant.calendar.Occurrence;
import io.fedemu.tenant.calendar.Recurrence;
import io.fedemu.tenant.calendar.RecurrenceExpander;
import io.fedemu.tenant.calendar.TooManyOccurrencesException;
import io.fedemu.tenant.directory.WorkingHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine free/busy uses (series starts cached per chunk of time, the requester's offsets memoised, a keyed sort)
 * must give exactly the answers of the straightforward one ({@link FreeBusyEngine#reference}: ical4j for every
 * window, every time converted on its own). Random calendars per seed: single and all-day items, zero-length ones,
 * every recurrence pattern Exchange has (daily, weekly, absolute and relative monthly and yearly, with interval,
 * count and until), deleted and modified occurrences, items in several zones; windows around the DST changes of
 * Europe, the US and Australia, starting mid-occurrence or on an item's edge; every view type, access level and
 * merged interval; requester zones with their own DST rules; item limits low enough to be hit. Each seed asks
 * several windows of the same calendar, so later ones are answered from what earlier ones left in the cache.
 */
class FreeBusyEngineReferenceTest {
    private static final List<ZoneId> ITEM_ZONES = List.of(
            ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"),
            ZoneId.of("Europe/London"),
            ZoneId.of("UTC"),
            ZoneId.of("Australia/Sydney"),
            ZoneId.of("Asia/Kolkata"),
            ZoneId.of("America/Los_Angeles"));
    private static final List<ZoneId> REQUESTER_ZONES = List.of(
            ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"),
            ZoneId.of("America/Santiago"),
            ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("Europe/Dublin"),
            ZoneId.of("Asia/Tokyo"),
            ZoneId.of("UTC"));
    /** DST changes: US spring and autumn, Europe spring and autumn, Australia autumn and spring, 2026 and 2027. */
    private static final List<LocalDate> DST_EDGES = List.of(
            LocalDate.of(2026, 3, 8),
            LocalDate.of(2026, 3, 29),
            LocalDate.of(2026, 10, 25),
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 4, 5),
            LocalDate.of(2026, 10, 4),
            LocalDate.of(2027, 3, 14),
            LocalDate.of(2027, 3, 28));

    private static final List<String> RULES = List.of(
            "FREQ=DAILY",
            "FREQ=DAILY;INTERVAL=3",
            "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
            "FREQ=DAILY;COUNT=10",
            "FREQ=DAILY;UNTIL=20261105T000000Z",
            "FREQ=WEEKLY",
            "FREQ=WEEKLY;INTERVAL=2",
            "FREQ=WEEKLY;COUNT=6",
            "FREQ=WEEKLY;BYDAY=MO,WE,FR",
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270101T000000Z",
            "FREQ=WEEKLY;INTERVAL=3;WKST=SU;BYDAY=SU,SA",
            "FREQ=MONTHLY;BYMONTHDAY=15",
            "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=31",
            "FREQ=MONTHLY;BYDAY=2TU",
            "FREQ=MONTHLY;BYDAY=-1FR;COUNT=5",
            "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
            "FREQ=YEARLY",
            "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
            "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=29;INTERVAL=2");
    private static final int[] INTERVALS = {5, 10, 15, 30, 60, 90, 240, 1440};
    private static final int WINDOWS_PER_SEED = 6;

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theOptimisedEngineGivesTheReferenceAnswerOnRandomCalendars(long seed) {
        Random random = new Random(seed);
        List<CalendarEvent> calendar = calendar(random);
        FreeBusyLimits limits = new FreeBusyLimits(
                Duration.ofDays(62),
                random.nextInt(4) == 0 ? 1 + random.nextInt(40) : FreeBusyLimits.DEFAULT.maxItemsPerMailbox());
        FreeBusyEngine optimised = new FreeBusyEngine(limits);
        FreeBusyEngine reference = FreeBusyEngine.reference(limits);
        WorkingHours hours = WorkingHours.standard(pick(random, ITEM_ZONES));
        for (int w = 0; w < WINDOWS_PER_SEED; w++) {
            FreeBusyQuery query = query(random, calendar);
            String what = "seed " + seed + ", window " + w + ": " + query + ", limit " + limits.maxItemsPerMailbox();

            Object expected = answer(() -> reference.compute(calendar, hours, query));
            assertThat(answer(() -> optimised.compute(calendar, hours, query)))
                    .as(what)
                    .isEqualTo(expected);
            // Again, now from the cache whatever the first call found there.
            assertThat(answer(() -> optimised.compute(calendar, hours, query)))
                    .as("%s, asked again", what)
                    .isEqualTo(expected);
            // The occurrences themselves, zones included (the view shows them in the requester's offsets only).
            assertThat(answer(() -> new RecurrenceExpander()
                            .expand(calendar, query.start(), query.end(), limits.maxItemsPerMailbox())))
                    .as("%s, occurrences", what)
                    .isEqualTo(answer(() -> RecurrenceExpander.uncached()
                            .expand(calendar, query.start(), query.end(), limits.maxItemsPerMailbox())));
        }
    }

    /** The view, or what was thrown (type, reason, message) so that refusals are compared too. */
    private static Object answer(Supplier<?> call) {
        Throwable thrown;
        try {
            return call.get();
        } catch (RuntimeException e) {
            thrown = e;
        }
        String reason = thrown instanceof FreeBusyException f ? f.reason().name() : "";
        String limit = thrown instanceof TooManyOccurrencesException t ? "limit " + t.limit() : "";
        return thrown.getClass().getSimpleName() + " " + reason + limit + ": " + thrown.getMessage();
    }

    private static FreeBusyQuery query(Random random, List<CalendarEvent> calendar) {
        ZoneId requester = pick(random, REQUESTER_ZONES);
        Instant start;
        int roll = random.nextInt(4);
        if (roll == 0 && !calendar.isEmpty()) {
            // On an item's edge or in its middle, the window starting there.
            CalendarEvent item = pick(random, calendar);
            start = switch (random.nextInt(3)) {
                case 0 -> item.start().toInstant();
                case 1 -> item.end().toInstant();
                default -> item.start().toInstant().plus(item.duration().dividedBy(2));
            };
        } else if (roll == 1) {
            start = LocalDate.of(2026, 1, 1)
                    .plusDays(random.nextInt(500))
                    .atStartOfDay(requester)
                    .toInstant()
                    .plusSeconds(60L * random.nextInt(24 * 60));
        } else {
            // Around a DST change, in local time of the requester: midnight or any minute of the days around it.
            start = pick(random, DST_EDGES)
                    .minusDays(random.nextInt(9))
                    .atTime(
                            random.nextBoolean()
                                    ? LocalTime.MIDNIGHT
                                    : LocalTime.of(random.nextInt(24), random.nextInt(60)))
                    .atZone(requester)
                    .toInstant();
        }
        Duration length = switch (random.nextInt(5)) {
            case 0 -> Duration.ofDays(7);
            case 1 -> Duration.ofDays(42);
            case 2 -> Duration.ofDays(62);
            case 3 -> Duration.ofMinutes(1 + random.nextInt(60 * 24 * 3));
            default -> Duration.ofDays(1 + random.nextInt(62));
        };
        FreeBusyViewType view = pick(random, List.of(FreeBusyViewType.values()));
        AccessLevel access = pick(random, List.of(AccessLevel.values()));
        int interval = random.nextInt(5) == 0 ? 5 + random.nextInt(1436) : INTERVALS[random.nextInt(INTERVALS.length)];
        return new FreeBusyQuery(
                start, start.plus(length), interval, view, access, RequesterZone.of(requester), random.nextBoolean());
    }

    private static List<CalendarEvent> calendar(Random random) {
        int size = random.nextInt(40);
        List<CalendarEvent> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(item(random, "item" + i));
        }
        return List.copyOf(items);
    }

    private static CalendarEvent item(Random random, String uid) {
        ZoneId zone = pick(random, ITEM_ZONES);
        LocalDate day = pick(random, DST_EDGES).plusDays(random.nextInt(141) - 100L);
        boolean allDay = random.nextInt(8) == 0;
        ZonedDateTime start;
        ZonedDateTime end;
        if (allDay) {
            start = day.atStartOfDay(zone);
            end = day.plusDays(1 + random.nextInt(3)).atStartOfDay(zone);
        } else {
            // Any quarter hour, 02:00-03:00 on a DST day included (a gap moves it, an overlap takes the earlier).
            start = LocalDateTime.of(day, LocalTime.of(random.nextInt(24), 15 * random.nextInt(4)))
                    .atZone(zone);
            end = switch (random.nextInt(6)) {
                case 0 -> start; // zero length
                case 1 -> start.plusDays(1 + random.nextInt(3)).plusMinutes(30); // longer than a day
                default -> start.plusMinutes(15L * (1 + random.nextInt(16)));
            };
        }
        CalendarEvent single = new CalendarEvent(
                uid,
                start,
                end,
                allDay,
                pick(random, List.of(BusyType.values())),
                random.nextInt(5) == 0 ? "" : "Subject " + uid,
                random.nextInt(3) == 0 ? "" : "Room " + random.nextInt(9),
                random.nextInt(6) == 0,
                random.nextBoolean(),
                random.nextBoolean(),
                null);
        if (random.nextInt(5) < 2) {
            return single;
        }
        CalendarEvent series = single.withRecurrence(Recurrence.of(pick(random, RULES)));
        return series.withRecurrence(exceptions(random, series));
    }

    /** Deleted and modified occurrences, picked among the series' real starts, plus a deletion that matches none. */
    private static Recurrence exceptions(Random random, CalendarEvent series) {
        Instant from = series.start().toInstant();
        List<Occurrence> first =
                RecurrenceExpander.uncached().expand(List.of(series), from, from.plus(Duration.ofDays(200)));
        Set<Instant> deleted = new HashSet<>();
        Map<Instant, CalendarEvent> overrides = new HashMap<>();
        for (Occurrence o : first) {
            int roll = random.nextInt(12);
            Instant original = o.start().toInstant();
            if (roll == 0) {
                deleted.add(original);
            } else if (roll == 1) {
                ZonedDateTime moved = o.start().plusMinutes(30L * (random.nextInt(97) - 48));
                overrides.put(
                        original,
                        new CalendarEvent(
                                series.uid(),
                                moved,
                                moved.plus(series.duration()).plusMinutes(15L * random.nextInt(4)),
                                false,
                                pick(random, List.of(BusyType.values())),
                                "Moved",
                                "Elsewhere",
                                random.nextBoolean(),
                                true,
                                false,
                                null));
            } else if (roll == 2 && !overrides.isEmpty()) {
                deleted.add(overrides.keySet().iterator().next()); // deleted after being modified
            }
        }
        if (random.nextBoolean()) {
            deleted.add(series.start().toInstant().plusSeconds(1234)); // matches no occurrence
        }
        return new Recurrence(series.recurrence().rrule(), deleted, overrides);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
