package io.fedemu.tenant.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.certs.TrustBundles;
import io.fedemu.client.http.JsonHttp;
import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.runtime.admin.AdminAccess;
import io.fedemu.tenant.Tenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database moved to another copy stays there when the organization restarts on its kept state, as Active Manager
 * remembers it; a new state directory starts from the scenario's activation preference.
 */
class ActiveDatabaseCopiesAcceptanceTest {
    @TempDir
    Path state;

    @Test
    void aMovedDatabaseStaysMovedAcrossARestartAndANewStateStartsFromTheScenario() throws Exception {
        try (Tenant first = Tenant.start(ServersAdminAcceptanceTest.definition(), Tenant.Options.in(state))) {
            assertThat(admin(first)
                            .moveActiveMailboxDatabase("DB01", "EX2013-02")
                            .activeServerAtEnd())
                    .isEqualTo("EX2013-02");
        }

        try (Tenant again = Tenant.start(ServersAdminAcceptanceTest.definition(), Tenant.Options.in(state))) {
            assertThat(admin(again).mailboxDatabase("DB01").server()).isEqualTo("EX2013-02");
            assertThat(again.servers().mailboxServer("alice@contoso.com").name())
                    .isEqualTo("EX2013-02");
            // Moving it back is kept too.
            admin(again).moveActiveMailboxDatabase("DB01", "EX2013-01");
        }
        try (Tenant third = Tenant.start(ServersAdminAcceptanceTest.definition(), Tenant.Options.in(state))) {
            assertThat(admin(third).mailboxDatabase("DB01").server()).isEqualTo("EX2013-01");
        }

        Path fresh = Files.createDirectory(state.resolve("fresh"));
        try (Tenant other = Tenant.start(ServersAdminAcceptanceTest.definition(), Tenant.Options.in(fresh))) {
            assertThat(admin(other, fresh).mailboxDatabase("DB01").server()).isEqualTo("EX2013-01");
        }
    }

    private TenantAdminClient admin(Tenant tenant) {
        return admin(tenant, state);
    }

    private static TenantAdminClient admin(Tenant tenant, Path stateDirectory) {
        JsonHttp http = new JsonHttp(
                        TrustBundles.clientContext(stateDirectory.resolve("certs/ca.pem")), Duration.ofSeconds(10))
                .withAdmin(AdminAccess.of(stateDirectory).credential());
        return new TenantAdminClient(
                TenantAdminClient.adminOf(tenant.url()),
                http,
                AdminAccess.of(stateDirectory).credential());
    }
}
