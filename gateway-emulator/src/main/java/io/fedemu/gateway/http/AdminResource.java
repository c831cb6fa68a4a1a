package io.fedemu.gateway.http;

import io.fedemu.certs.AdjustableClock;
import io.fedemu.certs.PemFiles;
import io.fedemu.certs.Thumbprints;
import io.fedemu.gateway.federation.FederationTrust;
import io.fedemu.gateway.federation.OrganizationRegistry;
import io.fedemu.gateway.federation.RegistryRefusedException;
import io.fedemu.gateway.metadata.MetadataDocuments;
import io.fedemu.gateway.metadata.SigningKeys;
import io.fedemu.protocol.gateway.CertificateInfo;
import io.fedemu.protocol.gateway.CertificateSubmission;
import io.fedemu.protocol.gateway.ClockOffset;
import io.fedemu.protocol.gateway.DomainProofSubmission;
import io.fedemu.protocol.gateway.GatewayMetadata;
import io.fedemu.protocol.gateway.GatewayPaths;
import io.fedemu.protocol.gateway.OrganizationInfo;
import io.fedemu.protocol.gateway.OrganizationRegistration;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.runtime.faults.FaultLimits;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

/**
 * The gateway's admin API: federation trusts (New-/Set-/Remove-FederationTrust as the gateway sees
 * them), signing-key rotation and the clock offset. JSON in and out; refusals are problem bodies.
 */
@Path(GatewayPaths.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AdminResource {
    private final OrganizationRegistry registry;
    private final SigningKeys signingKeys;
    private final MetadataDocuments documents;
    private final AdjustableClock clock;

    public AdminResource(
            OrganizationRegistry registry,
            SigningKeys signingKeys,
            MetadataDocuments documents,
            AdjustableClock clock) {
        this.registry = registry;
        this.signingKeys = signingKeys;
        this.documents = documents;
        this.clock = clock;
    }

    @GET
    @Path("/organizations")
    public List<OrganizationInfo> organizations() {
        return registry.all().stream().map(AdminResource::info).toList();
    }

    @POST
    @Path("/organizations")
    public Response register(OrganizationRegistration registration) {
        FederationTrust trust = registry.register(registration);
        return Response.status(Response.Status.CREATED).entity(info(trust)).build();
    }

    @GET
    @Path("/organizations/{name}")
    public OrganizationInfo organization(@PathParam("name") String name) {
        return info(registry.find(name)
                .orElseThrow(() -> new RegistryRefusedException(
                        Reason.FEDERATION_TRUST_NOT_FOUND, "no federation trust for organization '" + name + "'")));
    }

    @DELETE
    @Path("/organizations/{name}")
    public Response remove(@PathParam("name") String name) {
        registry.remove(name);
        return Response.noContent().build();
    }

    @POST
    @Path("/organizations/{name}/domains")
    public OrganizationInfo proveDomain(@PathParam("name") String name, DomainProofSubmission submission) {
        return info(registry.proveDomain(name, submission));
    }

    /** Remove-FederatedDomain (issue 17). */
    @DELETE
    @Path("/organizations/{name}/domains/{domain}")
    public OrganizationInfo removeDomain(@PathParam("name") String name, @PathParam("domain") String domain) {
        return info(registry.removeDomain(name, domain));
    }

    @PUT
    @Path("/organizations/{name}/certificates/next")
    public OrganizationInfo stageNext(@PathParam("name") String name, CertificateSubmission submission) {
        return info(registry.stageNextCertificate(name, submission == null ? null : submission.certificate()));
    }

    @POST
    @Path("/organizations/{name}/certificates/publish")
    public OrganizationInfo publish(@PathParam("name") String name) {
        return info(registry.publishCertificate(name));
    }

    @POST
    @Path("/organizations/{name}/enable")
    public OrganizationInfo enable(@PathParam("name") String name) {
        return info(registry.setEnabled(name, true));
    }

    @POST
    @Path("/organizations/{name}/disable")
    public OrganizationInfo disable(@PathParam("name") String name) {
        return info(registry.setEnabled(name, false));
    }

    @POST
    @Path("/signing-key/rotate")
    public GatewayMetadata rotateSigningKey() {
        signingKeys.rotate();
        return documents.metadata();
    }

    @DELETE
    @Path("/signing-key/previous")
    public GatewayMetadata dropPreviousSigningKey() {
        signingKeys.dropPrevious();
        return documents.metadata();
    }

    @GET
    @Path("/clock")
    public ClockOffset clockOffset() {
        return new ClockOffset(clock.offset().toSeconds(), clock.instant());
    }

    @PUT
    @Path("/clock")
    public ClockOffset setClockOffset(ClockOffset offset) {
        if (offset == null) {
            throw new RegistryRefusedException(Reason.REQUEST_INVALID, "offsetSeconds is missing");
        }
        // The same bound as the clock fault: both move the one clock, so neither may park it years away.
        FaultLimits.checkClockOffset("offsetSeconds", offset.offsetSeconds());
        clock.setOffset(Duration.ofSeconds(offset.offsetSeconds()));
        return clockOffset();
    }

    static OrganizationInfo info(FederationTrust trust) {
        return new OrganizationInfo(
                trust.name(),
                trust.kind(),
                trust.applicationUri(),
                trust.applicationIdentifier(),
                trust.enabled(),
                List.copyOf(trust.domains()),
                certificate(trust.certificates().current()),
                certificate(trust.certificates().next()),
                certificate(trust.certificates().previous()),
                trust.previousAcceptedUntil());
    }

    private static CertificateInfo certificate(X509Certificate certificate) {
        if (certificate == null) {
            return null;
        }
        return new CertificateInfo(
                Thumbprints.sha1(certificate),
                Thumbprints.x5tS256(certificate),
                certificate.getSubjectX500Principal().getName(),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(),
                PemFiles.encode(List.of(certificate)));
    }
}
