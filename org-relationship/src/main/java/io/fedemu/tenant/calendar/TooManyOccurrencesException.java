package io.fedemu.tenant.calendar;

/** An expansion stopped because the items have more occurrences in the window than the caller's limit. */
public final class TooManyOccurrencesException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int limit;

    TooManyOccurrencesException(int limit) {
        super("more than " + limit + " occurrences in the window");
        this.limit = limit;
    }

    /** The most occurrences the caller accepts. */
    public int limit() {
        return limit;
    }
}
