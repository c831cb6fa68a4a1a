package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType;
import io.fedemu.protocol.ews.types.FreeBusyViewOptionsType;
import io.fedemu.protocol.ews.types.MailboxData;
import io.fedemu.protocol.ews.types.RequestServerVersion;
import io.fedemu.protocol.ews.types.SuggestionsViewOptionsType;
import io.fedemu.protocol.ews.types.TimeZoneContextType;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.availability.AccessLevel;
import io.fedemu.tenant.availability.FreeBusyEngine;
import io.fedemu.tenant.availability.FreeBusyException;
import io.fedemu.tenant.availability.FreeBusyQuery;
import io.fedemu.tenant.availability.FreeBusyViewType;
import io.fedemu.tenant.suggestions.SuggestionQuality;
import io.fedemu.tenant.suggestions.SuggestionsOptions;
import java.util.List;
import java.util.Optional;

/**
 * The SuggestionsViewOptions of a GetUserAvailability request (PROTOCOL.md section 12), and the free/busy request
 * the suggestions are computed from: the same mailboxes and zone over DetailedSuggestionsWindow, in the FreeBusy
 * view (busy items and working hours), without suggestions, so it travels to Mailbox servers and partners as any
 * free/busy request does and the requesting side decides from what comes back.
 *
 * @param freeBusy          that request, read and validated as the client's own free/busy would be
 * @param freeBusyRequested whether the client asked for free/busy too (FreeBusyViewOptions present)
 * @param mailboxes         the request's MailboxData, for ExcludeConflicts
 */
public record SuggestionsRequest(
        SuggestionsOptions options,
        AvailabilityRequest freeBusy,
        boolean freeBusyRequested,
        List<MailboxData> mailboxes) {

    /**
     * The suggestions part of {@code request}, or null when it asks for none. The window's faults are the free/busy
     * window's (ErrorInvalidTimeInterval, ErrorTimeIntervalTooBig), naming DetailedSuggestionsWindow; values out of
     * range are kept, to be answered in SuggestionsResponse.
     */
    public static SuggestionsRequest read(
            GetUserAvailabilityRequestType request,
            RequestServerVersion version,
            TimeZoneContextType timeZoneContext,
            FreeBusyEngine engine) {
        if (request == null || request.getSuggestionsViewOptions() == null) {
            return null;
        }
        SuggestionsViewOptionsType wire = request.getSuggestionsViewOptions();
        if (wire.getDetailedSuggestionsWindow() == null
                || wire.getDetailedSuggestionsWindow().getStartTime() == null
                || wire.getDetailedSuggestionsWindow().getEndTime() == null) {
            throw EwsFault.of(
                    Reason.MISSING_ARGUMENT,
                    "SuggestionsViewOptions/DetailedSuggestionsWindow with StartTime and EndTime is required.");
        }
        AvailabilityRequest freeBusy = AvailabilityRequest.read(freeBusyWire(request), version, timeZoneContext);
        try {
            engine.validate(freeBusy.query(AccessLevel.AVAILABILITY_ONLY));
        } catch (FreeBusyException e) {
            throw EwsFault.of(e.reason(), "DetailedSuggestionsWindow: " + e.getMessage());
        }
        SuggestionsOptions options = new SuggestionsOptions(
                or(wire.getGoodThreshold(), SuggestionsOptions.DEFAULT_GOOD_THRESHOLD),
                or(wire.getMaximumResultsByDay(), SuggestionsOptions.DEFAULT_MAXIMUM_RESULTS_BY_DAY),
                or(
                        wire.getMaximumNonWorkHourResultsByDay(),
                        SuggestionsOptions.DEFAULT_MAXIMUM_NON_WORK_HOUR_RESULTS_BY_DAY),
                or(wire.getMeetingDurationInMinutes(), SuggestionsOptions.DEFAULT_MEETING_DURATION_MINUTES),
                wire.getMinimumSuggestionQuality() == null
                        ? SuggestionsOptions.DEFAULT_MINIMUM_QUALITY
                        : SuggestionQuality.valueOf(
                                wire.getMinimumSuggestionQuality().name()),
                freeBusy.start(),
                freeBusy.end(),
                Optional.ofNullable(wire.getCurrentMeetingTime())
                        .map(time -> AvailabilityRequest.instant(time, freeBusy.zone())));
        return new SuggestionsRequest(
                options,
                freeBusy,
                request.getFreeBusyViewOptions() != null,
                request.getMailboxDataArray().getMailboxData());
    }

    /**
     * Whether the client's own free/busy answers hold what the suggestions need, so nobody is asked twice: busy items
     * (any view but MergedOnly) over a window that covers the suggestions' window.
     */
    public boolean answeredBy(AvailabilityRequest clients) {
        return freeBusyRequested
                && clients.view().hasCalendarEvents()
                && !clients.start().isAfter(freeBusy.start())
                && !clients.end().isBefore(freeBusy.end());
    }

    /** The client's request with FreeBusyViewOptions for the suggestions' window and no SuggestionsViewOptions. */
    private static GetUserAvailabilityRequestType freeBusyWire(GetUserAvailabilityRequestType request) {
        FreeBusyViewOptionsType options = new FreeBusyViewOptionsType();
        options.setTimeWindow(request.getSuggestionsViewOptions().getDetailedSuggestionsWindow());
        options.setMergedFreeBusyIntervalInMinutes(FreeBusyQuery.DEFAULT_INTERVAL_MINUTES);
        options.setRequestedView(
                io.fedemu.protocol.ews.types.FreeBusyViewType.valueOf(FreeBusyViewType.FREE_BUSY.name()));
        GetUserAvailabilityRequestType copy = new GetUserAvailabilityRequestType();
        copy.setTimeZone(request.getTimeZone());
        copy.setMailboxDataArray(request.getMailboxDataArray());
        copy.setFreeBusyViewOptions(options);
        return copy;
    }

    private static int or(Integer value, int otherwise) {
        return value == null ? otherwise : value;
    }
}
