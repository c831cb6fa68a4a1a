package io.fedemu.tenant.availability;

/**
 * Why the engine refused a request or a mailbox: one reason each, with the EWS ResponseCode a real Exchange
 * returns (only names from PROTOCOL.md section 6) and a sentence a trainer can read aloud.
 */
public enum FreeBusyError {
    INVALID_TIME_INTERVAL("ErrorInvalidTimeInterval", "The end of the time window is not after its start."),
    TIME_INTERVAL_TOO_BIG("ErrorTimeIntervalTooBig", "The time window is longer than the server allows."),
    INVALID_MERGED_FREE_BUSY_INTERVAL(
            "ErrorInvalidMergedFreeBusyInterval", "The merged free/busy interval must be between 5 and 1440 minutes."),
    INVALID_FREE_BUSY_VIEW_TYPE("ErrorInvalidFreeBusyViewType", "The requested view None is not a view."),
    NO_FREE_BUSY_ACCESS("ErrorNoFreeBusyAccess", "The requester may not see this calendar."),
    RESULT_SET_TOO_BIG(
            "ErrorResultSetTooBig", "The calendar has more items in the time window than the server returns.");

    private final String responseCode;
    private final String sentence;

    FreeBusyError(String responseCode, String sentence) {
        this.responseCode = responseCode;
        this.sentence = sentence;
    }

    /** The EWS ResponseCode name, e.g. {@code ErrorResultSetTooBig}. */
    public String responseCode() {
        return responseCode;
    }

    public String sentence() {
        return sentence;
    }
}
