package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.junit.FederationExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A training lab may open the admin APIs ({@code adminAccess: open}): any local process may then use them
 * without the token, but a foreign web page still may not, and endpoints.json says the access is open.
 */
class OpenAdminAccessAcceptanceTest {
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario(labScenario());

    @Test
    void noTokenIsNeededButAForeignPageIsStillRefused() throws Exception {
        URI journal = URI.create(federation.tenant("lab").url() + "/admin/journal");
        HttpClient http = HttpClient.newBuilder().sslContext(federation.tls()).build();

        HttpResponse<String> open =
                http.send(HttpRequest.newBuilder(journal).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> foreign = http.send(
                HttpRequest.newBuilder(journal)
                        .header("Origin", "https://evil.example")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(open.statusCode()).as(open.body()).isEqualTo(200);
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("ADMIN_ORIGIN_FOREIGN");
        assertThat(federation.endpoints().admin().access()).isEqualTo("open");
    }

    private static Path labScenario() {
        try {
            Path file = Files.createTempDirectory("fedemu-lab").resolve("lab.yaml");
            Files.writeString(file, """
                    scenario: lab
                    adminAccess: open
                    organizations:
                      - name: lab
                        kind: on-premises
                        domains: [lab.example]
                        federated: false
                        mailboxes:
                          - {address: ann@lab.example, password: pw-ann}
                    """);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
