package io.fedemu.tenant.transport.admin;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.TenantAdminPaths;
import io.fedemu.tenant.admin.AdminRefusedException;
import io.fedemu.tenant.transport.ConnectorSettingRefused;
import io.fedemu.tenant.transport.MailAdministration;
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
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * {@code /admin/mail}: Get- and Set-ReceiveConnector, -SendConnector, -InboundConnector, -OutboundConnector and
 * -TransportConfig as JSON. A PUT carries only the parameters to change ({@code {"requireTls": false}}) and answers
 * the connector as it is now; a refused one is a 400 problem naming the field and changes nothing. The mail
 * transport starts after the tenant, so it is attached later; until then (or for an organization in no hybrid
 * pair) every path is {@link Reason#MAIL_CONNECTOR_NOT_FOUND}.
 */
@Path(TenantAdminPaths.MAIL)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class MailConnectorsResource {
    private final String organization;
    private final AtomicReference<MailAdministration> administration = new AtomicReference<>();

    public MailConnectorsResource(String organization) {
        this.organization = organization;
    }

    /** The transport's cmdlets for this organization, once its hybrid pair runs. */
    public void attach(MailAdministration value) {
        administration.set(value);
    }

    /** The transport's cmdlets for this organization, if its hybrid pair runs (issue 17: for in-process callers). */
    public java.util.Optional<MailAdministration> administration() {
        return java.util.Optional.ofNullable(administration.get());
    }

    @GET
    @Path("/transport-config")
    public Map<String, Object> transportConfig() {
        return refusing(MailAdministration::transportConfig);
    }

    @PUT
    @Path("/transport-config")
    public Map<String, Object> setTransportConfig(Map<String, Object> changes) {
        return refusing(a -> a.setTransportConfig(changes));
    }

    /** Get-ExchangeCertificate -Services SMTP (issue 17): what the wizard checks TlsCertificateName against. */
    @GET
    @Path("/certificates")
    public List<Map<String, Object>> certificates() {
        return refusing(MailAdministration::certificates);
    }

    @GET
    @Path("/{kind}")
    public List<Map<String, Object>> list(@PathParam("kind") String kind) {
        return refusing(a -> a.list(kind));
    }

    @GET
    @Path("/{kind}/{identity}")
    public Map<String, Object> get(@PathParam("kind") String kind, @PathParam("identity") String identity) {
        return refusing(a -> a.get(kind, identity));
    }

    @PUT
    @Path("/{kind}/{identity}")
    public Map<String, Object> set(
            @PathParam("kind") String kind, @PathParam("identity") String identity, Map<String, Object> changes) {
        return refusing(a -> a.set(kind, identity, changes));
    }

    /** New-SendConnector, New-InboundConnector, New-OutboundConnector (issue 17): 201 with the connector. */
    @POST
    @Path("/{kind}")
    public Response create(@PathParam("kind") String kind, Map<String, Object> settings) {
        return Response.status(Response.Status.CREATED)
                .entity(refusing(a -> a.create(kind, settings)))
                .build();
    }

    /** Remove-SendConnector, Remove-InboundConnector, Remove-OutboundConnector (issue 17). */
    @DELETE
    @Path("/{kind}/{identity}")
    public Response remove(@PathParam("kind") String kind, @PathParam("identity") String identity) {
        refusing(a -> {
            a.remove(kind, identity);
            return null;
        });
        return Response.noContent().build();
    }

    private <T> T refusing(Function<MailAdministration, T> call) {
        MailAdministration a = administration.get();
        if (a == null) {
            throw new AdminRefusedException(
                    Reason.MAIL_CONNECTOR_NOT_FOUND,
                    organization + " has no mail connectors: it is no side of a hybrid pair (an on-premises "
                            + "organization whose remote mailboxes point at a cloud one)");
        }
        try {
            return call.apply(a);
        } catch (ConnectorSettingRefused e) {
            throw new AdminRefusedException(e.reason(), e.getMessage());
        }
    }
}
