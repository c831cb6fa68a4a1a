package io.fedemu.tenant.availability;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.tenant.calendar.BusyType;
import io.fedemu.tenant.calendar.CalendarEvent;
import io.fedemu.tenant.calendar.Recurrence;
import io.fedemu.tenant.directory.WorkingHours;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties that must hold for every calendar, window, view and access level. Cases come from a fixed seed, so
 * a failure names a reproducible case number; this is written without jqwik because jqwik 1.10 asks not to be
 * used by AI coding agents (its Anti-AI Usage Clause), and this module was written by one.
 */
class FreeBusyPropertiesTest {
    private static final long SEED = 20261127L;
    private static final ZoneId OWNER = ZoneId.of("Europe/Berlin");
    private static final FreeBusyEngine ENGINE = new FreeBusyEngine();

    record Case(int number, List<CalendarEvent> calendar, FreeBusyQuery query) {
        @Override
        public String toString() {
            return "case " + number + ": " + query.requestedView() + " as " + query.access() + ", " + calendar.size()
                    + " items";
        }
    }

    static Stream<Case> cases() {
        Random random = new Random(SEED);
        return IntStream.range(0, 300).mapToObj(n -> randomCase(n, random));
    }

    private static Case randomCase(int number, Random random) {
        Instant base = Instant.parse("2026-10-20T00:00:00Z").plus(Duration.ofMinutes(random.nextInt(20 * 24 * 60)));
        List<CalendarEvent> calendar = new ArrayList<>();
        int items = random.nextInt(12);
        for (int i = 0; i < items; i++) {
            Instant start = base.plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60) - 12 * 60));
            Duration length = Duration.ofMinutes(random.nextInt(8 * 60));
            BusyType type = BusyType.values()[random.nextInt(BusyType.values().length)];
            CalendarEvent event = new CalendarEvent(
                    "e" + i,
                    start.atZone(OWNER),
                    start.plus(length).atZone(OWNER),
                    false,
                    type,
                    "subject " + i,
                    "room " + i,
                    random.nextBoolean(),
                    random.nextBoolean(),
                    random.nextBoolean(),
                    random.nextInt(4) == 0 ? Recurrence.of("FREQ=DAILY;COUNT=5") : null);
            calendar.add(event);
        }
        Duration window = Duration.ofMinutes(60 + random.nextInt(3 * 24 * 60));
        int interval = 5 + random.nextInt(1436);
        FreeBusyViewType[] views = {
            FreeBusyViewType.MERGED_ONLY,
            FreeBusyViewType.FREE_BUSY,
            FreeBusyViewType.FREE_BUSY_MERGED,
            FreeBusyViewType.DETAILED,
            FreeBusyViewType.DETAILED_MERGED
        };
        AccessLevel[] access = {AccessLevel.AVAILABILITY_ONLY, AccessLevel.LIMITED_DETAILS, AccessLevel.REVIEWER};
        FreeBusyQuery query = new FreeBusyQuery(
                base,
                base.plus(window),
                interval,
                views[random.nextInt(views.length)],
                access[random.nextInt(access.length)],
                RequesterZone.of(ZoneOffset.ofHours(random.nextInt(25) - 12)),
                random.nextBoolean());
        return new Case(number, List.copyOf(calendar), query);
    }

    private static FreeBusyView run(Case c) {
        return ENGINE.compute(c.calendar(), WorkingHours.standard(OWNER), c.query());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void availabilityOnlyNeverYieldsDetails(Case c) {
        FreeBusyView view = ENGINE.compute(
                c.calendar(), WorkingHours.standard(OWNER), c.query().withAccess(AccessLevel.AVAILABILITY_ONLY));

        assertThat(view.viewType().hasDetails()).isFalse();
        assertThat(view.calendarEvents()).allMatch(e -> e.details().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void privateItemsNeverShowSubjectLocationOrIdAndIdsOnlyForReviewers(Case c) {
        FreeBusyView view = run(c);

        view.calendarEvents().stream().flatMap(e -> e.details().stream()).forEach(d -> {
            if (d.isPrivate()) {
                assertThat(d.subject()).isEmpty();
                assertThat(d.location()).isEmpty();
                assertThat(d.id()).isEmpty();
            }
            if (c.query().access() != AccessLevel.REVIEWER) {
                assertThat(d.id()).isEmpty();
            }
        });
    }

    @ParameterizedTest
    @MethodSource("cases")
    void mergedStringHasOneDigitPerStartedIntervalAndOnlyDigitsZeroToFour(Case c) {
        FreeBusyView view = run(c);

        assertThat(view.mergedFreeBusy().isPresent())
                .isEqualTo(c.query().requestedView().hasMergedFreeBusy());
        view.mergedFreeBusy().ifPresent(merged -> {
            long window = Duration.between(c.query().start(), c.query().end()).toMinutes();
            long interval = c.query().mergedIntervalMinutes();
            assertThat(merged)
                    .hasSize((int) ((window + interval - 1) / interval))
                    .matches("[0-4]*");
        });
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyReturnedEventOverlapsTheWindowAndRaisesItsIntervals(Case c) {
        FreeBusyQuery fullView = c.query().withAccess(AccessLevel.REVIEWER);
        FreeBusyView view = ENGINE.compute(
                c.calendar(),
                WorkingHours.standard(OWNER),
                new FreeBusyQuery(
                        fullView.start(),
                        fullView.end(),
                        fullView.mergedIntervalMinutes(),
                        FreeBusyViewType.FREE_BUSY_MERGED,
                        AccessLevel.REVIEWER,
                        fullView.requesterZone(),
                        true));
        String merged = view.mergedFreeBusy().orElseThrow();
        long intervalSeconds = fullView.mergedIntervalMinutes() * 60L;

        for (FreeBusyEvent e : view.calendarEvents()) {
            Instant s = e.start().toInstant();
            Instant end = e.end().toInstant();
            assertThat(s).isBefore(fullView.end());
            assertThat(!end.isBefore(fullView.start())).isTrue();
            if (end.isAfter(s) && end.isAfter(fullView.start())) {
                long from = Math.max(0, Duration.between(fullView.start(), s).getSeconds()) / intervalSeconds;
                long to = Math.min(
                        merged.length() - 1,
                        (Duration.between(fullView.start(), end).getSeconds() - 1) / intervalSeconds);
                for (long i = from; i <= to; i++) {
                    assertThat(merged.charAt((int) i)).isGreaterThanOrEqualTo(MergedFreeBusy.digit(e.busyType()));
                }
            }
        }
    }
}
