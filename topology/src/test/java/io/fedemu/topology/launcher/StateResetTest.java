package io.fedemu.topology.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateResetTest {
    @TempDir
    Path state;

    @TempDir
    Path elsewhere;

    @Test
    void removesTheRolesStateAndKeepsTheRootCaAndTls() throws Exception {
        for (String file : new String[] {
            "tenants/contoso-onprem/relationships.json",
            "gateway/registry.json",
            "certs/federation/contoso-onprem/current.pem",
            "certs/signing/gateway/current.pem",
            "endpoints.json",
            "certs/ca.pem",
            "certs/truststore.p12",
            "certs/tls/localhost.pem"
        }) {
            Files.createDirectories(state.resolve(file).getParent());
            Files.writeString(state.resolve(file), "x");
        }

        assertThat(StateReset.reset(state))
                .containsExactly(
                        state.resolve("tenants"),
                        state.resolve("gateway"),
                        state.resolve("certs/federation"),
                        state.resolve("certs/signing"),
                        state.resolve("endpoints.json"));

        assertThat(state.resolve("tenants")).doesNotExist();
        assertThat(state.resolve("gateway")).doesNotExist();
        assertThat(state.resolve("certs/federation")).doesNotExist();
        assertThat(state.resolve("certs/signing")).doesNotExist();
        assertThat(state.resolve("endpoints.json")).doesNotExist();
        assertThat(state.resolve("certs/ca.pem")).isRegularFile();
        assertThat(state.resolve("certs/truststore.p12")).isRegularFile();
        assertThat(state.resolve("certs/tls/localhost.pem")).isRegularFile();
    }

    @Test
    void aLinkOutOfTheStateDirectoryIsRemovedNotFollowed() throws Exception {
        Files.writeString(elsewhere.resolve("precious.txt"), "keep me");
        Files.createDirectories(state.resolve("tenants"));
        Files.createSymbolicLink(state.resolve("tenants/link"), elsewhere);
        Files.createSymbolicLink(state.resolve("gateway"), elsewhere);

        StateReset.reset(state);

        assertThat(state.resolve("tenants")).doesNotExist();
        assertThat(state.resolve("gateway")).doesNotExist();
        assertThat(elsewhere.resolve("precious.txt")).hasContent("keep me");
    }

    @Test
    void anEmptyStateDirectoryIsNothingToDo() {
        assertThat(StateReset.reset(state)).isEmpty();
        assertThat(StateReset.reset(state.resolve("never-made"))).isEmpty();
    }
}
