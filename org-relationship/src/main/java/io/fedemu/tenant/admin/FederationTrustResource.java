package io.fedemu.tenant.admin;

import io.fedemu.certs.CertificateSlots;
import io.fedemu.certs.Credential;
import io.fedemu.certs.FederatedDomainProof;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.DomainProofInfo;
import io.fedemu.protocol.tenant.FederationTrustInfo;
import io.fedemu.protocol.tenant.TokenTestInfo;
import io.fedemu.tenant.federation.GatewayMetadataCache;
import io.fedemu.tenant.federation.TenantFederationTrust;
import io.fedemu.tenant.federation.TokenRoundTrip;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/**
 * /admin/federation-trust: Get-FederationTrust, Set-FederationTrust (-RefreshMetadata, -Thumbprint
 * for a new next certificate, -PublishFederationCertificate) and Get-FederatedDomainProof. The
 * rollover operations change the gateway too.
 */
@Path("/federation-trust")
@Produces(MediaType.APPLICATION_JSON)
public final class FederationTrustResource {
    private final TenantFederationTrust trust;
    private final GatewayMetadataCache metadata;
    private final TokenRoundTrip roundTrip;

    public FederationTrustResource(
            TenantFederationTrust trust, GatewayMetadataCache metadata, TokenRoundTrip roundTrip) {
        this.trust = trust;
        this.metadata = metadata;
        this.roundTrip = roundTrip;
    }

    @GET
    public FederationTrustInfo get() {
        CertificateSlots<Credential> slots = trust.slots();
        Optional<GatewayMetadataCache.Snapshot> copy = metadata.cached();
        return new FederationTrustInfo(
                trust.name(),
                trust.applicationUri(),
                trust.domains(),
                slots.current().thumbprint(),
                slots.get(io.fedemu.certs.Slot.NEXT).map(Credential::thumbprint).orElse(null),
                slots.get(io.fedemu.certs.Slot.PREVIOUS)
                        .map(Credential::thumbprint)
                        .orElse(null),
                copy.map(snapshot -> snapshot.metadata().issuer()).orElse(null),
                copy.map(GatewayMetadataCache.Snapshot::fetchedAt).orElse(null),
                copy.map(snapshot -> snapshot.signingCertificates().stream()
                                .map(io.fedemu.certs.Thumbprints::sha1)
                                .toList())
                        .orElse(null));
    }

    @POST
    @Path("/refresh-metadata")
    public FederationTrustInfo refreshMetadata() {
        metadata.refresh();
        return get();
    }

    @POST
    @Path("/next-certificate")
    public FederationTrustInfo stageNextCertificate() {
        trust.stageNextCertificate();
        return get();
    }

    @POST
    @Path("/publish")
    public FederationTrustInfo publish() {
        if (trust.slots().next() == null) {
            throw new AdminRefusedException(
                    Reason.NO_NEXT_CERTIFICATE,
                    "organization " + trust.name()
                            + " has no next certificate: POST /admin/federation-trust/next-certificate first");
        }
        trust.publishCertificate();
        return get();
    }

    /**
     * Test-FederationTrust's token request and validation, and Test-OrganizationRelationship's "a token is
     * obtainable": without {@code audience} a round trip to this organization's own application URI; {@code offer}
     * (default MSExchange.SharingCalendarFreeBusy) names another offer, such as MSExchange.Autodiscover.
     */
    @POST
    @Path("/test-token")
    public TokenTestInfo testToken(
            @QueryParam("audience") String audience,
            @QueryParam("user") String user,
            @QueryParam("offer") String offer) {
        if (offer == null || offer.isBlank()) {
            return roundTrip.run(audience, user);
        }
        // The Autodiscover token is its own link of the chain (PROTOCOL.md section 14): the verifier asks for it here.
        Offer named = Offer.fromWireName(offer.trim())
                .orElseThrow(() -> new AdminRefusedException(
                        Reason.REQUEST_INVALID,
                        "offer must be one of "
                                + java.util.Arrays.stream(Offer.values())
                                        .map(Offer::wireName)
                                        .toList()));
        return roundTrip.run(audience, user, named);
    }

    @GET
    @Path("/domain-proof/{domain}")
    public DomainProofInfo domainProof(@PathParam("domain") String domain) {
        if (trust.domains().stream().noneMatch(d -> d.equalsIgnoreCase(FederatedDomainProof.canonical(domain)))) {
            throw new AdminRefusedException(Reason.DOMAIN_NOT_FEDERATED, domain + " is not among " + trust.domains());
        }
        FederatedDomainProof proof = trust.domainProof(domain);
        return new DomainProofInfo(proof.domain(), proof.proof(), proof.txtRecord());
    }
}
