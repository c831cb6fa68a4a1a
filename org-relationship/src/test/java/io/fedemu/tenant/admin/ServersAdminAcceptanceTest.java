package io.fedemu.tenant.admin;

import static io.fedemu.tenant.servers.ServerRole.CLIENT_ACCESS;
import static io.fedemu.tenant.servers.ServerRole.HUB_TRANSPORT;
import static io.fedemu.tenant.servers.ServerRole.MAILBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.certs.TrustBundles;
import io.fedemu.client.http.JsonHttp;
import io.fedemu.client.http.ProblemException;
import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.protocol.gateway.OrganizationKind;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.DatabaseCopyInfo;
import io.fedemu.protocol.tenant.DatabaseMoveResult;
import io.fedemu.protocol.tenant.ExchangeServerInfo;
import io.fedemu.protocol.tenant.MailboxDatabaseInfo;
import io.fedemu.protocol.tenant.MailboxInfo;
import io.fedemu.protocol.tenant.TenantAdminPaths;
import io.fedemu.runtime.admin.AdminAccess;
import io.fedemu.tenant.Tenant;
import io.fedemu.tenant.TenantDefinition;
import io.fedemu.tenant.directory.DefaultPermission;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.directory.RemoteMailbox;
import io.fedemu.tenant.directory.WorkingHours;
import io.fedemu.tenant.servers.ExchangeBuild;
import io.fedemu.tenant.servers.ExchangeServer;
import io.fedemu.tenant.servers.MailboxDatabase;
import io.fedemu.tenant.servers.OrganizationServers;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An administrator reads an organization's servers and databases through its admin API, as Get-ExchangeServer and
 * Get-MailboxDatabase show them, and moves a database's active copy as Move-ActiveMailboxDatabase does: the
 * mailboxes homed on it are then served from the other server. A refused move names the copies and moves nothing.
 */
class ServersAdminAcceptanceTest {
    static final ZoneId UTC = ZoneId.of("UTC");

    @TempDir
    static Path state;

    static Tenant tenant;
    static TenantAdminClient admin;
    static JsonHttp http;

    @BeforeAll
    static void start() {
        tenant = Tenant.start(definition(), Tenant.Options.in(state));
        http = new JsonHttp(TrustBundles.clientContext(state.resolve("certs/ca.pem")), Duration.ofSeconds(10))
                .withAdmin(AdminAccess.of(state).credential());
        admin = new TenantAdminClient(
                TenantAdminClient.adminOf(tenant.url()),
                http,
                AdminAccess.of(state).credential());
    }

    /** contoso on-premises with the seed's servers, new each time: its servers hold which copies are mounted. */
    static TenantDefinition definition() {
        Directory directory = new Directory(
                Set.of("contoso.com"),
                List.of(mailbox("alice@contoso.com", "Alice Wilson"), mailbox("dave@contoso.com", "Dave Legacy")),
                List.of(new RemoteMailbox("bob@contoso.com", "Bob Kelly", "bob@contoso.mail.onmicrosoft.com")),
                List.of());
        OrganizationServers servers = OrganizationServers.of(
                List.of(
                        new ExchangeServer(
                                "EX2013-01", EnumSet.of(CLIENT_ACCESS, MAILBOX), ExchangeBuild.EXCHANGE_2013_CU1),
                        new ExchangeServer(
                                "EX2013-02", EnumSet.of(CLIENT_ACCESS, MAILBOX), ExchangeBuild.EXCHANGE_2013_CU1),
                        new ExchangeServer(
                                "EX2007-01",
                                EnumSet.of(CLIENT_ACCESS, MAILBOX, HUB_TRANSPORT),
                                ExchangeBuild.EXCHANGE_2007_SP3_RU10)),
                List.of(
                        new MailboxDatabase("DB01", List.of("EX2013-01", "EX2013-02")),
                        new MailboxDatabase("DB2007", List.of("EX2007-01"))),
                Map.of("dave@contoso.com", "DB2007"),
                false);
        return new TenantDefinition(
                "contoso-onprem",
                OrganizationKind.ON_PREMISES,
                List.of("contoso.com"),
                "FYDIBOHF25SPDLT.contoso.com",
                List.of(),
                "Exchange2013",
                directory,
                Map.of(),
                List.of(),
                List.of(),
                servers);
    }

