package io.fedemu.tenant.suggestions;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * SuggestionsViewOptions read off the wire (PROTOCOL.md section 12): absent values take the defaults below, the
 * window's and CurrentMeetingTime's local times already resolved in the requester's zone. Ranges are checked by
 * {@link #outOfRange()} so that a bad value is answered, not thrown at construction.
 *
 * @param currentMeetingTime the start of the meeting being moved: its own item does not conflict with itself
 */
public record SuggestionsOptions(
        int goodThreshold,
        int maximumResultsByDay,
        int maximumNonWorkHourResultsByDay,
        int meetingDurationMinutes,
        SuggestionQuality minimumQuality,
        Instant windowStart,
        Instant windowEnd,
        Optional<Instant> currentMeetingTime) {

    /** Exchange's documented default GoodThreshold; the others are the EWS clients' defaults. */
    public static final int DEFAULT_GOOD_THRESHOLD = 25;

    public static final int DEFAULT_MAXIMUM_RESULTS_BY_DAY = 10;
    public static final int DEFAULT_MAXIMUM_NON_WORK_HOUR_RESULTS_BY_DAY = 0;
    public static final int DEFAULT_MEETING_DURATION_MINUTES = 60;
    public static final SuggestionQuality DEFAULT_MINIMUM_QUALITY = SuggestionQuality.FAIR;

    public SuggestionsOptions {
        Objects.requireNonNull(minimumQuality, "minimumQuality");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        Objects.requireNonNull(currentMeetingTime, "currentMeetingTime");
    }

    /** The first value outside the range Exchange accepts, named as the element it came in, or empty. */
    public Optional<String> outOfRange() {
        return outside("GoodThreshold", goodThreshold, 1, 49)
                .or(() -> outside("MaximumResultsByDay", maximumResultsByDay, 0, 48))
                .or(() -> outside("MaximumNonWorkHourResultsByDay", maximumNonWorkHourResultsByDay, 0, 48))
                .or(() -> outside("MeetingDurationInMinutes", meetingDurationMinutes, 30, 1440));
    }

    private static Optional<String> outside(String element, int value, int min, int max) {
        return value < min || value > max
                ? Optional.of(element + " is " + value + "; it must be between " + min + " and " + max + ".")
                : Optional.empty();
    }
}
