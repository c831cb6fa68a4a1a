package io.fedemu.tenant.relationship;

/**
 * Receiving side: what a requester from a partner organization may see of one mailbox, and if nothing, why
 * (PROTOCOL.md section 4). Each carries the EWS ResponseCode the mailbox answers with (section 6) and a sentence
 * a trainer can read aloud.
 */
public enum AccessOutcome {
    GRANTED("NoError", "The organization relationship and the calendar's Default permission let the partner see it."),
    NO_RELATIONSHIP("ErrorNoFreeBusyAccess", "No organization relationship lists the requester's domain."),
    RELATIONSHIP_DISABLED(
            "ErrorNoFreeBusyAccess", "The organization relationship for the requester's domain is disabled."),
    FREE_BUSY_DISABLED(
            "ErrorNoFreeBusyAccess",
            "The organization relationship for the requester's domain does not enable free/busy access."),
    RELATIONSHIP_LEVEL_NONE("ErrorNoFreeBusyAccess", "The organization relationship's free/busy access level is None."),
    OUTSIDE_SCOPE(
            "ErrorNoFreeBusyAccess",
            "The mailbox is not a member of the group the relationship limits free/busy access to."),
    DEFAULT_PERMISSION_NONE(
            "ErrorNoFreeBusyAccess",
            "The mailbox owner set the calendar's Default permission to None, which hides it from partners too.");

    private final String responseCode;
    private final String sentence;

    AccessOutcome(String responseCode, String sentence) {
        this.responseCode = responseCode;
        this.sentence = sentence;
    }

    /** The EWS ResponseCode name (PROTOCOL.md section 6). */
    public String responseCode() {
        return responseCode;
    }

    public String sentence() {
        return sentence;
    }
}
