package io.fedemu.client.verify;

import io.fedemu.client.autodiscover.AutodiscoverClient;
import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.client.gateway.GatewayClient;
import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.protocol.federation.FederationInformation;
import io.fedemu.protocol.gateway.GatewayMetadata;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.RemedyContext;
import io.fedemu.protocol.tenant.FederationTrustInfo;
import io.fedemu.protocol.tenant.FreeBusyRelationshipRule;
import io.fedemu.protocol.tenant.MailboxListing;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.TokenTestInfo;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import org.apache.cxf.Bus;

/**
 * Walks the trust chain of one free/busy request from outside, as ARCHITECTURE.md draws it, and reports
 * every link with its reason and remedy: only published endpoints are read (Autodiscover, the gateway's
 * metadata, each tenant's admin API, EWS), so what it sees is what an administrator can see. Every link is
 * checked even after one breaks, because a trainer wants the whole picture.
 */
public final class TrustChainVerifier {
    private final ChainEndpoints endpoints;
    private final SSLContext tls;
    private final Bus bus;
    private final Clock clock;

    public TrustChainVerifier(ChainEndpoints endpoints, SSLContext tls, Bus bus, Clock clock) {
        this.endpoints = endpoints;
        this.tls = tls;
        this.bus = bus;
        this.clock = clock;
    }