    @AfterAll
    static void stop() {
        tenant.close();
    }

    @AfterEach
    void activationPreferenceOneAgain() {
        tenant.servers().activate("DB01", "EX2013-01");
    }

    @Test
    void getExchangeServerShowsRolesBuildsAndWhereEachServerListens() {
        List<ExchangeServerInfo> servers = admin.exchangeServers();
        var urls = tenant.serverUrls();

        assertThat(servers)
                .containsExactly(
                        new ExchangeServerInfo(
                                "EX2013-01",
                                "Mailbox, ClientAccess",
                                "Exchange Server 2013",
                                "Exchange Server 2013 CU1",
                                "15.0.620.29",
                                "Version 15.0 (Build 620.29)",
                                urls.get(0).frontEnd().toString(),
                                urls.get(0).backEnd().toString()),
                        new ExchangeServerInfo(
                                "EX2013-02",
                                "Mailbox, ClientAccess",
                                "Exchange Server 2013",
                                "Exchange Server 2013 CU1",
                                "15.0.620.29",
                                "Version 15.0 (Build 620.29)",
                                urls.get(1).frontEnd().toString(),
                                urls.get(1).backEnd().toString()),
                        new ExchangeServerInfo(
                                "EX2007-01",
                                "Mailbox, ClientAccess, HubTransport",
                                "Exchange Server 2007",
                                "Exchange Server 2007 SP3 Update Rollup 10",
                                "8.3.298.3",
                                // 2007's rollups do not change what Exchange prints: only the build shows RU10.
                                "Version 8.3 (Build 83.6)",
                                urls.get(2).frontEnd() == null
                                        ? null
                                        : urls.get(2).frontEnd().toString(),
                                urls.get(2).backEnd().toString()));
        // Each server listens on ports of its own, none of them the namespace's (the load balancer's).
        assertThat(servers.stream().map(ExchangeServerInfo::backEnd).distinct()).hasSize(3);
        assertThat(servers)
                .extracting(ExchangeServerInfo::frontEnd)
                .doesNotContain(tenant.url().toString());
        assertThat(admin.exchangeServer("ex2007-01")).isEqualTo(servers.get(2));
    }

    @Test
    void anUnknownServerIsNotFoundNamingTheServers() {
        assertThatThrownBy(() -> admin.exchangeServer("EX2010-01"))
                .isInstanceOfSatisfying(ProblemException.class, refusal -> {
                    assertThat(refusal.status()).isEqualTo(404);
                    assertThat(refusal.problem().reason()).isEqualTo(Reason.SERVER_NOT_FOUND.name());
                    assertThat(refusal.problem().detail())
                            .isEqualTo("no server is named EX2010-01; the servers are EX2013-01, EX2013-02, EX2007-01");
                });
    }

    @Test
    void getMailboxDatabaseShowsWhereEachDatabaseIsMountedAndItsCopiesInPreferenceOrder() {
        assertThat(admin.mailboxDatabases())
                .containsExactly(
                        new MailboxDatabaseInfo(
                                "DB01",
                                "EX2013-01",
                                true,
                                List.of(
                                        new DatabaseCopyInfo("EX2013-01", 1, true, DatabaseCopyInfo.MOUNTED),
                                        new DatabaseCopyInfo("EX2013-02", 2, false, DatabaseCopyInfo.HEALTHY))),
                        new MailboxDatabaseInfo(
                                "DB2007",
                                "EX2007-01",
                                true,
                                List.of(new DatabaseCopyInfo("EX2007-01", 1, true, DatabaseCopyInfo.MOUNTED))));
        assertThat(admin.mailboxDatabase("db2007").server()).isEqualTo("EX2007-01");
    }

