package io.fedemu.tenant.ews.mailbox;

import io.fedemu.tenant.availability.WindowsTimeZones;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A Windows time zone as Exchange's registry data describes it: a list of yearly rules, each in force from a year on
 * (PROTOCOL.md section 16). Written from the zone data fedemu already uses (CLDR's Windows-to-IANA mapping and the
 * JDK's tz rules): each year from {@value #FIRST_YEAR} to {@value #LAST_YEAR} is read from the transitions it has,
 * consecutive equal years are one rule, and the last rule goes on as the JDK's yearly rules do.
 *
 * @param id    the Windows id ("Eastern Standard Time")
 * @param name  its display name ("(UTC-05:00) Eastern Time"): Windows' own names are not in CLDR, so the zone's
 *              generic English name from CLDR stands after the standard offset
 * @param rules the yearly rules, oldest first
 */
record WindowsZoneYears(String id, String name, List<YearRule> rules) {
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2037;

    /**
     * One year's rule: the standard offset and, when the zone switches, when it goes to daylight time and back.
     *
     * @param from the first year it is in force
     */
    record YearRule(int from, ZoneOffset standard, Optional<Daylight> daylight) {
        boolean sameAs(YearRule other) {
            return standard.equals(other.standard) && daylight.equals(other.daylight);
        }
    }

    /** Daylight time: its offset, and the two yearly switches. */
    record Daylight(ZoneOffset offset, Switch start, Switch end) {}

    /**
     * One yearly switch: at {@code time} (wall clock before it) on the {@code occurrence}-th {@code day} of
     * {@code month}, -1 meaning the last.
     */
    record Switch(LocalTime time, int month, DayOfWeek day, int occurrence) {
        static Switch of(ZoneOffsetTransition transition) {
            LocalDateTime before = transition.getDateTimeBefore();
            LocalDate date = before.toLocalDate();
            int occurrence = date.getDayOfMonth() + 7 > date.lengthOfMonth() ? -1 : (date.getDayOfMonth() - 1) / 7 + 1;
            return new Switch(before.toLocalTime(), date.getMonthValue(), date.getDayOfWeek(), occurrence);
        }
    }

    /** Every Windows zone CLDR maps, ordered west to east by today's standard offset, then by id. */
    static List<WindowsZoneYears> all() {
        return Zones.ALL;
    }

    /** The zone of this Windows id, if CLDR knows it. */
    static Optional<WindowsZoneYears> of(String windowsId) {
        return Optional.ofNullable(Zones.BY_ID.get(windowsId.toLowerCase(Locale.ROOT)));
    }

    /** Read once: the data is the JDK's and ICU's, fixed for the life of the process. */
    private static final class Zones {
        static final List<WindowsZoneYears> ALL = load();
        static final Map<String, WindowsZoneYears> BY_ID = ALL.stream()
                .collect(Collectors.toUnmodifiableMap(zone -> zone.id().toLowerCase(Locale.ROOT), Function.identity()));

        private static List<WindowsZoneYears> load() {
            Map<String, ZoneId> windows = new TreeMap<>();
            for (String iana : ZoneId.getAvailableZoneIds()) {
                WindowsTimeZones.toWindowsId(ZoneId.of(iana)).ifPresent(id -> {
                    try {
                        WindowsTimeZones.toZoneId(id).ifPresent(zone -> windows.put(id, zone));
                    } catch (java.time.DateTimeException newerThanTheJdk) {
                        // ICU names a zone the JDK's tz data does not have yet: the JDK's rules decide, so skip it.
                    }
                });
            }
            Instant now = Instant.now();
            return windows.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, ZoneId> e) -> e.getValue()
                                    .getRules()
                                    .getStandardOffset(now)
                                    .getTotalSeconds())
                            .thenComparing(Map.Entry::getKey))
                    .map(e -> read(e.getKey(), e.getValue(), now))
                    .toList();
        }
    }

    static WindowsZoneYears read(String windowsId, ZoneId zone, Instant now) {
        ZoneRules rules = zone.getRules();
        List<YearRule> years = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            YearRule rule = year(rules, zone, year);
            if (years.isEmpty() || !years.get(years.size() - 1).sameAs(rule)) {
                years.add(rule);
            }
        }
        return new WindowsZoneYears(windowsId, name(windowsId, zone, rules.getStandardOffset(now)), List.copyOf(years));
    }

    /**
     * The rule of one year: no switch, or one into daylight time and one back to the same standard offset. A year
     * in which the zone changes its standard offset (or switches otherwise) is described by where it ends: the
     * registry form has no room for a one-off change within a rule.
     */
    private static YearRule year(ZoneRules rules, ZoneId zone, int year) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        for (ZoneOffsetTransition t = rules.nextTransition(from.minusSeconds(1));
                t != null && t.getInstant().isBefore(to);
                t = rules.nextTransition(t.getInstant())) {
            if (!t.getInstant().isBefore(from)) {
                transitions.add(t);
            }
        }
        ZoneOffset standard = rules.getStandardOffset(to.minusSeconds(1));
        if (transitions.size() == 2) {
            ZoneOffsetTransition first = transitions.get(0);
            ZoneOffsetTransition second = transitions.get(1);
            boolean pair = first.getOffsetAfter().equals(second.getOffsetBefore())
                    && first.getOffsetBefore().equals(second.getOffsetAfter());
            if (pair) {
                boolean firstIntoDaylight = rules.isDaylightSavings(first.getInstant());
                ZoneOffsetTransition start = firstIntoDaylight ? first : second;
                ZoneOffsetTransition end = firstIntoDaylight ? second : first;
                ZoneOffset standardOffset = end.getOffsetAfter();
                return new YearRule(
                        year,
                        standardOffset,
                        Optional.of(new Daylight(start.getOffsetAfter(), Switch.of(start), Switch.of(end))));
            }
        }
        return new YearRule(year, standard, Optional.empty());
    }

    private static String name(String windowsId, ZoneId zone, ZoneOffset standard) {
        if (windowsId.equals("UTC")) {
            return "(UTC) Coordinated Universal Time";
        }
        com.ibm.icu.util.TimeZone icu = com.ibm.icu.util.TimeZone.getTimeZone(zone.getId());
        String generic =
                icu.getDisplayName(false, com.ibm.icu.util.TimeZone.LONG_GENERIC, com.ibm.icu.util.ULocale.ENGLISH);
        if (generic.startsWith("GMT")) {
            generic = icu.getDisplayName(
                    false, com.ibm.icu.util.TimeZone.GENERIC_LOCATION, com.ibm.icu.util.ULocale.ENGLISH);
        }
        int minutes = standard.getTotalSeconds() / 60;
        return String.format(
                Locale.ROOT,
                "(UTC%s%02d:%02d) %s",
                minutes < 0 ? "-" : "+",
                Math.abs(minutes) / 60,
                Math.abs(minutes) % 60,
                generic);
    }
}
