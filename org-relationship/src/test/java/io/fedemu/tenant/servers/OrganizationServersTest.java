package io.fedemu.tenant.servers;

import static io.fedemu.tenant.servers.ServerRole.CLIENT_ACCESS;
import static io.fedemu.tenant.servers.ServerRole.HUB_TRANSPORT;
import static io.fedemu.tenant.servers.ServerRole.MAILBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrganizationServersTest {
    static final ExchangeServer EX1 =
            new ExchangeServer("EX2013-01", EnumSet.of(CLIENT_ACCESS, MAILBOX), ExchangeBuild.EXCHANGE_2013_CU1);
    static final ExchangeServer EX2 =
            new ExchangeServer("EX2013-02", EnumSet.of(CLIENT_ACCESS, MAILBOX), ExchangeBuild.EXCHANGE_2013_CU1);
    static final ExchangeServer LEGACY = new ExchangeServer(
            "EX2007-01", EnumSet.of(CLIENT_ACCESS, MAILBOX, HUB_TRANSPORT), ExchangeBuild.EXCHANGE_2007_SP3_RU10);

    @Test
    void mailboxesLiveOnTheActiveCopyOfTheirDatabaseAndMoveWithIt() {
        OrganizationServers org = OrganizationServers.of(
                List.of(EX1, EX2, LEGACY),
                List.of(
                        new MailboxDatabase("DB01", List.of("EX2013-01", "EX2013-02")),
                        new MailboxDatabase("DB2007", List.of("EX2007-01"))),
                Map.of("dave@contoso.com", "DB2007"),
                false);

        assertThat(org.mailboxServer("alice@contoso.com").name()).isEqualTo("EX2013-01");
        assertThat(org.mailboxServer("DAVE@contoso.com").name()).isEqualTo("EX2007-01");
        assertThat(org.activate("db01", "ex2013-02").name()).isEqualTo("EX2013-01");
        assertThat(org.mailboxServer("alice@contoso.com").name()).isEqualTo("EX2013-02");
        assertThat(org.passiveCopies(org.database("DB01").orElseThrow()))
                .extracting(ExchangeServer::name)
                .containsExactly("EX2013-01");
        assertThat(org.servers(CLIENT_ACCESS)).hasSize(3);
    }

    @Test
    void restoringRemembersActivationsTheScenarioStillAllowsAndSkipsTheOthers() {
        OrganizationServers org = OrganizationServers.of(
                List.of(EX1, EX2, LEGACY),
                List.of(
                        new MailboxDatabase("DB01", List.of("EX2013-01", "EX2013-02")),
                        new MailboxDatabase("DB2007", List.of("EX2007-01"))),
                Map.of(),
                false);
        org.activate("DB01", "EX2013-02");

        List<String> skipped = org.restore(Map.of("DB2007", "EX2013-01", "DB09", "EX2013-02"));

        assertThat(skipped).containsExactlyInAnyOrder("DB2007 on EX2013-01", "DB09 on EX2013-02");
        assertThat(org.activeCopies())
                .containsExactly(Map.entry("DB01", "EX2013-01"), Map.entry("DB2007", "EX2007-01"));
        assertThat(org.restore(Map.of("db01", "ex2013-02"))).isEmpty();
        assertThat(org.activeCopies()).containsEntry("DB01", "EX2013-02");
    }

    @Test
    void aCopyCanOnlyBeActivatedWhereOneIs() {
        OrganizationServers org = OrganizationServers.of(
                List.of(EX1, LEGACY), List.of(new MailboxDatabase("DB01", List.of("EX2013-01"))), Map.of(), false);

        assertThatThrownBy(() -> org.activate("DB01", "EX2007-01"))
                .hasMessage("database DB01 has no copy on EX2007-01; its copies are on [EX2013-01]");
        assertThat(org.mailboxServer("alice@contoso.com").name()).isEqualTo("EX2013-01");
    }

    @Test
    void anOrganizationWithoutServersIsOne2013ServerWithBothRoles() {
        OrganizationServers single = OrganizationServers.single();

        assertThat(single.implicit()).isTrue();
        assertThat(single.servers()).singleElement().satisfies(server -> {
            assertThat(server.roleList()).isEqualTo("Mailbox, ClientAccess");
            assertThat(server.build().adminDisplayVersion()).isEqualTo("Version 15.0 (Build 1497.2)");
        });
    }

    @Test
    void aRoleTheVersionDoesNotHaveIsRefused() {
        assertThatThrownBy(() ->
                        new ExchangeServer("EX2013-03", EnumSet.of(HUB_TRANSPORT), ExchangeBuild.EXCHANGE_2013_CU1))
                .hasMessage("server EX2013-03 runs Exchange Server 2013, which has no HubTransport role");
    }
}
