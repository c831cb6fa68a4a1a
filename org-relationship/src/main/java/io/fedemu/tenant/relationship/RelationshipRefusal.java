package io.fedemu.tenant.relationship;

/**
 * Why the tenant refused a change to its organization relationships: one reason per rule, with the HTTP
 * status of its problem body and a sentence a trainer can read aloud (PROTOCOL.md section 4).
 */
public enum RelationshipRefusal {
    REQUEST_INVALID(400, "The request is missing a body or has a malformed field."),
    RELATIONSHIP_UNKNOWN(404, "No organization relationship has this name."),
    NAME_REQUIRED(400, "An organization relationship needs a name."),
    NAME_TOO_LONG(400, "An organization relationship's name has at most 64 characters."),
    NAME_MALFORMED(400, "An organization relationship's name cannot contain '/', '\\' or control characters."),
    NAME_TAKEN(409, "Another organization relationship already has this name."),
    DOMAIN_REQUIRED(400, "An organization relationship needs at least one domain."),
    DOMAIN_MALFORMED(400, "A domain name of the relationship is not a valid DNS name."),
    DOMAIN_IN_ANOTHER_RELATIONSHIP(409, "A domain can belong to only one organization relationship."),
    TARGET_APPLICATION_URI_MALFORMED(
            400, "The target application URI must be a name without spaces, such as FYDIBOHF25SPDLT.contoso.com."),
    TARGET_AUTODISCOVER_EPR_MALFORMED(400, "The target Autodiscover endpoint must be an absolute http or https URL."),
    TARGET_SHARING_EPR_MALFORMED(400, "The target sharing endpoint must be an absolute http or https URL."),
    TARGET_OWA_URL_MALFORMED(400, "The target Outlook on the web URL must be an absolute http or https URL."),
    ORGANIZATION_CONTACT_MALFORMED(400, "The organization contact must be an SMTP address.");

    private final int status;
    private final String sentence;

    RelationshipRefusal(int status, String sentence) {
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
