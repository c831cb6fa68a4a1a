package io.fedemu.tenant.relationship;

/**
 * Requesting side: whether this tenant may ask a partner for a target's free/busy, and if not, why
 * (PROTOCOL.md section 4). Each carries the EWS ResponseCode the target mailbox gets (section 6) and a
 * sentence a trainer can read aloud.
 */
public enum SelectionOutcome {
    SELECTED("NoError", "An enabled organization relationship with free/busy access covers the target's domain."),
    NO_RELATIONSHIP("ErrorAddressSpaceNotFound", "No organization relationship lists the target's domain."),
    RELATIONSHIP_DISABLED(
            "ErrorInvalidOrganizationRelationshipForFreeBusy",
            "The organization relationship for the target's domain is disabled."),
    FREE_BUSY_DISABLED(
            "ErrorInvalidOrganizationRelationshipForFreeBusy",
            "The organization relationship for the target's domain does not enable free/busy access."),
    NO_TARGET_APPLICATION_URI(
            "ErrorInvalidOrganizationRelationshipForFreeBusy",
            "The organization relationship has no target application URI, so no token can be requested for the partner."),
    NO_TARGET_ENDPOINT(
            "ErrorInvalidOrganizationRelationshipForFreeBusy",
            "The organization relationship names neither a target sharing endpoint nor a target Autodiscover endpoint.");

    private final String responseCode;
    private final String sentence;

    SelectionOutcome(String responseCode, String sentence) {
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
