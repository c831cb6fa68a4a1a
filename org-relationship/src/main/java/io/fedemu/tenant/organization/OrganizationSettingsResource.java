package io.fedemu.tenant.organization;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.AcceptedDomainInfo;
import io.fedemu.protocol.tenant.EmailAddressPolicyInfo;
import io.fedemu.protocol.tenant.TenantAdminPaths;
import io.fedemu.protocol.tenant.WebServicesVirtualDirectoryInfo;
import io.fedemu.tenant.admin.AdminRefusedException;
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
import java.util.List;

/**
 * The admin API of the organization's building blocks (issue 17): {@code /accepted-domains} (Get-, New-,
 * Remove-AcceptedDomain), {@code /email-address-policies} (Get-, Set-EmailAddressPolicy) and {@code
 * /servers/{name}/ews-virtual-directory} (Get-, Set-WebServicesVirtualDirectory). A refusal is a 4xx problem naming the
 * parameter, and changes nothing.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class OrganizationSettingsResource {
    private OrganizationSettingsResource() {}

    /** The three resources over {@code settings}. */
    public static List<Object> resources(OrganizationSettings settings) {
        return List.of(
                new AcceptedDomainResource(settings.acceptedDomains()),
                new EmailAddressPolicyResource(settings.emailAddressPolicies()),
                new WebServicesVirtualDirectoryResource(settings.webServicesVirtualDirectories()));
    }

    /** {@code /accepted-domains}. */
    @Path(TenantAdminPaths.ACCEPTED_DOMAINS)
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static final class AcceptedDomainResource {
        private final AcceptedDomains domains;

        AcceptedDomainResource(AcceptedDomains domains) {
            this.domains = domains;
        }

        @GET
        public List<AcceptedDomainInfo> list() {
            return domains.list();
        }

        @GET
        @Path("/{identity}")
        public AcceptedDomainInfo get(@PathParam("identity") String identity) {
            return domains.get(identity)
                    .orElseThrow(() -> new AdminRefusedException(
                            Reason.ACCEPTED_DOMAIN_NOT_FOUND,
                            "Identity: no accepted domain '" + identity + "'; get-accepted-domain lists them"));
        }

        @POST
        public Response create(AcceptedDomainInfo domain) {
            return Response.status(Response.Status.CREATED)
                    .entity(domains.add(domain))
                    .build();
        }

        @DELETE
        @Path("/{identity}")
        public Response remove(@PathParam("identity") String identity) {
            domains.remove(identity);
            return Response.noContent().build();
        }
    }

    /** {@code /email-address-policies}. */
    @Path(TenantAdminPaths.EMAIL_ADDRESS_POLICIES)
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static final class EmailAddressPolicyResource {
        private final EmailAddressPolicies policies;

        EmailAddressPolicyResource(EmailAddressPolicies policies) {
            this.policies = policies;
        }

        @GET
        public List<EmailAddressPolicyInfo> list() {
            return policies.list();
        }

        @GET
        @Path("/{name}")
        public EmailAddressPolicyInfo get(@PathParam("name") String name) {
            return policies.get(name)
                    .orElseThrow(() -> new AdminRefusedException(
                            Reason.EMAIL_ADDRESS_POLICY_NOT_FOUND,
                            "Identity: no email address policy '" + name + "'; get-email-address-policy lists them"));
        }

        /** Only {@code enabledEmailAddressTemplates} is read: the whole list, as the cmdlet's parameter takes it. */
        @PUT
        @Path("/{name}")
        public EmailAddressPolicyInfo set(@PathParam("name") String name, EmailAddressPolicyInfo changes) {
            return policies.set(name, changes == null ? null : changes.enabledEmailAddressTemplates());
        }
    }

    /** {@code /servers/{name}/ews-virtual-directory}. */
    @Path(TenantAdminPaths.SERVERS + "/{server}/ews-virtual-directory")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static final class WebServicesVirtualDirectoryResource {
        private final WebServicesVirtualDirectories directories;

        WebServicesVirtualDirectoryResource(WebServicesVirtualDirectories directories) {
            this.directories = directories;
        }

        @GET
        public WebServicesVirtualDirectoryInfo get(@PathParam("server") String server) {
            return directories.get(server);
        }

        /** Only {@code externalUrl} ({@code ""}: $null) and {@code mrsProxyEnabled} are read; absent keeps them. */
        @PUT
        public WebServicesVirtualDirectoryInfo set(
                @PathParam("server") String server, WebServicesVirtualDirectoryInfo changes) {
            if (changes == null) {
                throw new AdminRefusedException(Reason.REQUEST_INVALID, "the request has no body");
            }
            return directories.set(server, changes.externalUrl(), changes.mrsProxyEnabled());
        }
    }
}
