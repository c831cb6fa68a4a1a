package io.fedemu.client.verify;

import io.fedemu.protocol.federation.FederationInformation;
import io.fedemu.protocol.tenant.FreeBusyAccessLevel;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import java.util.List;
import java.util.Optional;

/**
 * The relationship links, judged as each side's tenant judges them (PROTOCOL.md section 4): the requesting
 * side selects by the target's routing domain, the receiving side by the requester's domain. Reasons carry
 * the tenant's names (SelectionOutcome, AccessOutcome) so the trace and the journal agree.
 */
final class RelationshipLinks {
    private RelationshipLinks() {}

    static Optional<OrganizationRelationship> forDomain(List<OrganizationRelationship> relationships, String domain) {
        return relationships.stream()
                .filter(r -> Domains.contains(r.domainNames(), domain))
                .findFirst();
    }

    static LinkResult requesting(
            String org,
            List<OrganizationRelationship> relationships,
            String routingDomain,
            FederationInformation partner) {
        Link link = Link.REQUESTER_RELATIONSHIP;
        Optional<OrganizationRelationship> found = forDomain(relationships, routingDomain);
        if (found.isEmpty()) {
            return LinkResult.broken(
                    link,
                    "NO_RELATIONSHIP",
                    org + " has no organization relationship listing " + routingDomain,
                    "run new-organization-relationship --tenant " + org + " --from-federation-information "
                            + routingDomain);
        }
        OrganizationRelationship r = found.get();
        Optional<LinkResult> common = enabledAndFreeBusy(link, org, r);
        if (common.isPresent()) {
            return common.get();
        }
        if (r.targetApplicationUri() == null) {
            return LinkResult.broken(
                    link,
                    "NO_TARGET_APPLICATION_URI",
                    describe(r) + " has no TargetApplicationUri",
                    set(org, r) + " --target-application-uri "
                            + (partner == null ? "<partner's application URI>" : partner.applicationUri()));
        }
        if (partner != null && !partner.applicationUri().equalsIgnoreCase(r.targetApplicationUri())) {
            return LinkResult.broken(
                    link,
                    "TOKEN_AUDIENCE_MISMATCH",
                    describe(r) + " names TargetApplicationUri " + r.targetApplicationUri() + " but the partner's is "
                            + partner.applicationUri(),
                    set(org, r) + " --target-application-uri " + partner.applicationUri());
        }
        if (r.targetSharingEpr() == null && r.targetAutodiscoverEpr() == null) {
            return LinkResult.broken(
                    link,
                    "NO_TARGET_ENDPOINT",
                    describe(r) + " names neither TargetSharingEpr nor TargetAutodiscoverEpr",
                    set(org, r) + " --target-autodiscover-epr <partner's Autodiscover URL>");
        }
        return LinkResult.ok(link, describe(r) + ", TargetApplicationUri " + r.targetApplicationUri());
    }

    static LinkResult receiving(String org, List<OrganizationRelationship> relationships, String requesterDomain) {
        Link link = Link.PARTNER_RELATIONSHIP;
        Optional<OrganizationRelationship> found = forDomain(relationships, requesterDomain);
        if (found.isEmpty()) {
            return LinkResult.broken(
                    link,
                    "NO_RELATIONSHIP",
                    org + " has no organization relationship listing "
                            + "the requester's domain " + requesterDomain + " (its relationships list "
                            + relationships.stream()
                                    .map(r -> r.name() + " " + r.domainNames())
                                    .toList() + ")",
                    "add " + requesterDomain + " to the DomainNames of " + org + "'s relationship with the requesting "
                            + "organization: run set-organization-relationship --tenant " + org
                            + " --identity NAME --domain-names " + requesterDomain);
        }
        OrganizationRelationship r = found.get();
        Optional<LinkResult> common = enabledAndFreeBusy(link, org, r);
        if (common.isPresent()) {
            return common.get();
        }
        if (r.freeBusyAccessLevel() == FreeBusyAccessLevel.NONE) {
            return LinkResult.broken(
                    link,
                    "RELATIONSHIP_LEVEL_NONE",
                    describe(r) + " grants free/busy level None",
                    set(org, r) + " --free-busy-access-level AvailabilityOnly");
        }
        return LinkResult.ok(link, describe(r));
    }

    private static Optional<LinkResult> enabledAndFreeBusy(Link link, String org, OrganizationRelationship r) {
        if (!r.enabled()) {
            return Optional.of(LinkResult.broken(
                    link,
                    "RELATIONSHIP_DISABLED",
                    org + "'s relationship '" + r.name() + "' is disabled",
                    set(org, r) + " --enabled true"));
        }
        if (!r.freeBusyAccessEnabled()) {
            return Optional.of(LinkResult.broken(
                    link,
                    "FREE_BUSY_DISABLED",
                    org + "'s relationship '" + r.name() + "' does not enable free/busy access",
                    set(org, r) + " --free-busy-access-enabled true"));
        }
        return Optional.empty();
    }

    static String describe(OrganizationRelationship r) {
        return "'" + r.name() + "' " + r.domainNames() + ": " + (r.enabled() ? "enabled" : "disabled")
                + ", free/busy "
                + (r.freeBusyAccessEnabled() ? r.freeBusyAccessLevel().wireName() : "off")
                + ", scope " + (r.freeBusyAccessScope() == null ? "everyone" : r.freeBusyAccessScope());
    }

    private static String set(String org, OrganizationRelationship r) {
        return "run set-organization-relationship --tenant " + org + " --identity '" + r.name() + "'";
    }
}
