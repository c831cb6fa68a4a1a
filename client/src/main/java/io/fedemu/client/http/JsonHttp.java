package io.fedemu.client.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fedemu.client.Json;
import io.fedemu.protocol.admin.AdminCredential;
import io.fedemu.protocol.gateway.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/** JSON over the JDK's HTTP client, trusting what the given TLS context trusts. */
public final class JsonHttp {
    /** JSON answers of the gateway and the admin APIs are a few kilobytes; 4 MB is far above any of them. */
    public static final int MAX_ANSWER_BYTES = 4 * 1024 * 1024;

    /** One daemon thread closes the bodies whose deadline passed, for every client in the JVM. */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "fedemu-http-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    private final HttpClient http;
    private final ObjectMapper json = Json.lenient();
    private final Duration timeout;
    private final LinkRouter router;
    private final AdminCredential credential;

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
                router,
                AdminCredential.NONE);
    }

    private JsonHttp(HttpClient http, Duration timeout, LinkRouter router, AdminCredential credential) {
        this.http = http;
        this.timeout = timeout;
        this.router = router;
        this.credential = credential;
    }

    /**
     * The same HTTP client, sending {@code credential} with every request: for the admin APIs, which refuse a
     * request without it. Only admin clients are given one, so the token never travels to a partner.
     */
    public JsonHttp withAdmin(AdminCredential value) {
        return new JsonHttp(http, timeout, router, value == null ? AdminCredential.NONE : value);
    }

    /**
     * The same HTTP client (its connections, TLS context and timeout), with requests sent where they are
     * addressed, whatever the router would say: for traffic a link fault must not bend (admin calls) to the
     * same server as routed traffic. A connection kept alive serves both, one TLS handshake instead of two.
     */
    public JsonHttp direct() {
        return router == LinkRouter.DIRECT ? this : new JsonHttp(http, timeout, LinkRouter.DIRECT, credential);
    }

    /** A response as received. */
    public record Reply(int status, String contentType, String body) {
        public boolean ok() {
            return status / 100 == 2;
        }
    }

    public Reply get(URI uri) {
        return send(request(uri).header("Accept", "application/json").GET().build());
    }

    public Reply postJson(URI uri, Object body) {
        return send(request(uri)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)))
                .build());
    }

    public Reply putJson(URI uri, Object body) {
        return send(request(uri)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body)))
                .build());
    }

    public Reply delete(URI uri) {
        return send(request(uri).header("Accept", "application/json").DELETE().build());
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
        return send(request(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeout);
    }

    public Reply send(HttpRequest request) {
        URI routed = router.route(request.uri());
        boolean addCredential = credential.present()
                && request.headers().firstValue(AdminCredential.HEADER).isEmpty();
        HttpRequest actual = request;
        if (!routed.equals(request.uri()) || addCredential) {
            // A request built by the caller keeps its own Authorization header (a test sending a wrong token).
            HttpRequest.Builder copy =
                    HttpRequest.newBuilder(request, (name, value) -> true).uri(routed);
            if (addCredential) {
                copy.header(AdminCredential.HEADER, credential.headerValue());
            }
            actual = copy.build();
        }
        // The request timeout of the JDK's client ends with the response headers; the deadline here covers the
        // body too, and the body is read only up to MAX_ANSWER_BYTES, so a far side that trickles or floods its
        // answer costs at most the deadline and the cap.
        long deadline = System.nanoTime() + timeout.toNanos();
        CompletableFuture<HttpResponse<InputStream>> pending =
                http.sendAsync(actual, HttpResponse.BodyHandlers.ofInputStream());
        try {
            HttpResponse<InputStream> response = pending.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    body(response.body(), deadline));
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new UnreachableException(request.uri(), new HttpTimeoutException("no answer within " + timeout));
        } catch (ExecutionException e) {
            throw new UnreachableException(request.uri(), e.getCause());
        } catch (IOException e) {
            throw new UnreachableException(request.uri(), e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreachableException(request.uri(), e);
        }
    }

    /** The body, read until the deadline and up to the cap; the stream is closed at the deadline. */
    private static String body(InputStream in, long deadline) throws IOException {
        ScheduledFuture<?> stop = DEADLINES.schedule(
                () -> {
                    try {
                        in.close();
                    } catch (IOException e) {
                        // closing is all that matters
                    }
                },
                Math.max(0, deadline - System.nanoTime()),
                TimeUnit.NANOSECONDS);
        try (in) {
            byte[] bytes = in.readNBytes(MAX_ANSWER_BYTES + 1);
            if (bytes.length > MAX_ANSWER_BYTES) {
                throw new AnswerTooLargeException(MAX_ANSWER_BYTES);
            }
            if (System.nanoTime() - deadline > 0) {
                throw new HttpTimeoutException("the answer did not complete before the deadline");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            if (System.nanoTime() - deadline > 0 && !(e instanceof AnswerTooLargeException)) {
                throw new HttpTimeoutException("the answer did not complete before the deadline");
            }
            throw e;
        } finally {
            stop.cancel(false);
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
