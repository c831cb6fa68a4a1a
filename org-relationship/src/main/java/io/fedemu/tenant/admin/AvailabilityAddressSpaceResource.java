package io.fedemu.tenant.admin;

import io.fedemu.protocol.tenant.AvailabilityAddressSpace;
import io.fedemu.protocol.tenant.TenantAdminPaths;
import io.fedemu.tenant.addressspace.AddressSpaceRefusedException;
import io.fedemu.tenant.addressspace.AvailabilityAddressSpaces;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code /availability-address-spaces}: Get-, Add- and Remove-AvailabilityAddressSpace as JSON, one address space
 * named by its forest name. Exchange has no Set- for it either: a change is a remove and an add.
 */
@Path(TenantAdminPaths.AVAILABILITY_ADDRESS_SPACES)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AvailabilityAddressSpaceResource {
    private final AvailabilityAddressSpaces spaces;

    public AvailabilityAddressSpaceResource(AvailabilityAddressSpaces spaces) {
        this.spaces = spaces;
    }

    @GET
    public List<AvailabilityAddressSpace> list() {
        return spaces.list();
    }

    @GET
    @Path("/{forestName}")
    public AvailabilityAddressSpace get(@PathParam("forestName") String forestName) {
        return spaces.get(forestName)
                .orElseThrow(() -> new AdminRefusedException(
                        io.fedemu.protocol.reason.Reason.ADDRESS_SPACE_NOT_FOUND,
                        "no availability address space for '" + forestName + "'"));
    }

    @POST
    public Response add(AvailabilityAddressSpace space, @Context UriInfo uri) {
        AvailabilityAddressSpace added = refusing(() -> spaces.add(space));
        String base = uri.getAbsolutePath().toString().replaceAll("/+$", "");
        return Response.created(URI.create(base + "/" + added.forestName()))
                .entity(added)
                .build();
    }

    @DELETE
    @Path("/{forestName}")
    public Response remove(@PathParam("forestName") String forestName) {
        refusing(() -> {
            spaces.remove(forestName);
            return null;
        });
        return Response.noContent().build();
    }

    /** The store's refusals as the admin API's problem bodies, with their reasons. */
    private static <T> T refusing(Supplier<T> change) {
        try {
            return change.get();
        } catch (AddressSpaceRefusedException e) {
            throw new AdminRefusedException(e.reason(), e.getMessage());
        }
    }
}
