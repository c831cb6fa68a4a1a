package io.fedemu.tenant.faults;

import io.fedemu.protocol.faults.TenantFaults;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /admin/faults}: what is broken on purpose in this organization. PUT replaces the whole set
 * (absent fields mean no fault), DELETE mends everything; both answer the faults now in force.
 */
@Path("/faults")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class FaultsResource {
    private final TenantFaultInjection faults;

    public FaultsResource(TenantFaultInjection faults) {
        this.faults = faults;
    }

    @GET
    public TenantFaults current() {
        return faults.current();
    }

    @PUT
    public TenantFaults replace(TenantFaults requested) {
        return faults.apply(requested == null ? TenantFaults.NONE : requested);
    }

    @DELETE
    public TenantFaults clear() {
        return faults.clear();
    }
}