    /** Checks the chain for {@code requester} (authenticated with {@code password}) asking for {@code target}. */
    public TrustChainReport verify(String requester, String password, String target) {
        TenantAdminClient requesterAdmin = new TenantAdminClient(endpoints.requesterAdmin(), tls, endpoints.admin());
        TenantAdminClient partnerAdmin = new TenantAdminClient(endpoints.partnerAdmin(), tls, endpoints.admin());
        Attempt<FederationTrustInfo> requesterTrust = Attempt.of(requesterAdmin::federationTrust);
        Attempt<FederationTrustInfo> partnerTrust = Attempt.of(partnerAdmin::federationTrust);
        String requesterOrg = requesterTrust.ok() ? requesterTrust.value().name() : "the requesting organization";
        String partnerOrg = partnerTrust.ok() ? partnerTrust.value().name() : "the partner organization";
        Attempt<FederationInformation> requesterInfo =
                Attempt.of(() -> new AutodiscoverClient(endpoints.requesterAutodiscover(), tls, bus)
                        .getFederationInformation(Domains.of(requester)));
        String partnerDomain =
                partnerTrust.ok() && !partnerTrust.value().federatedDomains().isEmpty()
                        ? partnerTrust.value().federatedDomains().get(0)
                        : Domains.of(target);
        Attempt<FederationInformation> partnerInfo =
                Attempt.of(() -> new AutodiscoverClient(endpoints.partnerAutodiscover(), tls, bus)
                        .getFederationInformation(partnerDomain));
        Attempt<GatewayMetadata> metadata = Attempt.of(() -> new GatewayClient(endpoints.gateway(), tls).metadata());
        Attempt<MailboxListing> requesterMailboxes = Attempt.of(requesterAdmin::mailboxes);
        Attempt<MailboxListing> partnerMailboxes = Attempt.of(partnerAdmin::mailboxes);
        Attempt<List<OrganizationRelationship>> requesterRelationships =
                Attempt.of(requesterAdmin::organizationRelationships);
        Attempt<List<OrganizationRelationship>> partnerRelationships =
                Attempt.of(partnerAdmin::organizationRelationships);

        List<LinkResult> links = new ArrayList<>();
        Attempt<TokenTestInfo> autodiscoverIssued;
        links.add(federationInformation(
                Link.REQUESTER_FEDERATION_INFORMATION, requesterOrg, requesterInfo, requesterTrust));
        links.add(federationInformation(Link.PARTNER_FEDERATION_INFORMATION, partnerOrg, partnerInfo, partnerTrust));
        List<String> partnerDomains = partnerInfo.ok()
                ? partnerInfo.value().domains()
                : partnerTrust.ok() ? partnerTrust.value().federatedDomains() : List.of();
        List<String> requesterDomains =
                requesterTrust.ok() ? requesterTrust.value().federatedDomains() : List.of();
        TargetLinks.Routing routing = requesterMailboxes.ok()
                ? TargetLinks.route(requesterMailboxes.value(), target)
                : new TargetLinks.Routing(target, false);
        links.add(
                requesterMailboxes.ok()
                        ? TargetLinks.routing(
                                requesterOrg,
                                requesterMailboxes.value(),
                                requesterDomains,
                                target,
                                routing,
                                partnerOrg,
                                partnerDomains)
                        : unavailable(Link.TARGET_ROUTING, requesterOrg, requesterMailboxes));
        links.add(
                requesterRelationships.ok()
                        ? RelationshipLinks.requesting(
                                requesterOrg,
                                requesterRelationships.value(),
                                routing.address(),
                                partnerOrg,
                                partnerInfo.value())
                        : unavailable(Link.REQUESTER_RELATIONSHIP, requesterOrg, requesterRelationships));
        if (metadata.ok()) {
            links.add(MetadataLinks.gateway(
                    metadata.value(),
                    List.of(requesterInfo, partnerInfo).stream()
                            .filter(Attempt::ok)
                            .map(Attempt::value)
                            .toList(),
                    clock.instant()));
            links.add(token(requesterAdmin, requesterOrg, partnerInfo, requesterRelationships, routing, requester));
            String audience = audience(partnerInfo, requesterRelationships, routing);
            autodiscoverIssued = audience == null
                    ? new Attempt<>(null, Reason.NO_AUDIENCE, "no application URI to ask a token for")
                    : Attempt.of(() -> requesterAdmin.testToken(audience, requester, Offer.AUTODISCOVER.wireName()));
            links.add(
                    requesterTrust.ok()
                            ? MetadataLinks.copy(
                                    Link.REQUESTER_METADATA_COPY, requesterTrust.value(), metadata.value(), false)
                            : unavailable(Link.REQUESTER_METADATA_COPY, requesterOrg, requesterTrust));
            links.add(
                    partnerTrust.ok()
                            ? MetadataLinks.copy(
                                    Link.PARTNER_METADATA_COPY, partnerTrust.value(), metadata.value(), true)
                            : unavailable(Link.PARTNER_METADATA_COPY, partnerOrg, partnerTrust));
        } else {
            links.add(unavailable(Link.GATEWAY_METADATA, "the gateway", metadata));
            links.add(unavailable(Link.TOKEN, "the gateway", metadata));
            autodiscoverIssued = new Attempt<>(null, metadata.reason(), metadata.failure());
            links.add(unavailable(Link.REQUESTER_METADATA_COPY, "the gateway", metadata));
            links.add(unavailable(Link.PARTNER_METADATA_COPY, "the gateway", metadata));
        }
        links.add(
                partnerRelationships.ok()
                        ? RelationshipLinks.receiving(partnerOrg, partnerRelationships.value(), requesterOrg, requester)
                        : unavailable(Link.PARTNER_RELATIONSHIP, partnerOrg, partnerRelationships));
        links.add(
                partnerMailboxes.ok()
                        ? TargetLinks.mailbox(partnerOrg, partnerMailboxes.value(), routing.address())
                        : unavailable(Link.TARGET_MAILBOX, partnerOrg, partnerMailboxes));
        // When the copies of the metadata and the relationships check out, a token refusal is the gateway's doing.
        boolean partnerCopyCurrent = links.stream().anyMatch(l -> l.link() == Link.PARTNER_METADATA_COPY && l.ok());
        boolean audienceRight = requesterRelationships.ok()
                && partnerInfo.ok()
                && FreeBusyRelationshipRule.forDomain(requesterRelationships.value(), Domains.of(routing.address()))
                        .map(OrganizationRelationship::targetApplicationUri)
                        .filter(uri -> uri.equalsIgnoreCase(partnerInfo.value().applicationUri()))
                        .isPresent();
        String requestId = "verify-" + UUID.randomUUID();
        links.add(answer(
                requester, password, target, requesterOrg, partnerOrg, partnerCopyCurrent, audienceRight, requestId));
        // The Autodiscover token's link, after the partner's metadata copy: judged from the answer's journals.
        List<JournalEntry> journals = new ArrayList<>();
        Attempt.of(() -> requesterAdmin.journal(requestId)).ok(journals::addAll);
        Attempt.of(() -> partnerAdmin.journal(requestId)).ok(journals::addAll);
        links.add(
                links.indexOf(links.stream()
                                .filter(l -> l.link() == Link.PARTNER_METADATA_COPY)
                                .findFirst()
                                .orElseThrow())
                        + 1,
                AutodiscoverTokenLink.judge(
                        requesterOrg,
                        partnerOrg,
                        requesterRelationships.ok()
                                ? FreeBusyRelationshipRule.forDomain(
                                        requesterRelationships.value(), Domains.of(routing.address()))
                                : java.util.Optional.empty(),
                        autodiscoverIssued,
                        journals,
                        requester));
        return new TrustChainReport(requester, target, links);
    }

