package io.fedemu.tenant.availability;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.calendar.BusyType;
import io.fedemu.tenant.calendar.CalendarEvent;
import io.fedemu.tenant.calendar.Occurrence;
import io.fedemu.tenant.calendar.RecurrenceExpander;
import io.fedemu.tenant.calendar.TooManyOccurrencesException;
import io.fedemu.tenant.directory.WorkingHours;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Free/busy for one mailbox: a pure function of its calendar, its working hours and a {@link FreeBusyQuery}.
 * Holds only configuration, so one instance serves every request and thread (and a benchmark).
 *
 * <p>What it applies, in order (PROTOCOL.md sections 2 and 4): the request limits; no access at all gives
 * ErrorNoFreeBusyAccess; more than the item limit in the window gives ErrorResultSetTooBig; a Detailed view
 * asked by a caller without detail rights is downgraded and the returned view type says so; a private item never
 * shows ID, subject or location.
 */
public final class FreeBusyEngine {
    private static final int MIN_INTERVAL_MINUTES = 5;
    private static final int MAX_INTERVAL_MINUTES = 1440;

    private final FreeBusyLimits limits;
    private final RecurrenceExpander expander;
    /** The reference engine: ical4j for every window, the requester's zone asked for every time. */
    private final boolean reference;

    public FreeBusyEngine(FreeBusyLimits limits) {
        this(limits, new RecurrenceExpander(), false);
    }

    private FreeBusyEngine(FreeBusyLimits limits, RecurrenceExpander expander, boolean reference) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.expander = expander;
        this.reference = reference;
    }

    /**
     * The straightforward engine the optimised one must agree with (FreeBusyEngineReferenceTest): no occurrence
     * cache, no offset memo. Same answers, only slower.
     */
    static FreeBusyEngine reference(FreeBusyLimits limits) {
        return new FreeBusyEngine(limits, RecurrenceExpander.uncached(), true);
    }

    public FreeBusyEngine() {
        this(FreeBusyLimits.DEFAULT);
    }

    /**
     * The request-level checks, separately callable: EWS answers these with a SOAP fault for the whole request
     * before looking at any mailbox (PROTOCOL.md section 2, "Limits").
     */
    public void validate(FreeBusyQuery query) {
        if (!query.end().isAfter(query.start())) {
            throw new FreeBusyException(
                    Reason.INVALID_TIME_INTERVAL, "Start " + query.start() + ", end " + query.end() + ".");
        }
        Duration window = Duration.between(query.start(), query.end());
        if (window.compareTo(limits.maxWindow()) > 0) {
            throw new FreeBusyException(
                    Reason.TIME_INTERVAL_TOO_BIG,
                    "Asked " + window.toDays() + " days, the limit is "
                            + limits.maxWindow().toDays() + ".");
        }
        int interval = query.mergedIntervalMinutes();
        if (interval < MIN_INTERVAL_MINUTES || interval > MAX_INTERVAL_MINUTES) {
            throw new FreeBusyException(Reason.INVALID_MERGED_FREE_BUSY_INTERVAL, "Asked " + interval + ".");
        }
        if (query.requestedView() == FreeBusyViewType.NONE) {
            throw new FreeBusyException(Reason.INVALID_FREE_BUSY_VIEW_TYPE, "");
        }
    }

    /** The view of {@code calendar} for {@code query}; throws {@link FreeBusyException} with the reason. */
    public FreeBusyView compute(List<CalendarEvent> calendar, WorkingHours workingHours, FreeBusyQuery query) {
        validate(query);
        AccessLevel access = query.access();
        if (access == AccessLevel.NONE) {
            throw new FreeBusyException(Reason.NO_FREE_BUSY_ACCESS, "");
        }
        List<Occurrence> occurrences;
        try {
            // The expansion stops at the limit: a calendar's rules never cost more than the limit's worth of work.
            occurrences = expander.expand(calendar, query.start(), query.end(), limits.maxItemsPerMailbox());
        } catch (TooManyOccurrencesException e) {
            throw new FreeBusyException(
                    Reason.RESULT_SET_TOO_BIG,
                    "More than " + limits.maxItemsPerMailbox() + " items in the window, the limit is "
                            + limits.maxItemsPerMailbox() + ".");
        }

        FreeBusyViewType view = access.seesDetails()
                ? query.requestedView()
                : query.requestedView().withoutDetails();
        Optional<String> merged = view.hasMergedFreeBusy()
                ? Optional.of(MergedFreeBusy.of(
                        occurrences, query.start(), query.end(), Duration.ofMinutes(query.mergedIntervalMinutes())))
                : Optional.empty();
        List<FreeBusyEvent> events = view.hasCalendarEvents() ? events(occurrences, view, query, reference) : List.of();
        Optional<WorkingHours> hours = view.hasCalendarEvents() ? Optional.of(workingHours) : Optional.empty();
        return new FreeBusyView(view, merged, events, hours);
    }

    /**
     * Every item in the window, Free ones included (PROTOCOL.md does not say; fedemu choice: the caller sees the
     * BusyType and decides, and the item limit counts the same items).
     */
    private static List<FreeBusyEvent> events(
            List<Occurrence> occurrences, FreeBusyViewType view, FreeBusyQuery query, boolean reference) {
        List<FreeBusyEvent> events = new ArrayList<>(occurrences.size());
        RequesterZone zone = query.requesterZone();
        // Starts come in order, ends nearly so: one memo each keeps both on the stretch they are in.
        LocalTimes starts = new LocalTimes(zone);
        LocalTimes ends = new LocalTimes(zone);
        for (Occurrence o : occurrences) {
            Optional<EventDetails> details =
                    view.hasDetails() ? Optional.of(details(o, query.access())) : Optional.empty();
            Instant start = o.start().toInstant();
            Instant end = o.end().toInstant();
            events.add(new FreeBusyEvent(
                    reference ? zone.toLocal(start) : starts.toLocal(start),
                    reference ? zone.toLocal(end) : ends.toLocal(end),
                    busyType(o.busyType(), query),
                    details));
        }
        return events;
    }

    /** A client older than Exchange 2013 does not know WorkingElsewhere; it gets Free, as in the merged string. */
    private static BusyType busyType(BusyType type, FreeBusyQuery query) {
        return type == BusyType.WORKING_ELSEWHERE && !query.workingElsewhereKnown() ? BusyType.FREE : type;
    }

    private static EventDetails details(Occurrence o, AccessLevel access) {
        CalendarEvent item = o.item();
        boolean hidden = item.isPrivate();
        Optional<String> id = !hidden && access.seesItemIds() ? Optional.of(o.id()) : Optional.empty();
        Optional<String> subject = hidden ? Optional.empty() : nonEmpty(item.subject());
        Optional<String> location = hidden ? Optional.empty() : nonEmpty(item.location());
        return new EventDetails(
                id,
                subject,
                location,
                item.isMeeting(),
                o.recurring(),
                o.exception(),
                item.isReminderSet(),
                item.isPrivate());
    }

    private static Optional<String> nonEmpty(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
