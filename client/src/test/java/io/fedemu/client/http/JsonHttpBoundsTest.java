package io.fedemu.client.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A JSON call is bounded as a whole: an answer larger than the cap or still arriving at the deadline ends the
 * call as unreachable, naming which, instead of reading on.
 */
class JsonHttpBoundsTest {
    static WireMockServer far;

    @BeforeAll
    static void start() {
        far = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .extensionScanningEnabled(false));
        far.start();
        far.stubFor(get(urlEqualTo("/small")).willReturn(aResponse().withBody("{\"ok\":true}")));
        far.stubFor(get(urlEqualTo("/huge"))
                .willReturn(aResponse().withBody("x".repeat(JsonHttp.MAX_ANSWER_BYTES + 1024))));
        far.stubFor(get(urlEqualTo("/trickle"))
                .willReturn(aResponse().withBody("y".repeat(10_000)).withChunkedDribbleDelay(100, 20_000)));
    }

    @AfterAll
    static void stop() {
        far.stop();
    }

    @Test
    void anAnswerWithinTheBoundsIsRead() throws Exception {
        assertThat(http().get(uri("/small")).body()).isEqualTo("{\"ok\":true}");
    }

    @Test
    void anAnswerLargerThanTheCapEndsTheCall() {
        assertThatThrownBy(() -> http().get(uri("/huge")))
                .isInstanceOf(UnreachableException.class)
                .satisfies(e -> assertThat(AnswerTooLargeException.in(e)).isTrue());
    }

    @Test
    void anAnswerStillArrivingAtTheDeadlineEndsTheCall() {
        assertThatThrownBy(() -> http().get(uri("/trickle")))
                .isInstanceOf(UnreachableException.class)
                .hasCauseInstanceOf(HttpTimeoutException.class);
    }

    private static JsonHttp http() throws Exception {
        return new JsonHttp(SSLContext.getDefault(), Duration.ofSeconds(2));
    }

    private static URI uri(String path) {
        return URI.create(far.baseUrl() + path);
    }
}
