package io.fedemu.client.verify;

/**
 * The remedy a trainer gives for a failed answer, from its named reason and ResponseCode (PROTOCOL.md
 * section 6). The same reason name can fail on either side (RELATIONSHIP_DISABLED): ErrorNoFreeBusyAccess
 * means the partner refused, the other codes that the requesting side never asked.
 */
final class AnswerRemedies {
    private AnswerRemedies() {}

    /**
     * What the earlier links found: whether the partner's metadata copy already holds the key the gateway
     * publishes, and whether the requesting side asks for the partner's application URI.
     */
    record Context(boolean partnerMetadataCopyCurrent, boolean requestedAudienceRight) {
        static final Context UNKNOWN = new Context(false, false);
    }

    static String remedy(AnswerProbe.Answer answer, String requester, String partner, String target) {
        return remedy(answer, requester, partner, target, Context.UNKNOWN);
    }

    static String remedy(AnswerProbe.Answer answer, String requester, String partner, String target, Context context) {
        boolean partnerSide = "ErrorNoFreeBusyAccess".equals(answer.responseCode());
        String side = partnerSide ? partner : requester;
        String reason = answer.reason() == null ? "" : answer.reason();
        return switch (reason) {
            case "TOKEN_EXPIRED", "TOKEN_NOT_YET_VALID" ->
                "the clocks of " + requester + ", " + partner
                        + " and the gateway are more than 5 minutes apart: set the clock that is off to the right time";
            case "GATEWAY_KEY_UNKNOWN" ->
                context.partnerMetadataCopyCurrent()
                        ? "the gateway signed the token with a key it does not publish (" + partner + "'s copy of the "
                                + "metadata is current): fix the gateway's signing key (get-fault --role gateway)"
                        : partner + " holds a stale copy of the gateway metadata: run "
                                + "set-federation-trust --refresh-metadata on " + partner;
            case "TOKEN_NOT_FOR_OUR_KEY" ->
                partner + " no longer holds the certificate the gateway encrypts to: "
                        + "run set-federation-trust --publish-federation-certificate on " + partner;
            case "TOKEN_AUDIENCE_MISMATCH" ->
                context.requestedAudienceRight()
                        ? "the gateway issued the token for another audience than " + requester + " asked for: fix the "
                                + "gateway (get-fault --role gateway)"
                        : "set TargetApplicationUri of " + requester + "'s relationship to " + partner
                                + "'s application URI (get-federation-information)";
            case "TOKEN_ISSUER_MISMATCH" -> requester + " and " + partner + " must federate with the same gateway";
            case "NO_RELATIONSHIP" ->
                partnerSide
                        ? "add the requester's domain to the DomainNames of " + partner
                                + "'s relationship (set-organization-relationship on " + partner + ")"
                        : "run new-organization-relationship --tenant " + requester + " --from-federation-information "
                                + Domains.of(target);
            case "RELATIONSHIP_DISABLED" -> "run set-organization-relationship --enabled true on " + side;
            case "FREE_BUSY_DISABLED" -> "run set-organization-relationship --free-busy-access-enabled true on " + side;
            case "RELATIONSHIP_LEVEL_NONE" ->
                "run set-organization-relationship --free-busy-access-level " + "AvailabilityOnly on " + partner;
            case "OUTSIDE_SCOPE" ->
                "add " + target + " to the FreeBusyAccessScope group of " + partner
                        + "'s relationship, or clear the scope";
            case "DEFAULT_PERMISSION_NONE" ->
                "the owner of " + target + " must set the calendar's Default "
                        + "permission to at least AvailabilityOnly (FreeBusyTimeOnly)";
            default -> byCode(answer.responseCode(), requester, partner, target);
        };
    }

    private static String byCode(String code, String requester, String partner, String target) {
        return switch (code) {
            case "ErrorAddressSpaceNotFound" ->
                "route " + target + " to a domain " + requester
                        + " has an organization relationship for (targetAddress or relationship DomainNames)";
            case "ErrorAutoDiscoverFailed" ->
                "check TargetAutodiscoverEpr of " + requester + "'s relationship and that " + partner
                        + " answers Autodiscover";
            case "ErrorTimeoutExpired" -> "check that " + partner + " answers within the time budget";
            case "ErrorMailRecipientNotFound" -> "ask for an address that exists";
            default -> "check that the gateway and " + partner + " are running and reachable from " + requester;
        };
    }
}
