package io.fedemu.tenant.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;
import org.junit.jupiter.api.Test;

/**
 * The expander evaluates RRULEs with ical4j's Recur directly (it is much faster); this pins it to what ical4j's own
 * VEVENT route ({@code calculateRecurrenceSet}) yields, over seeded random series, zones and windows.
 */
class RecurrenceOracleTest {
    private static final List<ZoneId> ZONES = List.of(
            ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("UTC"), ZoneId.of("Australia/Sydney"));
    private static final List<String> RULES = List.of(
            "FREQ=DAILY",
            "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
            "FREQ=DAILY;INTERVAL=3;COUNT=7",
            "FREQ=WEEKLY",
            "FREQ=WEEKLY;INTERVAL=2",
            "FREQ=WEEKLY;COUNT=5",
            "FREQ=WEEKLY;BYDAY=MO,WE",
            "FREQ=WEEKLY;BYDAY=TU;COUNT=3",
            "FREQ=WEEKLY;UNTIL=20261201T000000Z",
            "FREQ=MONTHLY;BYMONTHDAY=15",
            "FREQ=MONTHLY;BYDAY=-1FR",
            "FREQ=MONTHLY;BYDAY=2TU;COUNT=4",
            "FREQ=YEARLY",
            "FREQ=YEARLY;BYMONTH=11;BYDAY=4TH",
            "FREQ=DAILY;INTERVAL=2",
            "FREQ=DAILY;INTERVAL=5;UNTIL=20270301T000000Z",
            "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH",
            "FREQ=WEEKLY;INTERVAL=2;WKST=SU;BYDAY=SU,SA",
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
            "FREQ=DAILY;BYMONTH=3,10",
            "FREQ=WEEKLY;INTERVAL=4");
    private final RecurrenceExpander expander = new RecurrenceExpander();

    @Test
    void matchesIcal4jsRecurrenceSetOverRandomSeriesAndWindows() {
        Random random = new Random(5545);
        for (int i = 0; i < 1500; i++) {
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            ZonedDateTime start = LocalDateTime.of(2026, 1, 1, 0, 0)
                    .plusDays(random.nextInt(330))
                    .plusMinutes(15L * random.nextInt(96))
                    .atZone(zone); // includes 02:00-03:00 on DST days
            ZonedDateTime end = start.plusMinutes(15L * random.nextInt(12));
            String rule = RULES.get(random.nextInt(RULES.size()));
            CalendarEvent series = new CalendarEvent(
                    "s" + i, start, end, false, BusyType.BUSY, "S", "", false, false, false, Recurrence.of(rule));
            Instant from = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * random.nextInt(24 * 400));
            Instant to = from.plusSeconds(3600L * (1 + random.nextInt(24 * 62)));

            Set<Instant> expanded = expander.expand(List.of(series), from, to).stream()
                    .map(o -> o.start().toInstant())
                    .collect(Collectors.toSet());

            assertThat(expanded)
                    .as("%s from %s, window %s..%s", rule, start, from, to)
                    .isEqualTo(oracle(series, from, to));
        }
    }

    /** ical4j's VEVENT route, as the expander used it before. */
    private static Set<Instant> oracle(CalendarEvent series, Instant from, Instant to) {
        ZoneId zone = series.start().getZone();
        VEvent event = new VEvent(series.start(), series.end(), series.subject());
        event.add(new RRule<ZonedDateTime>(series.recurrence().rrule()));
        Set<Period<ZonedDateTime>> periods = event.calculateRecurrenceSet(
                new Period<>(from.minus(series.duration()).atZone(zone), to.atZone(zone)));
        return periods.stream()
                .map(p -> Occurrence.ofSeries(
                        series,
                        ((ZonedDateTime) p.getStart()).withZoneSameInstant(zone),
                        ((ZonedDateTime) p.getStart()).withZoneSameInstant(zone).plus(series.duration())))
                .filter(o -> o.overlaps(from, to))
                .map(o -> o.start().toInstant())
                .collect(Collectors.toSet());
    }
}
