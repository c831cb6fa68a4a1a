package io.fedemu.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.client.http.JsonHttp;
import io.fedemu.protocol.gateway.GatewayMetadata;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published documents agree with each other and with the tokens, whatever address a client
 * used: here the gateway is configured with an external URL on another host name and is reached
 * through 127.0.0.1, and still names only its external URL.
 */
class GatewayMetadataAcceptanceTest {
    @TempDir
    static Path state;

    static Gateway gateway;
    static JsonHttp http;
    static URI reachedAt;
    static URI external;

    @BeforeAll
    static void start() {
        int port = io.fedemu.runtime.transport.RoleServer.freePort("127.0.0.1");
        external = URI.create("https://gateway.fedemu.test:" + port);
        gateway = Gateway.start(Gateway.Options.in(state).port(port).externalUrl(external));
        http = new JsonHttp(io.fedemu.certs.TrustBundles.clientContext(gateway.trustBundle()), Duration.ofSeconds(10));
        reachedAt = URI.create("https://localhost:" + port);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void discoveryNamesTheExternalIssuerAndAJwksUriThatAnswersWithoutRedirect() {
        JsonHttp.Reply reply = http.get(URI.create(reachedAt + "/.well-known/openid-configuration"));
        @SuppressWarnings("unchecked")
        Map<String, Object> discovery = http.read(reply, Map.class);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(discovery.get("issuer")).isEqualTo(external.toString());
        assertThat(discovery.get("jwks_uri")).isEqualTo(external + "/federation/jwks");
        assertThat(discovery.get("token_endpoint")).isEqualTo(external + "/federation/token");
        JsonHttp.Reply jwks = http.get(URI.create(reachedAt + "/federation/jwks"));
        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.contentType()).startsWith("application/json");
        assertThat(jwks.body()).startsWith("{\"keys\":[").doesNotContain("\"d\"", "\"p\"", "\"q\"");
    }

    @Test
    void metadataPublishesTheSigningCertificateWithTheKidOfTheJwks() {
        GatewayMetadata metadata =
                http.read(http.get(URI.create(reachedAt + "/federation/metadata")), GatewayMetadata.class);

        assertThat(metadata.issuer()).isEqualTo(external.toString());
        assertThat(metadata.tokenIssuerCertificate().kid())
                .isEqualTo(gateway.signingKeys().current().thumbprint());
        assertThat(metadata.tokenIssuerCertificate().x5c()).hasSize(1);
        assertThat(metadata.tokenIssuerPrevCertificate()).isNull();
        assertThat(metadata.refreshIntervalSeconds())
                .isEqualTo(Duration.ofHours(24).toSeconds());
        assertThat(metadata.offers()).contains("MSExchange.SharingCalendarFreeBusy", "MSExchange.Autodiscover");
        assertThat(http.get(URI.create(reachedAt + "/federation/jwks")).body())
                .contains(
                        "\"kid\":\"" + metadata.tokenIssuerCertificate().kid() + "\"",
                        "\"use\":\"sig\"",
                        "\"alg\":\"RS256\"",
                        "\"kty\":\"RSA\"");
    }

    @Test
    void unknownPathsAreProblemBodies() {
        JsonHttp.Reply reply = http.get(URI.create(reachedAt + "/federation/nothing-here"));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }
}
