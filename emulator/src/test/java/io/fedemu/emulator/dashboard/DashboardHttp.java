package io.fedemu.emulator.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/** The dashboard as a plain HTTP client sees it: pages, cookies and forms by hand, nothing followed silently. */
final class DashboardHttp {
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client;

    DashboardHttp(URI base, SSLContext tls) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .sslContext(tls)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A signed-in browser: its session cookie and the form token of its pages. */
    record Browser(String cookie, String formToken) {}

    HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form post, as a browser sends it from a page of {@code origin} (null: no Origin header). */
    HttpResponse<String> post(String path, String cookie, String origin, Map<String, String> form)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The dashboard's own origin, as its pages send it. */
    String origin() {
        return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
    }

    /** The sign-in form filled in with {@code token} and sent, as the browser does: the answer. */
    HttpResponse<String> signInWith(String token) throws IOException, InterruptedException {
        HttpResponse<String> form = get("signin", null);
        String signInCookie = cookie(form, DashboardSessions.SIGN_IN_COOKIE);
        return post("signin", signInCookie, origin(), Map.of("formToken", formToken(form.body()), "token", token));
    }

    Browser signIn(String token) throws IOException, InterruptedException {
        HttpResponse<String> signedIn = signInWith(token);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
        String session = cookie(signedIn, DashboardSessions.COOKIE);
        HttpResponse<String> page = get("", session);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return new Browser(session, formToken(page.body()));
    }

    static String formToken(String html) {
        Matcher matcher = FORM_TOKEN.matcher(html);
        assertThat(matcher.find()).as("a form token in " + html).isTrue();
        return matcher.group(1);
    }

    /** {@code name=value} of the response's Set-Cookie for {@code name}. */
    static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "=") && !c.startsWith(name + "=;"))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no cookie " + name + " in " + response.headers().map()));
    }
}