    private LinkResult answer(
            String requester,
            String password,
            String target,
            String requesterOrg,
            String partnerOrg,
            boolean partnerCopyCurrent,
            boolean audienceRight,
            String requestId) {
        Attempt<AnswerProbe.Answer> answer = Attempt.of(() -> AnswerProbe.ask(
                new AvailabilityClient(bus, endpoints.requesterEws(), tls, Duration.ofSeconds(20)),
                requester,
                password,
                target,
                clock.instant(),
                requestId));
        if (!answer.ok()) {
            return unavailable(Link.ANSWER, requesterOrg, answer);
        }
        AnswerProbe.Answer got = answer.value();
        String detail = got.responseCode() + (got.message().isEmpty() ? "" : ": " + got.message());
        if (got.ok()) {
            return LinkResult.ok(Link.ANSWER, detail);
        }
        if (got.reason() == null) {
            // Not a fedemu answer (or an older one): no reason to explain it by, so say what is known.
            return new LinkResult(
                    Link.ANSWER,
                    false,
                    null,
                    detail,
                    "check that the gateway and " + partnerOrg + " are running and reachable from " + requesterOrg);
        }
        // A token refusal is the gateway's doing when the partner's metadata copy is current (an unpublished key)
        // or when the requesting side asked for the right audience (a wrong one in the token).
        boolean gatewayAtFault = switch (got.reason()) {
            case GATEWAY_KEY_UNKNOWN -> partnerCopyCurrent;
            case TOKEN_AUDIENCE_MISMATCH -> audienceRight;
            default -> false;
        };
        return LinkResult.broken(
                Link.ANSWER,
                got.reason(),
                detail,
                RemedyContext.of(requesterOrg, partnerOrg, requester, target).withGatewayAtFault(gatewayAtFault));
    }

    /** The free/busy token for the audience the requesting tenant would use. */
    private static LinkResult token(
            TenantAdminClient admin,
            String org,
            Attempt<FederationInformation> partnerInfo,
            Attempt<List<OrganizationRelationship>> relationships,
            TargetLinks.Routing routing,
            String requester) {
        String audience = audience(partnerInfo, relationships, routing);
        if (audience == null) {
            return LinkResult.broken(
                    Link.TOKEN,
                    Reason.NO_AUDIENCE,
                    "no application URI to ask a token for",
                    RemedyContext.of(org, null, requester, null));
        }
        String target = audience;
        Attempt<io.fedemu.protocol.tenant.TokenTestInfo> token = Attempt.of(() -> admin.testToken(target, requester));
        return token.ok() ? TokenLink.judge(org, token.value()) : unavailable(Link.TOKEN, org, token);
    }

    /** The audience the requesting tenant would use: its relationship's TargetApplicationUri, else the partner's. */
    private static String audience(
            Attempt<FederationInformation> partnerInfo,
            Attempt<List<OrganizationRelationship>> relationships,
            TargetLinks.Routing routing) {
        String audience = relationships.ok()
                ? FreeBusyRelationshipRule.forDomain(relationships.value(), Domains.of(routing.address()))
                        .map(OrganizationRelationship::targetApplicationUri)
                        .orElse(null)
                : null;
        if (audience == null && partnerInfo.ok()) {
            audience = partnerInfo.value().applicationUri();
        }
        return audience;
    }

    private static LinkResult federationInformation(
            Link link, String org, Attempt<FederationInformation> info, Attempt<FederationTrustInfo> trust) {
        if (!info.ok()) {
            return LinkResult.broken(
                    link,
                    info.reason(),
                    "GetFederationInformation failed: " + info.failure(),
                    RemedyContext.of(org, null, null, null));
        }
        FederationInformation value = info.value();
        String detail = "ApplicationUri " + value.applicationUri() + ", domains " + value.domains() + ", token issuers "
                + value.tokenIssuers().stream().map(issuer -> issuer.uri()).toList();
        if (trust.ok() && !trust.value().applicationUri().equalsIgnoreCase(value.applicationUri())) {
            return LinkResult.broken(
                    link,
                    Reason.APPLICATION_URI_MISMATCH,
                    detail + "; its federation trust says " + trust.value().applicationUri(),
                    RemedyContext.of(org, null, null, null));
        }
        return LinkResult.ok(link, detail);
    }

    private static LinkResult unavailable(Link link, String org, Attempt<?> attempt) {
        return LinkResult.broken(
                link,
                attempt.reason(),
                "could not be checked: " + attempt.failure(),
                RemedyContext.of(org, null, null, null));
    }
}
