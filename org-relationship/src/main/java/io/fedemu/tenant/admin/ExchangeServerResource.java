package io.fedemu.tenant.admin;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.ExchangeServerInfo;
import io.fedemu.protocol.tenant.TenantAdminPaths;
import io.fedemu.tenant.servers.ExchangeServer;
import io.fedemu.tenant.servers.OrganizationServers;
import io.fedemu.tenant.servers.ServerUrls;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** /admin/servers: Get-ExchangeServer, every server of the organization or one by name (any case). */
@Path(TenantAdminPaths.SERVERS)
@Produces(MediaType.APPLICATION_JSON)
public final class ExchangeServerResource {
    private final OrganizationServers servers;
    private final Supplier<List<ServerUrls>> urls;

    /**
     * @param urls where each server listens, asked on every request: the running tenant decides it (today every
     *             server answers at the organization's URL), not the model
     */
    public ExchangeServerResource(OrganizationServers servers, Supplier<List<ServerUrls>> urls) {
        this.servers = Objects.requireNonNull(servers, "servers");
        this.urls = Objects.requireNonNull(urls, "urls");
    }

    @GET
    public List<ExchangeServerInfo> servers() {
        List<ServerUrls> listening = urls.get();
        return servers.servers().stream().map(s -> info(s, listening)).toList();
    }

    @GET
    @Path("/{name}")
    public ExchangeServerInfo server(@PathParam("name") String name) {
        ExchangeServer server = servers.find(name)
                .orElseThrow(() -> new AdminRefusedException(
                        Reason.SERVER_NOT_FOUND, "no server is named " + name + "; the servers are " + names()));
        return info(server, urls.get());
    }

    private String names() {
        return String.join(
                ", ", servers.servers().stream().map(ExchangeServer::name).toList());
    }

    private static ExchangeServerInfo info(ExchangeServer server, List<ServerUrls> listening) {
        ServerUrls where = listening.stream()
                .filter(u -> server.named(u.server()))
                .findFirst()
                .orElse(new ServerUrls(server.name(), null, null));
        return new ExchangeServerInfo(
                server.name(),
                server.roleList(),
                server.product().displayName(),
                server.build().releaseName(),
                server.build().toString(),
                server.build().adminDisplayVersion(),
                text(where.frontEnd()),
                text(where.backEnd()));
    }

    private static String text(URI uri) {
        return uri == null ? null : uri.toString();
    }
}
