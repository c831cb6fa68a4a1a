package io.fedemu.tenant.admin;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.DatabaseActivation;
import io.fedemu.protocol.tenant.DatabaseCopyInfo;
import io.fedemu.protocol.tenant.DatabaseMoveResult;
import io.fedemu.protocol.tenant.MailboxDatabaseInfo;
import io.fedemu.protocol.tenant.TenantAdminPaths;
import io.fedemu.tenant.servers.ExchangeServer;
import io.fedemu.tenant.servers.MailboxDatabase;
import io.fedemu.tenant.servers.OrganizationServers;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * /admin/databases: Get-MailboxDatabase -Status with each database's copies, and Move-ActiveMailboxDatabase
 * -ActivateOnServer. A refused move names the database's copies and changes nothing.
 */
@Path(TenantAdminPaths.DATABASES)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class MailboxDatabaseResource {
    private final OrganizationServers servers;

    public MailboxDatabaseResource(OrganizationServers servers) {
        this.servers = Objects.requireNonNull(servers, "servers");
    }

    @GET
    public List<MailboxDatabaseInfo> databases() {
        return servers.databases().stream().map(this::info).toList();
    }

    @GET
    @Path("/{name}")
    public MailboxDatabaseInfo database(@PathParam("name") String name) {
        return info(named(name));
    }

    @POST
    @Path("/{name}/activate")
    public DatabaseMoveResult activate(@PathParam("name") String name, DatabaseActivation body) {
        MailboxDatabase database = named(name);
        if (body == null || body.server() == null || body.server().isBlank()) {
            throw new AdminRefusedException(
                    Reason.REQUEST_INVALID,
                    "server: name the server to activate " + database.name() + " on, such as {\"server\": \""
                            + servers.passiveCopies(database).stream()
                                    .findFirst()
                                    .map(ExchangeServer::name)
                                    .orElse(database.preferredServer())
                            + "\"}");
        }
        ExchangeServer target = servers.find(body.server())
                .orElseThrow(() -> new AdminRefusedException(
                        Reason.SERVER_NOT_FOUND,
                        body.server() + " is not a server of this organization; " + copies(database)));
        if (!database.hasCopyOn(target.name())) {
            throw new AdminRefusedException(
                    Reason.DATABASE_COPY_NOT_FOUND,
                    target.name() + " holds no copy of " + database.name() + "; " + copies(database));
        }
        ExchangeServer before = servers.activate(database.name(), target.name());
        return new DatabaseMoveResult(
                database.name(), before.name(), servers.activeServer(database).name(), DatabaseMoveResult.SUCCEEDED);
    }

    private MailboxDatabase named(String name) {
        return servers.database(name)
                .orElseThrow(() -> new AdminRefusedException(
                        Reason.DATABASE_NOT_FOUND,
                        "no mailbox database is named " + name + "; the databases are "
                                + String.join(
                                        ", ",
                                        servers.databases().stream()
                                                .map(MailboxDatabase::name)
                                                .toList())));
    }

    /** "its copies are on EX2013-01 (mounted), EX2013-02": what a refused move's detail ends with. */
    private String copies(MailboxDatabase database) {
        ExchangeServer active = servers.activeServer(database);
        List<String> copies = new ArrayList<>();
        for (String copy : database.copies()) {
            copies.add(active.named(copy) ? copy + " (mounted)" : copy);
        }
        return database.name() + "'s copies are on " + String.join(", ", copies);
    }

    private MailboxDatabaseInfo info(MailboxDatabase database) {
        ExchangeServer active = servers.activeServer(database);
        List<DatabaseCopyInfo> copies = new ArrayList<>();
        for (int i = 0; i < database.copies().size(); i++) {
            String copy = servers.server(database.copies().get(i)).name();
            boolean mounted = active.named(copy);
            copies.add(new DatabaseCopyInfo(
                    copy, i + 1, mounted, mounted ? DatabaseCopyInfo.MOUNTED : DatabaseCopyInfo.HEALTHY));
        }
        // Nothing dismounts a database yet: the active copy is always mounted.
        return new MailboxDatabaseInfo(database.name(), active.name(), true, copies);
    }
}
