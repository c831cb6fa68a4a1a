package io.fedemu.gateway.faults;

import io.fedemu.protocol.faults.GatewayFaults;
import io.fedemu.protocol.gateway.GatewayPaths;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /admin/faults}: what is broken on purpose at the gateway. PUT replaces the whole set (absent
 * fields mean no fault), DELETE mends everything; both answer the faults now in force.
 */
@Path(GatewayPaths.ADMIN + "/faults")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class FaultsResource {
    private final GatewayFaultInjection faults;

    public FaultsResource(GatewayFaultInjection faults) {
        this.faults = faults;
    }

    @GET
    public GatewayFaults current() {
        return faults.current();
    }

    @PUT
    public GatewayFaults replace(GatewayFaults requested) {
        return faults.apply(requested == null ? GatewayFaults.NONE : requested);
    }

    @DELETE
    public GatewayFaults clear() {
        return faults.clear();
    }
}
