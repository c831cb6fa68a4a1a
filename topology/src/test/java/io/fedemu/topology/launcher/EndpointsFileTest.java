package io.fedemu.topology.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fedemu.client.Json;
import io.fedemu.protocol.emulator.Endpoints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The endpoints.json shape other tools read: field names as ARCHITECTURE.md lists them. */
class EndpointsFileTest {
    @TempDir
    Path state;

    static final Endpoints SAMPLE = new Endpoints(
            "hybrid",
            "scenarios/hybrid.yaml",
            new Endpoints.TrustBundle("/s/certs/ca.pem", "/s/certs/truststore.p12", "fedemu"),
            new Endpoints.Admin("token", "tK3n-example-admin-token-0123456789abcdef", "/s/admin-token"),
            new Endpoints.Gateway(
                    "https://localhost:9440",
                    "https://localhost:9440",
                    "https://localhost:9440/federation/metadata",
                    "https://localhost:9440/federation/jwks",
                    "https://localhost:9440/.well-known/openid-configuration",
                    "https://localhost:9440/admin"),
            List.of(new Endpoints.Tenant(
                    "contoso-onprem",
                    "on-premises",
                    List.of("contoso.com"),
                    "FYDIBOHF25SPDLT.contoso.com",
                    "https://127.0.0.1:9441/EWS/Exchange.asmx",
                    "https://127.0.0.1:9441/autodiscover/autodiscover.svc",
                    "https://127.0.0.1:9441/admin",
                    List.of(
                            Endpoints.Mailbox.local("alice@contoso.com", "Passw0rd!alice"),
                            Endpoints.Mailbox.remote("bob@contoso.com", "bob@contoso.mail.onmicrosoft.com")),
                    List.of(
                            new Endpoints.Server(
                                    "EX2013-01",
                                    List.of("Mailbox", "ClientAccess"),
                                    "Version 15.0 (Build 620.29)",
                                    "15.0.620.29",
                                    "https://127.0.0.1:9441",
                                    "https://127.0.0.1:9441"),
                            new Endpoints.Server(
                                    "EX2013-CAS",
                                    List.of("ClientAccess"),
                                    "Version 15.0 (Build 620.29)",
                                    "15.0.620.29",
                                    "https://127.0.0.1:9441",
                                    null)),
                    List.of(new Endpoints.Smtp("Default Frontend EX2013-01", "mail.contoso.com", 9450)),
                    "https://127.0.0.1:9441/owa")));

    @Test
    void writesTheDocumentedFieldsAndReadsThemBack() throws Exception {
        EndpointsFile.write(state, SAMPLE);

        JsonNode json = Json.lenient().readTree(state.resolve("endpoints.json").toFile());
        assertThat(json.fieldNames()).toIterable().contains("scenario", "trustBundle", "gateway", "tenants");
        assertThat(json.get("trustBundle").fieldNames()).toIterable().containsExactly("pem", "pkcs12", "password");
        assertThat(json.get("admin").fieldNames()).toIterable().containsExactly("access", "token", "tokenFile");
        assertThat(json.get("admin").get("token").asText()).isEqualTo("tK3n-example-admin-token-0123456789abcdef");
        assertThat(json.get("gateway").fieldNames())
                .toIterable()
                .containsExactly("url", "issuer", "metadata", "jwks", "discovery", "admin");
        JsonNode tenant = json.get("tenants").get(0);
        assertThat(tenant.fieldNames())
                .toIterable()
                .containsExactly(
                        "name",
                        "kind",
                        "domains",
                        "applicationUri",
                        "ews",
                        "autodiscover",
                        "admin",
                        "mailboxes",
                        "servers",
                        "smtp",
                        "owaUrl");
        assertThat(tenant.get("smtp").get(0).toString())
                .isEqualTo(
                        "{\"connector\":\"Default Frontend EX2013-01\",\"host\":\"mail.contoso.com\",\"port\":9450}");
        assertThat(tenant.get("servers").get(0).fieldNames())
                .toIterable()
                .containsExactly("name", "roles", "version", "build", "frontEnd", "backEnd");
        assertThat(tenant.get("servers").get(0).get("roles").toString()).isEqualTo("[\"Mailbox\",\"ClientAccess\"]");
        // A server without the Mailbox role serves no back end: the field is absent, not null.
        assertThat(tenant.get("servers").get(1).has("backEnd")).isFalse();
        assertThat(tenant.get("mailboxes").get(0).toString())
                .isEqualTo("{\"address\":\"alice@contoso.com\",\"password\":\"Passw0rd!alice\",\"kind\":\"mailbox\"}");
        assertThat(tenant.get("mailboxes").get(1).toString())
                .isEqualTo(
                        "{\"address\":\"bob@contoso.com\",\"kind\":\"remote\",\"targetAddress\":\"bob@contoso.mail.onmicrosoft.com\"}");
        assertThat(EndpointsFile.read(state)).isEqualTo(SAMPLE);
    }

    @Test
    void isReadableByItsOwnerOnlyBecauseItListsPasswords() throws Exception {
        EndpointsFile.write(state, SAMPLE);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolve("endpoints.json"))))
                .isEqualTo("rw-------");
    }
}
