package io.fedemu.client.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fedemu.client.Json;
import io.fedemu.protocol.gateway.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/** JSON over the JDK's HTTP client, trusting what the given TLS context trusts. */
public final class JsonHttp {
    private final HttpClient http;
    private final ObjectMapper json = Json.lenient();
    private final Duration timeout;
    private final LinkRouter router;

    public JsonHttp(SSLContext tls, Duration timeout) {
        this(tls, timeout, LinkRouter.DIRECT);
    }

    /** Every request goes where {@code router} says at the moment it is sent (a link fault may bend it). */
    public JsonHttp(SSLContext tls, Duration timeout, LinkRouter router) {
        this(
                HttpClient.newBuilder()
                        .sslContext(tls)
                        .connectTimeout(timeout)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                timeout,
                router);
    }

    private JsonHttp(HttpClient http, Duration timeout, LinkRouter router) {
        this.http = http;
        this.timeout = timeout;
        this.router = router;
    }

    /**
     * The same HTTP client (its connections, TLS context and timeout), with requests sent where they are
     * addressed, whatever the router would say: for traffic a link fault must not bend (admin calls) to the
     * same server as routed traffic. A connection kept alive serves both, one TLS handshake instead of two.
     */
    public JsonHttp direct() {
        return router == LinkRouter.DIRECT ? this : new JsonHttp(http, timeout, LinkRouter.DIRECT);
    }

    /** A response as received. */
    public record Reply(int status, String contentType, String body) {
        public boolean ok() {
            return status / 100 == 2;
        }
    }

    public Reply get(URI uri) {
        return send(HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET()
                .build());
    }

    public Reply postJson(URI uri, Object body) {
        return send(HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)))
                .build());
    }

    public Reply putJson(URI uri, Object body) {
        return send(HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body)))
                .build());
    }

    public Reply delete(URI uri) {
        return send(HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json")
                .DELETE()
                .build());
    }

    public Reply postForm(URI uri, Map<String, String> form) {
        return postForm(
                uri,
                form.entrySet().stream()
                        .filter(entry -> entry.getValue() != null)
                        .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                        .collect(Collectors.joining("&")));
    }

    /** Posts a body already encoded as {@code application/x-www-form-urlencoded}. */
    public Reply postForm(URI uri, String body) {
        return send(HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public Reply send(HttpRequest request) {
        URI routed = router.route(request.uri());
        HttpRequest actual = routed.equals(request.uri())
                ? request
                : HttpRequest.newBuilder(request, (name, value) -> true)
                        .uri(routed)
                        .build();
        try {
            HttpResponse<String> response = http.send(actual, HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UnreachableException(request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreachableException(request.uri(), e);
        }
    }

    public <T> T read(Reply reply, Class<T> type) {
        try {
            return json.readValue(reply.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("unexpected response body (" + reply.status() + "): " + reply.body(), e);
        }
    }

    /** The body of a 2xx reply as {@code type}; otherwise a {@link ProblemException} with the problem body. */
    public <T> T expect(Reply reply, Class<T> type) {
        if (!reply.ok()) {
            throw new ProblemException(reply.status(), problem(reply));
        }
        return type == Void.class ? null : read(reply, type);
    }

    private Problem problem(Reply reply) {
        try {
            return json.readValue(reply.body(), Problem.class);
        } catch (IOException e) {
            return new Problem("about:blank", "HTTP " + reply.status(), reply.status(), reply.body(), null);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
