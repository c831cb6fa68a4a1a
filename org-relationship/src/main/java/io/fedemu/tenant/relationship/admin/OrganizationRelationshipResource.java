package io.fedemu.tenant.relationship.admin;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import io.fedemu.tenant.relationship.RelationshipRefusedException;
import io.fedemu.tenant.relationship.RelationshipStore;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /organization-relationships}: New-, Set-, Get- and Remove-OrganizationRelationship as JSON.
 * PATCH and PUT both take {@link RelationshipChanges} (only the fields to change), PUT for clients without PATCH.
 */
@Path(RelationshipAdminApi.RELATIONSHIPS_PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class OrganizationRelationshipResource {
    private final RelationshipStore store;

    public OrganizationRelationshipResource(RelationshipStore store) {
        this.store = store;
    }

    @GET
    public List<OrganizationRelationship> list() {
        return store.list();
    }

    @POST
    public Response create(OrganizationRelationship relationship, @Context UriInfo uri) {
        OrganizationRelationship created = store.create(relationship);
        // encoded by hand: UriBuilder would read braces in a name as a template and fail after the commit
        String base = uri.getAbsolutePath().toString().replaceAll("/+$", "");
        URI location = URI.create(base + "/"
                + URLEncoder.encode(created.name(), StandardCharsets.UTF_8).replace("+", "%20"));
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("/{name}")
    public OrganizationRelationship get(@PathParam("name") String name) {
        return store.get(name)
                .orElseThrow(() -> new RelationshipRefusedException(
                        Reason.RELATIONSHIP_UNKNOWN, "no organization relationship named '" + name + "'"));
    }

    @PATCH
    @Path("/{name}")
    public OrganizationRelationship patch(@PathParam("name") String name, RelationshipChanges changes) {
        return store.set(name, changes);
    }

    @PUT
    @Path("/{name}")
    public OrganizationRelationship put(@PathParam("name") String name, RelationshipChanges changes) {
        return store.set(name, changes);
    }

    @DELETE
    @Path("/{name}")
    public Response remove(@PathParam("name") String name) {
        store.remove(name);
        return Response.noContent().build();
    }
}
