package io.fedemu.client.diagnostics;

import io.fedemu.protocol.federation.FederationInformation;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.FreeBusyAccessLevel;
import io.fedemu.protocol.tenant.FreeBusyRelationshipRule;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The comparisons of Test-OrganizationRelationship, one result each. */
final class RelationshipJudgement {
    private RelationshipJudgement() {}

    static TestResult configuration(String org, OrganizationRelationship r) {
        String id = "OrganizationRelationship";
        // The tenant's own rule decides; the other parts of it (URI, endpoint) are their own tests below.
        Optional<Reason> refusal = FreeBusyRelationshipRule.requesting(Optional.of(r));
        if (refusal.isPresent()
                && (refusal.get() == Reason.RELATIONSHIP_FOR_TARGET_DISABLED
                        || refusal.get() == Reason.FREE_BUSY_FOR_TARGET_DISABLED)) {
            return TestResult.error(
                    id,
                    org + "'s relationship '" + r.name() + "' "
                            + (refusal.get() == Reason.RELATIONSHIP_FOR_TARGET_DISABLED
                                    ? "is disabled."
                                    : "does not enable free/busy access."));
        }
        return TestResult.success(
                id,
                org + "'s relationship '" + r.name() + "' for " + r.domainNames() + " is enabled with free/busy "
                        + r.freeBusyAccessLevel().wireName() + ".");
    }

    static TestResult applicationUri(OrganizationRelationship r, FederationInformation partner) {
        String id = "ApplicationUri";
        if (r.targetApplicationUri() == null || !r.targetApplicationUri().equalsIgnoreCase(partner.applicationUri())) {
            return TestResult.error(
                    id,
                    "TargetApplicationUri is " + r.targetApplicationUri() + " but the partner's application URI is "
                            + partner.applicationUri() + ".");
        }
        return TestResult.success(
                id, "TargetApplicationUri " + r.targetApplicationUri() + " matches the partner's application URI.");
    }

    static TestResult autodiscoverUrl(OrganizationRelationship r, URI partnerAutodiscover) {
        String id = "AutodiscoverUrl";
        if (r.targetAutodiscoverEpr() == null) {
            return r.targetSharingEpr() != null
                    ? TestResult.success(
                            id,
                            "TargetSharingEpr " + r.targetSharingEpr() + " is set, so Autodiscover " + "is not used.")
                    : TestResult.error(id, "Neither TargetAutodiscoverEpr nor TargetSharingEpr is set.");
        }
        if (!sameEndpoint(URI.create(r.targetAutodiscoverEpr()), partnerAutodiscover)) {
            return TestResult.error(
                    id,
                    "TargetAutodiscoverEpr is " + r.targetAutodiscoverEpr() + " but the partner's Autodiscover is "
                            + partnerAutodiscover + ".");
        }
        return TestResult.success(
                id, "TargetAutodiscoverEpr " + r.targetAutodiscoverEpr() + " is the partner's Autodiscover.");
    }

    static TestResult domainNames(OrganizationRelationship r, FederationInformation partner) {
        String id = "DomainNames";
        List<String> missing = partner.domains().stream()
                .filter(d -> !contains(r.domainNames(), d))
                .toList();
        if (missing.size() == partner.domains().size()) {
            return TestResult.error(
                    id,
                    "DomainNames " + r.domainNames() + " list none of the partner's federated " + "domains "
                            + partner.domains() + ".");
        }
        if (!missing.isEmpty()) {
            return TestResult.warning(
                    id, "DomainNames " + r.domainNames() + " miss the partner's domains " + missing + ".");
        }
        return TestResult.success(id, "DomainNames list the partner's federated domains " + partner.domains() + ".");
    }

    static Optional<OrganizationRelationship> listing(List<OrganizationRelationship> theirs, List<String> ours) {
        return theirs.stream()
                .filter(r -> ours.stream().anyMatch(d -> contains(r.domainNames(), d)))
                .findFirst();
    }

    static TestResult partnerRelationship(Optional<OrganizationRelationship> back, List<String> ours) {
        String id = "PartnerRelationship";
        if (back.isEmpty()) {
            return TestResult.error(
                    id,
                    "The partner has no organization relationship listing our federated " + "domains " + ours + ".");
        }
        OrganizationRelationship r = back.get();
        List<String> missing =
                ours.stream().filter(d -> !contains(r.domainNames(), d)).toList();
        Optional<Reason> refusal = FreeBusyRelationshipRule.receiving(back);
        if (refusal.isPresent() && refusal.get() != Reason.RELATIONSHIP_LEVEL_NONE) {
            return TestResult.error(
                    id,
                    "The partner's relationship '" + r.name() + "' is "
                            + (refusal.get() == Reason.RELATIONSHIP_DISABLED ? "disabled" : "without free/busy access")
                            + ".");
        }
        if (!missing.isEmpty()) {
            return TestResult.warning(
                    id, "The partner's relationship '" + r.name() + "' misses our domains " + missing + ".");
        }
        return TestResult.success(
                id, "The partner's relationship '" + r.name() + "' lists our federated domains " + ours + ".");
    }

    static TestResult accessLevels(OrganizationRelationship ours, OrganizationRelationship theirs) {
        String id = "AccessLevels";
        FreeBusyAccessLevel granted = ours.freeBusyAccessLevel();
        FreeBusyAccessLevel received = theirs.freeBusyAccessLevel();
        String both = "We grant " + granted.wireName() + "; the partner grants us " + received.wireName() + ".";
        if (received == FreeBusyAccessLevel.NONE) {
            return TestResult.error(id, both + " The partner's calendars stay hidden.");
        }
        return granted == received
                ? TestResult.success(id, both)
                : TestResult.warning(id, both + " The levels differ.");
    }

    private static boolean contains(List<String> domains, String domain) {
        return domains.stream().anyMatch(d -> d != null && d.equalsIgnoreCase(domain));
    }

    /** Loopback names are one host: a scenario writes localhost where a tenant reports 127.0.0.1. */
    private static boolean sameEndpoint(URI a, URI b) {
        return a.getPort() == b.getPort()
                && a.getPath().equalsIgnoreCase(b.getPath())
                && host(a).equals(host(b))
                && a.getScheme().equalsIgnoreCase(b.getScheme());
    }

    private static String host(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]") ? "loopback" : host;
    }
}
