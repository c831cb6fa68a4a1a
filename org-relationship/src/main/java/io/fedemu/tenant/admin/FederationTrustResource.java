package io.fedemu.tenant.admin;

import io.fedemu.certs.CertificateSlots;
import io.fedemu.certs.Credential;
import io.fedemu.certs.FederatedDomainProof;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.DomainProofInfo;
import io.fedemu.protocol.tenant.FederatedDomainRequest;
import io.fedemu.protocol.tenant.FederationTrustInfo;
import io.fedemu.protocol.tenant.TenantAdminPaths;
import io.fedemu.protocol.tenant.TokenTestInfo;
import io.fedemu.tenant.federation.GatewayMetadataCache;
import io.fedemu.tenant.federation.TenantFederationTrust;
import io.fedemu.tenant.federation.TokenRoundTrip;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * /admin/federation-trust: Get-FederationTrust, New-FederationTrust, Add- and Remove-FederatedDomain (issue 17),
 * Set-FederationTrust (-RefreshMetadata, -Thumbprint for a new next certificate, -PublishFederationCertificate) and
 * Get-FederatedDomainProof. The rollover operations change the gateway too. Without a trust yet, every path but
 * New-FederationTrust is {@link Reason#FEDERATION_TRUST_NOT_FOUND}.
 */
@Path(TenantAdminPaths.FEDERATION_TRUST)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class FederationTrustResource {
    private final FederationTrustAdministration tenant;

    /** @param tenant the running organization (asked per request: the trust may be made while it runs) */
    public FederationTrustResource(FederationTrustAdministration tenant) {
        this.tenant = tenant;
    }

    private FederationTrustAdministration.Trust federation() {
        return tenant.trust()
                .orElseThrow(() -> new AdminRefusedException(
                        Reason.FEDERATION_TRUST_NOT_FOUND,
                        "No federation trust is configured for organization " + tenant.organization()
                                + ": run new-federation-trust first"));
    }

    /** New-FederationTrust: 201 with the trust, no domain yet. */
    @POST
    public Response create() {
        tenant.newFederationTrust();
        return Response.status(Response.Status.CREATED).entity(get()).build();
    }

    /** Add-FederatedDomain -DomainName (the first: Set-FederatedOrganizationIdentifier -AccountNamespace). */
    @POST
    @Path("/domains")
    public FederationTrustInfo addDomain(FederatedDomainRequest request) {
        if (request == null
                || request.domainName() == null
                || request.domainName().isBlank()) {
            throw new AdminRefusedException(Reason.DOMAIN_MALFORMED, "DomainName: the request names no domainName");
        }
        tenant.addFederatedDomain(request.domainName());
        return get();
    }

    /** Remove-FederatedDomain -DomainName. */
    @DELETE
    @Path("/domains/{domain}")
    public FederationTrustInfo removeDomain(@PathParam("domain") String domain) {
        tenant.removeFederatedDomain(domain);
        return get();
    }

    @GET
    public FederationTrustInfo get() {
        FederationTrustAdministration.Trust federation = federation();
        TenantFederationTrust trust = federation.trust();
        GatewayMetadataCache metadata = federation.metadata();
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
        federation().metadata().refresh();
        return get();
    }

    @POST
    @Path("/next-certificate")
    public FederationTrustInfo stageNextCertificate() {
        federation().trust().stageNextCertificate();
        return get();
    }

    @POST
    @Path("/publish")
    public FederationTrustInfo publish() {
        TenantFederationTrust trust = federation().trust();
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
        FederationTrustAdministration.Trust federation = federation();
        TokenRoundTrip roundTrip = new TokenRoundTrip(federation.trust(), federation.gateway(), federation.validator());
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
        TenantFederationTrust trust = federation().trust();
        // Get-FederatedDomainProof comes before Add-FederatedDomain: an accepted domain not yet federated has one too.
        boolean accepted = tenant.accepts(domain);
        if (!accepted
                && trust.domains().stream()
                        .noneMatch(d -> d.equalsIgnoreCase(FederatedDomainProof.canonical(domain)))) {
            throw new AdminRefusedException(Reason.DOMAIN_NOT_FEDERATED, domain + " is not among " + trust.domains());
        }
        FederatedDomainProof proof = trust.domainProof(domain);
        return new DomainProofInfo(proof.domain(), proof.proof(), proof.txtRecord());
    }
}
