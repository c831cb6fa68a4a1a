package io.fedemu.tenant.suggestions;

/**
 * EWS SuggestionQuality, best first (PROTOCOL.md section 12). Quality is the share of attendees with a conflict:
 * none is Excellent; at least GoodThreshold + 50 percent available is Good; more than half available is Fair; half
 * or more with a conflict is Poor (MS-OXWAVLS and the MinimumSuggestionQuality page: Poor at 50 percent).
 */
public enum SuggestionQuality {
    EXCELLENT,
    GOOD,
    FAIR,
    POOR;

    /** Integer arithmetic on purpose: 3 of 4 available is exactly 75 percent, Good at the default threshold. */
    public static SuggestionQuality of(int conflicts, int attendees, int goodThreshold) {
        if (conflicts == 0) {
            return EXCELLENT;
        }
        long availablePercentTimesAttendees = 100L * (attendees - conflicts);
        if (availablePercentTimesAttendees >= (long) (goodThreshold + 50) * attendees) {
            return GOOD;
        }
        return 2L * conflicts < attendees ? FAIR : POOR;
    }

    /** Whether this quality is {@code minimum} or better. */
    public boolean atLeast(SuggestionQuality minimum) {
        return ordinal() <= minimum.ordinal();
    }

    /** The better of the two. */
    public SuggestionQuality best(SuggestionQuality other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
