package io.fedemu.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.fedemu.certs.TrustBundles;
import io.fedemu.client.Json;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.topology.launcher.EndpointsFile;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The admin APIs of a running {@code fedemu up}, reached as a script reaches them: URLs, trust bundle and
 * admin credentials from its endpoints.json. Every admin request of the kill test is built here, so the
 * credentials are sent in one place.
 */
final class AdminHttp {
    private final Endpoints endpoints;
    private final HttpClient http;
    private final String token;

    private AdminHttp(Endpoints endpoints, HttpClient http, String token) {
        this.endpoints = endpoints;
        this.http = http;
        this.token = token;
    }

    /** Read anew after every start: the ports, and perhaps the token, are the new process's. */
    static AdminHttp of(Path state) throws IOException {
        Endpoints endpoints = EndpointsFile.read(state);
        // As a script would: the token from endpoints.json ("admin": {"access": "token", "token": ...}).
        JsonNode token = Json.lenient()
                .readTree(EndpointsFile.in(state).toFile())
                .path("admin")
                .path("token");
        HttpClient http = HttpClient.newBuilder()
                .sslContext(TrustBundles.clientContext(
                        Path.of(endpoints.trustBundle().pem())))
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        return new AdminHttp(endpoints, http, token.isTextual() ? token.asText() : null);
    }

    Endpoints endpoints() {
        return endpoints;
    }

    /** {@code path} below the gateway's /admin, e.g. {@code /organizations}. */
    URI gateway(String path) throws URISyntaxException {
        return below(endpoints.gateway().admin(), path);
    }

    /** {@code path} below a tenant's /admin; spaces and the like are percent-encoded. */
    URI tenant(String name, String path) throws URISyntaxException {
        Endpoints.Tenant tenant = endpoints.tenants().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tenant " + name + " in endpoints.json"));
        return below(tenant.admin(), path);
    }

    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return send("GET", uri, null);
    }

    /** {@code json} null sends no body. */
    HttpResponse<String> send(String method, URI uri, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI below(String admin, String path) throws URISyntaxException {
        URI base = URI.create(admin);
        // The multi-argument constructor percent-encodes what a path segment may not hold (spaces, mostly).
        return new URI(base.getScheme(), base.getAuthority(), base.getPath() + path, null, null);
    }
}
