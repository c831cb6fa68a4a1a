package io.fedemu.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.topology.Topology;
import io.fedemu.topology.launcher.EndpointsFile;
import io.fedemu.topology.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * get-exchange-server, get-mailbox, get-mailbox-database and move-active-mailbox-database against an on-premises
 * organization of two Exchange 2013 servers holding copies of one database and a coexisting Exchange 2007 server,
 * beside a cloud organization written without servers (scenarios/servers.yaml of the test resources). Found
 * through endpoints.json, as after {@code fedemu up}.
 */
class ServerCmdletsTest {
    @TempDir
    static Path state;

    static Topology topology;

    @BeforeAll
    static void start() {
        topology = Topology.start(
                new ScenarioLoader().load(Path.of("src/test/resources/scenarios/servers.yaml")),
                Topology.Options.in(state));
        EndpointsFile.write(state, EndpointsFile.describe(topology));
    }

    @AfterEach
    void db01BackOnItsPreferredServer() {
        topology.tenant("contoso-onprem").servers().activate("DB01", "EX2013-01");
    }

    @AfterAll
    static void stop() {
        topology.close();
    }

    static CommandRun run(String... args) {
        return CmdletCommandsTest.in(state, args);
    }

    @Test
    void getExchangeServerListsRolesAndVersionsAsExchangePrintsThem() {
        CommandRun table = run("get-exchange-server", "--tenant", "contoso-onprem");

        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out())
                .contains(
                        "Name      ServerRole                          AdminDisplayVersion         Release",
                        "EX2013-01 Mailbox, ClientAccess               Version 15.0 (Build 620.29) Exchange Server 2013 CU1",
                        "EX2013-02 Mailbox, ClientAccess               Version 15.0 (Build 620.29) Exchange Server 2013 CU1",
                        "EX2007-01 Mailbox, ClientAccess, HubTransport Version 8.3 (Build 83.6)    "
                                + "Exchange Server 2007 SP3 Update Rollup 10");
    }

    @Test
    void oneServerInFullFoundByItsNameWithoutTenant() {
        var urls = topology.tenant("contoso-onprem").serverUrls().get(2);

        CommandRun one = run("get-exchange-server", "--identity", "ex2007-01");

        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.out())
                .contains(
                        "Name                : EX2007-01",
                        "ServerRole          : Mailbox, ClientAccess, HubTransport",
                        "Product             : Exchange Server 2007",
                        "Build               : 8.3.298.3",
                        "AdminDisplayVersion : Version 8.3 (Build 83.6)",
                        "BackEnd             : " + urls.backEnd());
    }

    @Test
    void anOrganizationWrittenWithoutServersIsOneExchange2013Server() throws Exception {
        JsonNode servers = CmdletCommandsTest.json(run("get-exchange-server", "--tenant", "contoso-cloud", "--json"));

        assertThat(servers).hasSize(1);
        assertThat(servers.get(0).get("name").asText()).isEqualTo("EX01");
        assertThat(servers.get(0).get("serverRole").asText()).isEqualTo("Mailbox, ClientAccess");
        assertThat(servers.get(0).get("adminDisplayVersion").asText()).isEqualTo("Version 15.0 (Build 1497.2)");
        CommandRun bob = run("get-mailbox", "--identity", "bob@contoso.mail.onmicrosoft.com");
        assertThat(bob.out()).contains("ServerName           : EX01", "Database             : DB01");
    }

    @Test
    void withSeveralOrganizationsAListNeedsTenantAndAnUnknownNamePicksNone() {
        CommandRun list = run("get-exchange-server");
        CommandRun unknown = run("get-exchange-server", "--identity", "EX2010-01");
        CommandRun unknownHere = run("get-exchange-server", "--tenant", "contoso-onprem", "--identity", "EX2010-01");

        assertThat(list.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(list.err())
                .contains("this emulator runs several organizations [contoso-onprem, contoso-cloud]: name one with "
                        + "--tenant");
        assertThat(unknown.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(unknown.err()).contains("has a server named EX2010-01");
        assertThat(unknownHere.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(unknownHere.err())
                .contains("404 SERVER_NOT_FOUND", "the servers are EX2013-01, EX2013-02, EX2007-01");
    }

    @Test
    void getMailboxShowsEachMailboxsServerAndDatabase() {
        CommandRun table = run("get-mailbox", "--tenant", "contoso-onprem");
        CommandRun dave = run("get-mailbox", "--identity", "dave@contoso.com");
        CommandRun remote = run("get-mailbox", "--tenant", "contoso-onprem", "--identity", "bob@contoso.com");

        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out())
                .contains(
                        "Name         Alias PrimarySmtpAddress ServerName Database RecipientTypeDetails",
                        "Alice Wilson alice alice@contoso.com  EX2013-01  DB01     UserMailbox",
                        "Dave Legacy  dave  dave@contoso.com   EX2007-01  DB2007   UserMailbox")
                // Get-Mailbox lists no remote mailbox: bob's mailbox is in the cloud.
                .doesNotContain("bob@contoso.com");
        assertThat(dave.exitCode()).as(dave.err()).isZero();
        assertThat(dave.out())
                .contains(
                        "Name                 : Dave Legacy",
                        "Alias                : dave",
                        "PrimarySmtpAddress   : dave@contoso.com",
                        "RecipientTypeDetails : UserMailbox",
                        "ServerName           : EX2007-01",
                        "Database             : DB2007");
        assertThat(remote.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(remote.err())
                .contains("bob@contoso.com is a remote mailbox of contoso-onprem (targetAddress "
                        + "bob@contoso.mail.onmicrosoft.com)");
    }

    @Test
    void getMailboxDatabaseShowsTheMountedCopyAndTheActivationPreference() throws Exception {
        CommandRun table = run("get-mailbox-database", "--tenant", "contoso-onprem");
        CommandRun db01 = run("get-mailbox-database", "--tenant", "contoso-onprem", "--identity", "DB01");
        // contoso cloud, written without servers, has a DB01 too: a name alone does not pick an organization.
        CommandRun ambiguous = run("get-mailbox-database", "--identity", "DB01");

        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out())
                .contains(
                        "Name   Server    Mounted ActivationPreference",
                        "DB01   EX2013-01 True    {[EX2013-01, 1], [EX2013-02, 2]}",
                        "DB2007 EX2007-01 True    {[EX2007-01, 1]}");
        assertThat(db01.exitCode()).as(db01.err()).isZero();
        assertThat(db01.out())
                .contains(
                        "Name                 : DB01",
                        "Server               : EX2013-01",
                        "Servers              : {EX2013-01, EX2013-02}",
                        "CopyStatus           : {EX2013-01: Mounted, EX2013-02: Healthy}");
        assertThat(ambiguous.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(ambiguous.err())
                .contains("several organizations have a database named DB01 [contoso-onprem, contoso-cloud]: name "
                        + "one with --tenant");
        assertThat(run("get-mailbox-database", "--identity", "DB2007").out())
                .contains("Server               : EX2007-01");
        JsonNode json = CmdletCommandsTest.json(
                run("get-mailbox-database", "--tenant", "contoso-onprem", "--identity", "db01", "--json"));
        assertThat(json.get("copies").get(1).toString())
                .isEqualTo("{\"server\":\"EX2013-02\",\"activationPreference\":2,\"active\":false,"
                        + "\"status\":\"Healthy\"}");
    }

    @Test
    void moveActiveMailboxDatabaseMovesItsMailboxesToTheOtherServer() throws Exception {
        CommandRun moved =
                run("move-active-mailbox-database", "--identity", "DB01", "--activate-on-server", "EX2013-02");

        assertThat(moved.exitCode()).as(moved.err()).isZero();
        assertThat(moved.out())
                .contains(
                        "Identity            : DB01",
                        "ActiveServerAtStart : EX2013-01",
                        "ActiveServerAtEnd   : EX2013-02",
                        "Status              : Succeeded");
        assertThat(run("get-mailbox", "--identity", "alice").out()).contains("ServerName           : EX2013-02");
        JsonNode db01 = CmdletCommandsTest.json(
                run("get-mailbox-database", "--tenant", "contoso-onprem", "--identity", "DB01", "--json"));
        assertThat(db01.get("server").asText()).isEqualTo("EX2013-02");
        assertThat(db01.get("copies").get(1).get("active").asBoolean()).isTrue();
    }

    @Test
    void aRefusedMoveNamesTheCopiesExitsOneAndMovesNothing() {
        CommandRun noCopy =
                run("move-active-mailbox-database", "--identity", "DB01", "--activate-on-server", "EX2007-01");
        CommandRun noDatabase = run(
                "move-active-mailbox-database",
                "--tenant",
                "contoso-onprem",
                "--identity",
                "DB99",
                "--activate-on-server",
                "EX2013-02");
        CommandRun noServer = run(
                "move-active-mailbox-database",
                "--tenant",
                "contoso-onprem",
                "--identity",
                "DB01",
                "--activate-on-server",
                "EX2016-01");

        assertThat(noCopy.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(noCopy.err())
                .contains("409 DATABASE_COPY_NOT_FOUND: EX2007-01 holds no copy of DB01; DB01's copies are on "
                        + "EX2013-01 (mounted), EX2013-02");
        assertThat(noDatabase.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(noDatabase.err()).contains("404 DATABASE_NOT_FOUND: no mailbox database is named DB99");
        assertThat(noServer.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(noServer.err()).contains("404 SERVER_NOT_FOUND: EX2016-01 is not a server of this organization");
        assertThat(run("get-mailbox-database", "--tenant", "contoso-onprem", "--identity", "DB01")
                        .out())
                .contains("Server               : EX2013-01");
        assertThat(run("move-active-mailbox-database", "--identity", "DB01").exitCode())
                .isEqualTo(ExitStatus.USAGE.code());
    }

    @Test
    void endpointsJsonListsEachServerWithItsVersionAndUrls() {
        Endpoints.Tenant onprem = EndpointsFile.read(state).tenants().get(0);
        var urls = topology.tenant("contoso-onprem").serverUrls();

        assertThat(onprem.servers())
                .containsExactly(
                        new Endpoints.Server(
                                "EX2013-01",
                                List.of("Mailbox", "ClientAccess"),
                                "Version 15.0 (Build 620.29)",
                                "15.0.620.29",
                                urls.get(0).frontEnd().toString(),
                                urls.get(0).backEnd().toString()),
                        new Endpoints.Server(
                                "EX2013-02",
                                List.of("Mailbox", "ClientAccess"),
                                "Version 15.0 (Build 620.29)",
                                "15.0.620.29",
                                urls.get(1).frontEnd().toString(),
                                urls.get(1).backEnd().toString()),
                        new Endpoints.Server(
                                "EX2007-01",
                                List.of("Mailbox", "ClientAccess", "HubTransport"),
                                "Version 8.3 (Build 83.6)",
                                "8.3.298.3",
                                urls.get(2).frontEnd() == null
                                        ? null
                                        : urls.get(2).frontEnd().toString(),
                                urls.get(2).backEnd().toString()));
        // Every server listens on ports of its own, behind the organization's namespace.
        assertThat(onprem.servers()).extracting(Endpoints.Server::backEnd).doesNotContain(onprem.ews());
    }

    @Test
    void everyServerCmdletHasHelpWithAnExample() {
        for (String command :
                List.of("get-exchange-server", "get-mailbox", "get-mailbox-database", "move-active-mailbox-database")) {
            CommandRun help = CommandRun.of(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Example:", "  fedemu " + command + " ");
        }
    }
}
