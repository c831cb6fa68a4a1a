package io.fedemu.benchmarks;

import io.fedemu.tenant.availability.AccessLevel;
import io.fedemu.tenant.availability.FreeBusyEngine;
import io.fedemu.tenant.availability.FreeBusyQuery;
import io.fedemu.tenant.availability.FreeBusyView;
import io.fedemu.tenant.availability.FreeBusyViewType;
import io.fedemu.tenant.availability.RequesterZone;
import io.fedemu.tenant.calendar.BusyType;
import io.fedemu.tenant.calendar.CalendarEvent;
import io.fedemu.tenant.calendar.Recurrence;
import io.fedemu.tenant.directory.WorkingHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of the tenant's side of one full GetUserAvailability: free/busy of 100 mailboxes (the request limit, PROTOCOL.md
 * section 2) over a 42-day window, DetailedMerged at 30 minutes, seen with LimitedDetails. Each calendar has 200 items
 * spread over working hours, a quarter of them daily or weekly series, some private, tentative, OOF or free.
 *
 * <p>The baseline does what any free/busy answer must at least do: take the same 100 x 200 items as single events,
 * keep those overlapping the window and copy them into a list. The ratio shows what recurrence expansion (ical4j),
 * ordering, the merged string and the per-item views add on top.
 *
 * <p>The common request ({@link #computeCommon10Mailboxes1Week}) asks the first 10 of the same calendars over the
 * window's first week, with its own baseline ({@link #baselineCommonFilterSingles}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FreeBusyEngineBenchmark {
    static final int MAILBOXES = 100;
    static final int EVENTS_PER_MAILBOX = 200;
    static final int WINDOW_DAYS = 42;
    /** The common request: a meeting organiser's handful of attendees over one week. */
    static final int COMMON_MAILBOXES = 10;

    static final int COMMON_WINDOW_DAYS = 7;
    private static final List<ZoneId> ZONES =
            List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Europe/London"));
    /** A Monday; the window spans the end of daylight saving time in Europe (25 October) and the US (1 November). */
    private static final LocalDate WINDOW_START = LocalDate.of(2026, 10, 19);

    private final FreeBusyEngine engine = new FreeBusyEngine();
    private List<List<CalendarEvent>> calendars;
    private List<List<CalendarEvent>> singlesOnly;
    private List<WorkingHours> workingHours;
    private FreeBusyQuery query;
    private FreeBusyQuery commonQuery;

    @Setup
    public void setUp() {
        ZoneId requester = ZONES.get(0);
        Instant from = WINDOW_START.atStartOfDay(requester).toInstant();
        Instant to = WINDOW_START.plusDays(WINDOW_DAYS).atStartOfDay(requester).toInstant();
        query = new FreeBusyQuery(
                from,
                to,
                30,
                FreeBusyViewType.DETAILED_MERGED,
                AccessLevel.LIMITED_DETAILS,
                RequesterZone.of(requester),
                true);
        // The week that holds the end of daylight saving time in Europe (Sunday 25 October).
        commonQuery = new FreeBusyQuery(
                WINDOW_START.atStartOfDay(requester).toInstant(),
                WINDOW_START
                        .plusDays(COMMON_WINDOW_DAYS)
                        .atStartOfDay(requester)
                        .toInstant(),
                30,
                FreeBusyViewType.DETAILED_MERGED,
                AccessLevel.LIMITED_DETAILS,
                RequesterZone.of(requester),
                true);
        Random random = new Random(20261019L); // fixed seed: every run measures the same calendars
        calendars = new ArrayList<>(MAILBOXES);
        singlesOnly = new ArrayList<>(MAILBOXES);
        workingHours = new ArrayList<>(MAILBOXES);
        for (int m = 0; m < MAILBOXES; m++) {
            ZoneId zone = ZONES.get(m % ZONES.size());
            List<CalendarEvent> calendar = calendar(random, zone, m);
            calendars.add(List.copyOf(calendar));
            singlesOnly.add(calendar.stream().map(e -> e.withRecurrence(null)).toList());
            workingHours.add(WorkingHours.standard(zone));
        }
        // Fail at set-up, not in a measurement, if the data trips a limit (1000 items per mailbox).
        compute100Mailboxes();
    }

    /** The tenant's work for one 100-mailbox GetUserAvailability. */
    @Benchmark
    public List<FreeBusyView> compute100Mailboxes() {
        List<FreeBusyView> views = new ArrayList<>(MAILBOXES);
        for (int m = 0; m < MAILBOXES; m++) {
            views.add(engine.compute(calendars.get(m), workingHours.get(m), query));
        }
        return views;
    }

    /** The floor: the same items as single events, overlap-filtered and copied. */
    @Benchmark
    public List<List<CalendarEvent>> baselineFilterSingles() {
        return filterSingles(MAILBOXES, query);
    }

    /** The common GetUserAvailability: 10 mailboxes over one week, same options. */
    @Benchmark
    public List<FreeBusyView> computeCommon10Mailboxes1Week() {
        List<FreeBusyView> views = new ArrayList<>(COMMON_MAILBOXES);
        for (int m = 0; m < COMMON_MAILBOXES; m++) {
            views.add(engine.compute(calendars.get(m), workingHours.get(m), commonQuery));
        }
        return views;
    }

    /** The floor of the common request: its 10 calendars as single events, overlap-filtered over the week. */
    @Benchmark
    public List<List<CalendarEvent>> baselineCommonFilterSingles() {
        return filterSingles(COMMON_MAILBOXES, commonQuery);
    }

    private List<List<CalendarEvent>> filterSingles(int mailboxes, FreeBusyQuery window) {
        Instant from = window.start();
        Instant to = window.end();
        List<List<CalendarEvent>> result = new ArrayList<>(mailboxes);
        for (List<CalendarEvent> calendar : singlesOnly.subList(0, mailboxes)) {
            List<CalendarEvent> inWindow = new ArrayList<>();
            for (CalendarEvent event : calendar) {
                if (event.start().toInstant().isBefore(to)
                        && event.end().toInstant().isAfter(from)) {
                    inWindow.add(event);
                }
            }
            result.add(inWindow);
        }
        return result;
    }

    /**
     * 200 items: 150 single meetings from two weeks before the window to two weeks after it, 40 weekly series (some
     * every other week, some with an end or a deleted occurrence) and 10 daily stand-ups on weekdays, all in working
     * hours. About 10% private, 10% tentative, a few OOF and free.
     */
    private static List<CalendarEvent> calendar(Random random, ZoneId zone, int mailbox) {
        List<CalendarEvent> events = new ArrayList<>(EVENTS_PER_MAILBOX);
        for (int i = 0; i < EVENTS_PER_MAILBOX; i++) {
            String uid = "mbx" + mailbox + "-item" + i;
            boolean series = i >= 150;
            LocalDate day = series
                    ? WINDOW_START.minusDays(7 + random.nextInt(60))
                    : WINDOW_START.plusDays(random.nextInt(WINDOW_DAYS + 28) - 14L);
            if (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(8L - day.getDayOfWeek().getValue()); // meetings fall on weekdays
            }
            LocalTime time = LocalTime.of(8, 0).plusMinutes(15L * random.nextInt(32)); // 08:00 .. 15:45
            ZonedDateTime start = day.atTime(time).atZone(zone);
            int minutes = series && i >= 190 ? 15 : 15 * (1 + random.nextInt(8));
            CalendarEvent event = new CalendarEvent(
                    uid,
                    start,
                    start.plusMinutes(minutes),
                    false,
                    busyType(random),
                    "Meeting " + i,
                    "Room " + random.nextInt(40),
                    random.nextInt(10) == 0,
                    random.nextBoolean(),
                    random.nextBoolean(),
                    series ? recurrence(random, i, start) : null);
            events.add(event);
        }
        return events;
    }

    private static Recurrence recurrence(Random random, int i, ZonedDateTime start) {
        if (i >= 190) {
            return Recurrence.of("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR");
        }
        String rule = switch (random.nextInt(4)) {
            case 0 -> "FREQ=WEEKLY;INTERVAL=2";
            case 1 -> "FREQ=WEEKLY;COUNT=" + (8 + random.nextInt(10));
            default -> "FREQ=WEEKLY";
        };
        Set<Instant> deleted =
                random.nextInt(4) == 0 ? Set.of(start.plusWeeks(12).toInstant()) : Set.of();
        return new Recurrence(rule, deleted, Map.of());
    }

    private static BusyType busyType(Random random) {
        int roll = random.nextInt(100);
        if (roll < 10) {
            return BusyType.TENTATIVE;
        }
        if (roll < 13) {
            return BusyType.OOF;
        }
        if (roll < 16) {
            return BusyType.FREE;
        }
        return BusyType.BUSY;
    }
}
