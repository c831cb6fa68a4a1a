package io.fedemu.tenant.admin;

/** Why the tenant's admin API refused a request: the HTTP status and a sentence a trainer can read aloud. */
public enum AdminRefusal {
    MAILBOX_NOT_FOUND(404, "No mailbox with this address is hosted by this tenant."),
    EVENT_NOT_FOUND(404, "The mailbox's calendar has no item with this UID."),
    EVENT_INVALID(400, "The calendar item is not valid."),
    CALENDAR_FILE_INVALID(400, "The iCalendar file cannot be imported."),
    REQUEST_INVALID(400, "The request body cannot be read."),
    BODY_TOO_LARGE(413, "The request body is too large."),
    NO_NEXT_CERTIFICATE(409, "No next federation certificate is staged: stage one before publishing."),
    DOMAIN_NOT_FEDERATED(404, "The domain is not one of this organization's federated domains.");

    private final int status;
    private final String sentence;

    AdminRefusal(int status, String sentence) {
        this.status = status;
        this.sentence = sentence;
    }

    public int status() {
        return status;
    }

    public String sentence() {
        return sentence;
    }
}
