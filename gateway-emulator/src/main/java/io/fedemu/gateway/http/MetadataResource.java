package io.fedemu.gateway.http;

import io.fedemu.gateway.metadata.MetadataDocuments;
import io.fedemu.protocol.gateway.GatewayMetadata;
import io.fedemu.protocol.gateway.GatewayPaths;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** The gateway's published documents: discovery, federation metadata, JWKS. Anonymous, like the real ones. */
@Path("/")
public final class MetadataResource {
    private final MetadataDocuments documents;

    public MetadataResource(MetadataDocuments documents) {
        this.documents = documents;
    }

    @GET
    @Path(GatewayPaths.DISCOVERY)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> discovery() {
        return documents.discovery();
    }

    @GET
    @Path(GatewayPaths.METADATA)
    @Produces(MediaType.APPLICATION_JSON)
    public GatewayMetadata metadata() {
        return documents.metadata();
    }

    @GET
    @Path(GatewayPaths.JWKS)
    @Produces({MediaType.APPLICATION_JSON, "application/jwk-set+json"})
    public Map<String, Object> jwks() {
        return documents.jwks();
    }
}
