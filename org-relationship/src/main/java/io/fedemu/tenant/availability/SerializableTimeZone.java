package io.fedemu.tenant.availability;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneOffsetTransitionRule.TimeDefinition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * EWS SerializableTimeZone (PROTOCOL.md section 2): a base Bias in minutes with UTC = local + Bias, and two yearly
 * transition rules, each adding its own Bias. This is how the EWS Java API describes the JVM's zone, and how
 * WorkingHours describes the mailbox's zone in a response.
 *
 * <p>The rule set becomes a {@link ZoneRules} built from {@link ZoneOffsetTransitionRule}s rather than a
 * {@link ZoneId}: a custom ZoneId would need a process-wide ZoneRulesProvider registration, which is global
 * mutable state.
 */
public record SerializableTimeZone(int bias, Transition standardTime, Transition daylightTime) {

    /**
     * One yearly switch: at {@code time} (local wall time before the switch) on the {@code dayOrder}-th
     * {@code dayOfWeek} of {@code month} (dayOrder 5 = the last one). Month 0 means "no switch": the zone has no
     * daylight saving time.
     */
    public record Transition(int bias, LocalTime time, int dayOrder, int month, DayOfWeek dayOfWeek) {
        public Transition {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(dayOfWeek, "dayOfWeek");
            if (month < 0 || month > 12) {
                throw new IllegalArgumentException("Month must be 0..12, got " + month);
            }
            if (month != 0 && (dayOrder < 1 || dayOrder > 5)) {
                throw new IllegalArgumentException("DayOrder must be 1..5 (5 = last), got " + dayOrder);
            }
            if (time.getNano() != 0) {
                // java.time's transition rules take whole seconds only, and its refusal is not ours to pass on.
                throw new IllegalArgumentException("Time must be hh:mm:ss in whole seconds, got " + time);
            }
        }

        /** Parses EWS's hh:mm:ss. */
        public static LocalTime parseTime(String hhmmss) {
            try {
                return LocalTime.parse(hhmmss);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Time must be hh:mm:ss, got '" + hhmmss + "'", e);
            }
        }

        boolean switches() {
            return month != 0;
        }
    }

    /** The largest offset java.time (and any real zone) has: 18 hours either way, in minutes. */
    public static final int MAX_BIAS_MINUTES = 18 * 60;

    public SerializableTimeZone {
        Objects.requireNonNull(standardTime, "standardTime");
        Objects.requireNonNull(daylightTime, "daylightTime");
        checkBias("Bias", bias);
        checkBias("StandardTime/Bias", (long) bias + standardTime.bias());
        checkBias("DaylightTime/Bias", (long) bias + daylightTime.bias());
    }

    /** Refuses an offset beyond 18 hours with a short message, before any arithmetic can overflow. */
    private static void checkBias(String what, long totalMinutes) {
        if (Math.abs(totalMinutes) > MAX_BIAS_MINUTES) {
            throw new IllegalArgumentException(what + " gives an offset of " + totalMinutes + " minutes; at most "
                    + MAX_BIAS_MINUTES + " either way is a time zone");
        }
    }

    /** A zone without daylight saving time: the offset is -(bias) minutes. */
    public static SerializableTimeZone fixed(int bias) {
        Transition none = new Transition(0, LocalTime.MIDNIGHT, 0, 0, DayOfWeek.SUNDAY);
        return new SerializableTimeZone(bias, none, none);
    }

    public ZoneOffset standardOffset() {
        return offsetOf(bias + standardTime.bias());
    }

    public ZoneOffset daylightOffset() {
        return offsetOf(bias + daylightTime.bias());
    }

    private static ZoneOffset offsetOf(int totalBiasMinutes) {
        // UTC = local + Bias, so local = UTC - Bias
        return ZoneOffset.ofTotalSeconds(-totalBiasMinutes * 60);
    }

    /** The rules of this zone, valid for every year (the EWS form carries no history). */
    public ZoneRules toZoneRules() {
        ZoneOffset standard = standardOffset();
        ZoneOffset daylight = daylightOffset();
        if (!standardTime.switches() || !daylightTime.switches() || standard.equals(daylight)) {
            return ZoneRules.of(standard);
        }
        List<ZoneOffsetTransitionRule> rules = new ArrayList<>(List.of(
                rule(daylightTime, standard, standard, daylight), rule(standardTime, standard, daylight, standard)));
        rules.sort(Comparator.comparing(ZoneOffsetTransitionRule::getMonth));
        // java.time only applies the yearly rules after the last explicit transition, so seed one far back.
        ZoneOffsetTransition seed = rules.get(0).createTransition(1900);
        return ZoneRules.of(standard, seed.getOffsetBefore(), List.of(), List.of(seed), rules);
    }

    private static ZoneOffsetTransitionRule rule(
            Transition t, ZoneOffset standard, ZoneOffset before, ZoneOffset after) {
        // DayOrder n is the first dayOfWeek on or after day 1 + 7(n-1); 5 is the last one on or before month end.
        int dayIndicator = t.dayOrder() == 5 ? -1 : 1 + 7 * (t.dayOrder() - 1);
        return ZoneOffsetTransitionRule.of(
                Month.of(t.month()),
                dayIndicator,
                t.dayOfWeek(),
                t.time(),
                false,
                TimeDefinition.WALL,
                standard,
                before,
                after);
    }

    /**
     * The EWS description of an IANA zone as of {@code year}: what WorkingHours sends for the mailbox's zone, for the
     * year of the requested window (PROTOCOL.md section 14). The transitions are that year's own, read from the zone's
     * history, so a window in 2006 gets the rules of 2006 (the US changed them in 2007) and a zone that stopped
     * daylight saving time gets none for the years after. A year with other than one switch each way (none, or a
     * change of standard offset) is described without daylight saving time, at the standard offset of its start.
     */
    public static SerializableTimeZone of(ZoneId zone, int year) {
        ZoneRules rules = zone.getRules();
        Instant startOfYear =
                LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant endOfYear =
                LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        ZoneOffset standard = rules.getStandardOffset(startOfYear);
        int bias = -standard.getTotalSeconds() / 60;
        Transition toDaylight = null;
        Transition toStandard = null;
        int switches = 0;
        for (ZoneOffsetTransition t = rules.nextTransition(startOfYear.minusSeconds(1));
                t != null && t.getInstant().isBefore(endOfYear) && switches <= 2;
                t = rules.nextTransition(t.getInstant())) {
            switches++;
            Transition ews = new Transition(
                    -t.getOffsetAfter().getTotalSeconds() / 60 - bias,
                    t.getDateTimeBefore().toLocalTime(),
                    dayOrder(t),
                    t.getDateTimeBefore().getMonthValue(),
                    t.getDateTimeBefore().getDayOfWeek());
            if (t.getOffsetAfter().equals(rules.getStandardOffset(t.getInstant()))) {
                toStandard = ews;
            } else {
                toDaylight = ews;
            }
        }
        if (switches != 2 || toDaylight == null || toStandard == null || toStandard.bias() != 0) {
            return fixed(bias);
        }
        return new SerializableTimeZone(bias, toStandard, toDaylight);
    }

    /** The n-th weekday of the month that year; 5 when it is the last one, whatever the tz rule's form. */
    private static int dayOrder(ZoneOffsetTransition t) {
        LocalDate day = t.getDateTimeBefore().toLocalDate();
        return day.getDayOfMonth() + 7 > day.lengthOfMonth() ? 5 : (day.getDayOfMonth() - 1) / 7 + 1;
    }
}
