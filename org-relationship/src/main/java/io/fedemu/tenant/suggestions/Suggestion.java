package io.fedemu.tenant.suggestions;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** One suggested meeting time, in the requester's zone, with each attendee's conflict data in request order. */
public record Suggestion(
        LocalDateTime meetingTime, boolean workTime, SuggestionQuality quality, List<ConflictData> conflicts) {
    public Suggestion {
        Objects.requireNonNull(meetingTime, "meetingTime");
        Objects.requireNonNull(quality, "quality");
        conflicts = List.copyOf(conflicts);
    }
}
