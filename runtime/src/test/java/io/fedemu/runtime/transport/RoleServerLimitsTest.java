package io.fedemu.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngine;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngineFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;

/** A role's port runs with the limits fedemu chose, not Jetty's defaults, and still serves. */
class RoleServerLimitsTest {
    @Path("/hello")
    public static final class Hello {
        @GET
        public String hello() {
            return "hello";
        }
    }

    @Test
    void aRolePortHasItsThreadConnectionAndIdleLimits() throws Exception {
        try (RoleServer server =
                RoleServer.on("127.0.0.1", 0, null).publishRest("/", List.of(new Hello()), List.of())) {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(server.address() + "/hello"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(answer.body()).isEqualTo("hello");

            JettyHTTPServerEngine engine = server.bus()
                    .getExtension(JettyHTTPServerEngineFactory.class)
                    .retrieveJettyHTTPServerEngine(server.port());
            QueuedThreadPool threads = (QueuedThreadPool) engine.getServer().getThreadPool();
            assertThat(threads.getMaxThreads()).isEqualTo(RoleServer.MAX_THREADS);
            assertThat(threads.getMinThreads()).isEqualTo(RoleServer.MIN_THREADS);
            assertThat(engine.getServer().getBean(NetworkConnectionLimit.class).getMaxNetworkConnectionCount())
                    .isEqualTo(RoleServer.MAX_CONNECTIONS);
            assertThat(((ServerConnector) engine.getConnector()).getIdleTimeout())
                    .isEqualTo(RoleServer.IDLE_TIMEOUT_MILLIS);
        }
    }
}
