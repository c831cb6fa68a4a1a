package io.fedemu.tenant.suggestions;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One SuggestionDayResult: the day (in the requester's zone), its quality, its suggestions in time order. */
public record SuggestionDay(LocalDate date, SuggestionQuality quality, List<Suggestion> suggestions) {
    public SuggestionDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(quality, "quality");
        suggestions = List.copyOf(suggestions);
    }
}
