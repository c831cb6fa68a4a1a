package io.fedemu.tenant.relationship.admin;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import io.fedemu.client.Json;
import io.fedemu.runtime.problem.ProblemMappers;
import io.fedemu.tenant.relationship.RelationshipStore;
import java.util.List;

/**
 * What to mount for the organization-relationship admin API, e.g.
 * {@code server.publishRest(RelationshipAdminApi.MOUNT_PATH, resources(store), providers())}; the paths
 * are then {@code /admin/organization-relationships} and {@code /admin/organization-relationships/{name}}.
 * The resources can share one mount with other admin resources, as long as the providers come along.
 */
public final class RelationshipAdminApi {
    /** Where the tenant's admin resources are mounted. */
    public static final String MOUNT_PATH = "/admin";
    /** The resource's path below the mount. */
    public static final String RELATIONSHIPS_PATH = "/organization-relationships";
    /** Admin bodies are small; anything larger is hostile or a mistake. */
    public static final long MAX_BODY_BYTES = 64 * 1024;

    private RelationshipAdminApi() {}

    public static List<Object> resources(RelationshipStore store) {
        return List.of(new OrganizationRelationshipResource(store));
    }

    /** Strict JSON (an unknown field is a 400), the body limit, and the problem mappers. */
    public static List<Object> providers() {
        return List.of(
                new JacksonJsonProvider(Json.strict()),
                new io.fedemu.runtime.transport.BodySizeLimit(MAX_BODY_BYTES),
                new RelationshipProblems.Refusals(),
                new ProblemMappers.JsonRefusals(),
                new ProblemMappers.WebRefusals());
    }
}
