package io.fedemu.tenant.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * The recurrence rules every calendar item passes, whatever path it came by: the admin API's JSON events, an
 * {@code .ics} upload, a scenario's {@code .ics} file and a scenario's inline events. Outlook and Exchange only
 * create daily, weekly, monthly and yearly patterns that start at the item's start time, so at most one occurrence
 * a day; anything finer could expand to millions of occurrences (a 300-byte file with {@code FREQ=SECONDLY} once
 * took the emulator to gigabytes). Each refusal names the rule and what is wrong with it.
 */
public final class RecurrenceRules {
    /** The frequencies Exchange's recurrence patterns map to. */
    private static final Set<Frequency> EXCHANGE_FREQUENCIES =
            Set.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY);
    /** Long enough for a yearly rule to recur once, short enough to stay cheap for a daily one. */
    private static final Duration TRIAL_EXPANSION = Duration.ofDays(400);
    /** A rule that passes the checks recurs at most once a day: 400 days give at most about 400 occurrences. */
    static final int TRIAL_MAX_OCCURRENCES = 1000;

    private static final RecurrenceExpander EXPANDER = RecurrenceExpander.uncached();

    private RecurrenceRules() {}

    /** An RRULE fedemu refuses; the message names the rule. */
    public static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Refused(String rrule, String problem) {
            super("'" + rrule + "' " + problem);
        }
    }

    /**
     * Parses {@code rrule} (without the "RRULE:" prefix) and checks it is a pattern Exchange supports; throws
     * {@link Refused} naming the rule otherwise.
     */
    public static Recur<?> check(String rrule) {
        Recur<?> recur;
        try {
            recur = new Recur<>(rrule);
        } catch (RuntimeException e) {
            throw new Refused(rrule, "is not an RFC 5545 RRULE: " + e.getMessage());
        }
        if (!EXCHANGE_FREQUENCIES.contains(recur.getFrequency())) {
            throw new Refused(
                    rrule,
                    "has FREQ=" + recur.getFrequency()
                            + ", not a pattern Exchange supports (DAILY, WEEKLY, MONTHLY or YEARLY)");
        }
        if (!recur.getHourList().isEmpty()
                || !recur.getMinuteList().isEmpty()
                || !recur.getSecondList().isEmpty()) {
            throw new Refused(
                    rrule,
                    "uses BYHOUR, BYMINUTE or BYSECOND, which Exchange does not support: an occurrence starts at the"
                            + " item's start time");
        }
        return recur;
    }

    /**
     * Checks the series' rule, then expands it once over 400 days from its start, so that a rule ical4j accepts when
     * parsing but cannot expand, or that expands to more than {@value #TRIAL_MAX_OCCURRENCES} occurrences, is refused
     * now rather than failing every later free/busy request for the mailbox. A single item passes.
     */
    public static void checkSeries(CalendarEvent event) {
        if (!event.isRecurring()) {
            return;
        }
        String rrule = event.recurrence().rrule();
        check(rrule);
        Instant from = event.start().toInstant();
        try {
            EXPANDER.expand(List.of(event), from, from.plus(TRIAL_EXPANSION), TRIAL_MAX_OCCURRENCES);
        } catch (TooManyOccurrencesException e) {
            throw new Refused(
                    rrule,
                    "expands to more than " + e.limit() + " occurrences in " + TRIAL_EXPANSION.toDays() + " days from "
                            + event.start());
        } catch (RuntimeException e) {
            throw new Refused(rrule, "cannot be expanded from " + event.start() + ": " + e.getMessage());
        }
    }
}
