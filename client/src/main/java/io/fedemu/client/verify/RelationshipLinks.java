package io.fedemu.client.verify;

import io.fedemu.protocol.federation.FederationInformation;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.RemedyContext;
import io.fedemu.protocol.tenant.FreeBusyRelationshipRule;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import java.util.List;
import java.util.Optional;

/**
 * The relationship links, explained with the very rule each side's tenant decides by
 * ({@link FreeBusyRelationshipRule}, docs/PROTOCOL.md section 4): the requesting side selects by the target's
 * routing domain, the receiving side by the requester's domain. This class only adds what was found and the
 * names a remedy needs; it never decides on its own, so the trace and the journal cannot disagree.
 */
final class RelationshipLinks {
    private RelationshipLinks() {}

    /**
     * @param routingAddress the address the requesting side routes to (a remote mailbox's targetAddress)
     * @param partner        the partner's federation information, or null when it could not be had
     */
    static LinkResult requesting(
            String org,
            List<OrganizationRelationship> relationships,
            String routingAddress,
            String partnerOrg,
            FederationInformation partner) {
        Link link = Link.REQUESTER_RELATIONSHIP;
        String routingDomain = Domains.of(routingAddress);
        Optional<OrganizationRelationship> found = FreeBusyRelationshipRule.forDomain(relationships, routingDomain);
        RemedyContext context = RemedyContext.of(org, partnerOrg, null, routingAddress)
                .withRelationship(found.map(OrganizationRelationship::name).orElse(null))
                .withDetail(partner == null ? null : partner.applicationUri());
        Optional<Reason> refusal = FreeBusyRelationshipRule.requesting(found);
        if (refusal.isPresent()) {
            String detail = found.isEmpty()
                    ? org + " has no organization relationship listing " + routingDomain
                    : found(org, found.get(), refusal.get());
            return LinkResult.broken(link, refusal.get(), detail, context);
        }
        OrganizationRelationship r = found.get();
        // Beyond the tenant's own rule: the tenant cannot know the partner's application URI, the verifier can.
        if (partner != null && !partner.applicationUri().equalsIgnoreCase(r.targetApplicationUri())) {
            return LinkResult.broken(
                    link,
                    Reason.TOKEN_AUDIENCE_MISMATCH,
                    describe(r) + " names TargetApplicationUri " + r.targetApplicationUri() + " but the partner's is "
                            + partner.applicationUri(),
                    context);
        }
        return LinkResult.ok(link, describe(r) + ", TargetApplicationUri " + r.targetApplicationUri());
    }

    /** @param requester the requesting user, whose domain selects the partner's relationship */
    static LinkResult receiving(
            String org, List<OrganizationRelationship> relationships, String requesterOrg, String requester) {
        Link link = Link.PARTNER_RELATIONSHIP;
        String requesterDomain = Domains.of(requester);
        Optional<OrganizationRelationship> found = FreeBusyRelationshipRule.forDomain(relationships, requesterDomain);
        Optional<Reason> refusal = FreeBusyRelationshipRule.receiving(found);
        if (refusal.isPresent()) {
            String detail = found.isEmpty()
                    ? org + " has no organization relationship listing the requester's domain " + requesterDomain
                            + " (its relationships list "
                            + relationships.stream()
                                    .map(r -> r.name() + " " + r.domainNames())
                                    .toList() + ")"
                    : found(org, found.get(), refusal.get());
            return LinkResult.broken(
                    link,
                    refusal.get(),
                    detail,
                    RemedyContext.of(requesterOrg, org, requester, null)
                            .withRelationship(
                                    found.map(OrganizationRelationship::name).orElse(null)));
        }
        return LinkResult.ok(link, describe(found.get()));
    }

    /** What was found, in the words of the tenant's decision. */
    private static String found(String org, OrganizationRelationship r, Reason refusal) {
        return switch (refusal) {
            case RELATIONSHIP_FOR_TARGET_DISABLED, RELATIONSHIP_DISABLED ->
                org + "'s relationship '" + r.name() + "' is disabled";
            case FREE_BUSY_FOR_TARGET_DISABLED, FREE_BUSY_DISABLED ->
                org + "'s relationship '" + r.name() + "' does not enable free/busy access";
            case NO_TARGET_APPLICATION_URI -> describe(r) + " has no TargetApplicationUri";
            case NO_TARGET_ENDPOINT -> describe(r) + " names neither TargetSharingEpr nor TargetAutodiscoverEpr";
            case RELATIONSHIP_LEVEL_NONE -> describe(r) + " grants free/busy level None";
            default -> describe(r) + ": " + refusal.sentence();
        };
    }

    static String describe(OrganizationRelationship r) {
        return "'" + r.name() + "' " + r.domainNames() + ": " + (r.enabled() ? "enabled" : "disabled")
                + ", free/busy "
                + (r.freeBusyAccessEnabled() ? r.freeBusyAccessLevel().wireName() : "off")
                + ", scope " + (r.freeBusyAccessScope() == null ? "everyone" : r.freeBusyAccessScope());
    }
}
