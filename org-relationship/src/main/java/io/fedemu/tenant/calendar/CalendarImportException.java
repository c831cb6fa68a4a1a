package io.fedemu.tenant.calendar;

/** An .ics file fedemu cannot turn into calendar items; the message names the file's item and what was wrong. */
public final class CalendarImportException extends RuntimeException {
    public CalendarImportException(String message) {
        super(message);
    }

    public CalendarImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
