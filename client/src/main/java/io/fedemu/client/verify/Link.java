package io.fedemu.client.verify;

/**
 * The links of the trust chain in the order ARCHITECTURE.md draws one request: what each organization
 * publishes, how the target is routed, the requesting side's relationship, the gateway, the tokens it issues (free/busy, and Autodiscover's) and
 * each side's copy of its metadata, the receiving side's relationship, the target's calendar, and the answer itself.
 */
public enum Link {
    REQUESTER_FEDERATION_INFORMATION("federation information of the requesting organization"),
    PARTNER_FEDERATION_INFORMATION("federation information of the partner organization"),
    TARGET_ROUTING("routing of the target address"),
    REQUESTER_RELATIONSHIP("organization relationship of the requesting side"),
    GATEWAY_METADATA("gateway metadata and signing certificate"),
    TOKEN("delegation token from the gateway"),
    REQUESTER_METADATA_COPY("requesting side's copy of the gateway metadata"),
    PARTNER_METADATA_COPY("partner's copy of the gateway metadata"),
    /** After the partner's copy of the metadata, which checks this token too: a stale copy is named first. */
    AUTODISCOVER_TOKEN("Autodiscover token, validated by the partner's Autodiscover"),
    PARTNER_RELATIONSHIP("organization relationship of the partner"),
    TARGET_MAILBOX("target mailbox at the partner"),
    ANSWER("the free/busy answer");

    private final String title;

    Link(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
