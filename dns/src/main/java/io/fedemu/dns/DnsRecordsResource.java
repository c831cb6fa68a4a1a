package io.fedemu.dns;

import io.fedemu.protocol.dns.DnsPaths;
import io.fedemu.protocol.dns.DnsRecordInfo;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.runtime.problem.ProblemMappers;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * {@code /admin/dns/records}: Get-, Add- and Remove-DnsServerResourceRecord of the emulated DNS. It is mounted on
 * an existing role's admin API (the gateway's), behind that role's AdminGuard (token, Host, Origin, JSON bodies).
 * Each refusal is a problem naming the field, and nothing changed.
 */
@Path(DnsPaths.RECORDS)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class DnsRecordsResource {
    private final Supplier<DnsZones> zones;

    DnsRecordsResource(Supplier<DnsZones> zones) {
        this.zones = zones;
    }

    @GET
    public Response records(@QueryParam("name") String name, @QueryParam("type") String type) {
        return answer(() -> Response.ok(zones.get().records(name, type)).build());
    }

    @POST
    public Response add(DnsRecordInfo record) {
        return answer(() -> Response.status(Response.Status.CREATED)
                .entity(RecordValues.toInfo(zones.get().addAndKeep(record)))
                .build());
    }

    @DELETE
    public Response remove(
            @QueryParam("name") String name, @QueryParam("type") String type, @QueryParam("value") String value) {
        return answer(() -> {
            if (name == null || type == null) {
                return ProblemMappers.problem(
                        Reason.REQUEST_INVALID, "name and type are required: ?name=<name>&type=<type>[&value=<value>]");
            }
            zones.get().remove(name, type, value);
            return Response.noContent().build();
        });
    }

    private static Response answer(Supplier<Response> action) {
        try {
            return action.get();
        } catch (DnsRefusedException e) {
            return ProblemMappers.problem(e.reason(), e.getMessage());
        }
    }
}