    @Test
    void theMailboxListingShowsEachMailboxsDatabaseAndServer() {
        assertThat(admin.mailboxes().mailboxes())
                .extracting(m -> m.address() + " " + m.database() + " " + m.server())
                .containsExactly("alice@contoso.com DB01 EX2013-01", "dave@contoso.com DB2007 EX2007-01");
    }

    @Test
    void movingTheActiveCopyMovesTheMailboxesHomedOnIt() {
        DatabaseMoveResult moved = admin.moveActiveMailboxDatabase("db01", "ex2013-02");

        assertThat(moved).isEqualTo(new DatabaseMoveResult("DB01", "EX2013-01", "EX2013-02", "Succeeded"));
        MailboxDatabaseInfo db01 = admin.mailboxDatabase("DB01");
        assertThat(db01.server()).isEqualTo("EX2013-02");
        assertThat(db01.copies())
                .extracting(c -> c.server() + " " + c.activationPreference() + " " + c.status())
                .containsExactly("EX2013-01 1 Healthy", "EX2013-02 2 Mounted");
        assertThat(admin.mailboxes().mailboxes())
                .extracting(MailboxInfo::server)
                .containsExactly("EX2013-02", "EX2007-01");
        assertThat(tenant.servers().mailboxServer("alice@contoso.com").name()).isEqualTo("EX2013-02");
    }

    @Test
    void aMoveToAServerWithoutACopyIsRefusedNamingTheCopiesAndMovesNothing() {
        assertRefusedAndUnmoved(
                "DB01",
                "EX2007-01",
                409,
                Reason.DATABASE_COPY_NOT_FOUND,
                "EX2007-01 holds no copy of DB01; DB01's copies are on EX2013-01 (mounted), EX2013-02");
    }

    @Test
    void aMoveToAServerOfNoOneIsRefusedNamingTheCopies() {
        assertRefusedAndUnmoved(
                "DB01",
                "EX2016-01",
                404,
                Reason.SERVER_NOT_FOUND,
                "EX2016-01 is not a server of this organization; DB01's copies are on EX2013-01 (mounted), EX2013-02");
    }

    @Test
    void aMoveOfAnUnknownDatabaseIsRefusedNamingTheDatabases() {
        assertRefusedAndUnmoved(
                "DB99",
                "EX2013-02",
                404,
                Reason.DATABASE_NOT_FOUND,
                "no mailbox database is named DB99; the databases are DB01, DB2007");
    }

    @Test
    void aMoveWithoutAServerIsAnInvalidRequest() {
        JsonHttp.Reply reply =
                http.send(HttpRequest.newBuilder(URI.create(admin.url() + TenantAdminPaths.activation("DB01")))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body())
                .contains("\"reason\":\"REQUEST_INVALID\"")
                .contains("server: name the server to activate DB01 on, such as {\\\"server\\\": \\\"EX2013-02\\\"}");
        assertThat(admin.mailboxDatabase("DB01").server()).isEqualTo("EX2013-01");
    }

    private static void assertRefusedAndUnmoved(
            String database, String server, int status, Reason reason, String detail) {
        List<MailboxDatabaseInfo> before = admin.mailboxDatabases();

        assertThatThrownBy(() -> admin.moveActiveMailboxDatabase(database, server))
                .isInstanceOfSatisfying(ProblemException.class, refusal -> {
                    assertThat(refusal.status()).isEqualTo(status);
                    assertThat(refusal.problem().reason()).isEqualTo(reason.name());
                    assertThat(refusal.problem().detail()).isEqualTo(detail);
                });
        assertThat(admin.mailboxDatabases()).isEqualTo(before);
    }

    private static Mailbox mailbox(String address, String name) {
        return new Mailbox(
                address,
                List.of(),
                name,
                "Passw0rd!",
                UTC,
                WorkingHours.standard(UTC),
                DefaultPermission.FREE_BUSY_TIME_ONLY);
    }
}
