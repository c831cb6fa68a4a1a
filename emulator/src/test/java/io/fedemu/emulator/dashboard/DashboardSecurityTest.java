package io.fedemu.emulator.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.faults.TenantFaults;
import io.fedemu.protocol.reason.Reason;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The dashboard's door, tested as a plain HTTP client: no page without signing in with the admin token, the
 * session cookie a script cannot read nor another site send, no form accepted from another site's page, bad input
 * named and nothing changed.
 */
class DashboardSecurityTest {
    private static final String CLOUD = "contoso-cloud";
    private static final String CLOUD_RELATIONSHIP = "On-premises to O365 - contoso on-premises";

    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    static Dashboard dashboard;
    static DashboardHttp http;

    @BeforeAll
    static void serveTheDashboard() {
        dashboard = Dashboard.start(federation.topology(), federation.endpoints(), 0);
        http = new DashboardHttp(dashboard.url(), federation.tls());
    }

    @AfterAll
    static void stopTheDashboard() {
        dashboard.close();
    }

    @Test
    void withoutSigningInEveryPageIs401NamingTheMissingCredential() throws Exception {
        for (String path : new String[] {"", "trace?request=x", "journal"}) {
            HttpResponse<String> page = http.get(path, null);

            assertThat(page.statusCode()).isEqualTo(401);
            assertThat(page.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"fedemu-admin\"");
            assertThat(page.body()).contains(Reason.ADMIN_CREDENTIAL_MISSING.name(), "/signin");
        }
        HttpResponse<String> stolen = http.get("", DashboardSessions.COOKIE + "=guessed");
        assertThat(stolen.statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongTokenIsRefusedAsWrongAndOpensNoSession() throws Exception {
        HttpResponse<String> wrong = http.signInWith("not-the-token");

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains(Reason.ADMIN_CREDENTIAL_WRONG.name());
        assertThat(wrong.headers().allValues("Set-Cookie"))
                .noneMatch(c -> c.startsWith(DashboardSessions.COOKIE + "=") && !c.contains("Max-Age=0"));
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteStrictAndSecureOnHttps() throws Exception {
        HttpResponse<String> signedIn =
                http.signInWith(federation.adminCredential().token());

        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith(DashboardSessions.COOKIE + "=")
                        .contains("HttpOnly", "SameSite=Strict", "Secure", "Path=/"));
    }

    @Test
    void aCrossSiteFormPostIsRefusedAndChangesNothing() throws Exception {
        DashboardHttp.Browser browser = http.signIn(federation.adminCredential().token());
        Map<String, String> turnOff =
                Map.of("fault", "free-busy", "role", CLOUD, "relationship", CLOUD_RELATIONSHIP, "value", "false");

        // A page of another site, even one that somehow had the cookie sent along and knew the form token.
        Map<String, String> withToken = new java.util.HashMap<>(turnOff);
        withToken.put("formToken", browser.formToken());
        HttpResponse<String> foreign = http.post("faults", browser.cookie(), "https://evil.example", withToken);
        // No Origin (an old browser, a plug-in) and no form token: only the dashboard's own page has it.
        HttpResponse<String> tokenless = http.post("faults", browser.cookie(), null, turnOff);
        Map<String, String> wrongToken = new java.util.HashMap<>(turnOff);
        wrongToken.put("formToken", "guessed");
        HttpResponse<String> guessed = http.post("faults", browser.cookie(), null, wrongToken);

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains(Reason.ADMIN_ORIGIN_FOREIGN.name(), "evil.example");
        assertThat(tokenless.statusCode()).isEqualTo(403);
        assertThat(tokenless.body()).contains(Reason.ADMIN_FORM_TOKEN_WRONG.name());
        assertThat(guessed.statusCode()).isEqualTo(403);
        assertThat(federation
                        .tenantAdmin(CLOUD)
                        .organizationRelationship(CLOUD_RELATIONSHIP)
                        .freeBusyAccessEnabled())
                .isTrue();
    }

    @Test
    void aForeignHostIsRefusedAsDnsRebindingWould() throws Exception {
        String answer = raw("GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 421").contains(Reason.ADMIN_HOST_NOT_SERVED.name());
    }

    @Test
    void badInputIsNamedOnA4xxPageAndChangesNothing() throws Exception {
        DashboardHttp.Browser browser = http.signIn(federation.adminCredential().token());
        TenantFaults before = federation.tenantAdmin(CLOUD).faults();

        HttpResponse<String> notANumber =
                submit(browser, "faults", Map.of("fault", "delay", "role", CLOUD, "value", "soon<b>"));
        HttpResponse<String> unknownRole =
                submit(browser, "faults", Map.of("fault", "down", "role", "<script>x</script>", "value", "true"));
        HttpResponse<String> outOfRange =
                submit(browser, "faults", Map.of("fault", "delay", "role", CLOUD, "value", "99999999"));
        HttpResponse<String> unknownUser = submit(
                browser,
                "free-busy",
                Map.of("tenant", "contoso-onprem", "as", "zed@contoso.com", "for", "bob@contoso.com"));

        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body())
                .contains(Reason.FAULT_INVALID.name(), "soon&lt;b&gt;")
                .doesNotContain("soon<b>");
        assertThat(unknownRole.statusCode()).isEqualTo(400);
        assertThat(unknownRole.body())
                .contains(Reason.REQUEST_INVALID.name(), "&lt;script&gt;", "contoso-onprem")
                .doesNotContain("<script>x");
        assertThat(outOfRange.statusCode()).isEqualTo(400);
        assertThat(outOfRange.body()).contains(Reason.FAULT_INVALID.name());
        assertThat(unknownUser.statusCode()).isEqualTo(400);
        assertThat(unknownUser.body()).contains("zed@contoso.com", "alice@contoso.com");
        assertThat(federation.tenantAdmin(CLOUD).faults()).isEqualTo(before);
    }

    @Test
    void theLiveJournalSendsEachNewRequestAsAnEvent() throws Exception {
        DashboardHttp.Browser browser = http.signIn(federation.adminCredential().token());
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .sslContext(federation.tls())
                .build();
        HttpResponse<java.util.stream.Stream<String>> stream = client.send(
                java.net.http.HttpRequest.newBuilder(dashboard.url().resolve("journal?after=" + latest()))
                        .header("Cookie", browser.cookie())
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));

        HttpResponse<String> run = submit(
                browser,
                "free-busy",
                Map.of("tenant", "contoso-onprem", "as", "alice@contoso.com", "for", "bob@contoso.com"));
        String requestId = run.headers().firstValue("Location").orElseThrow().replaceFirst(".*request=", "");

        try (java.util.stream.Stream<String> lines = stream.body()) {
            assertThat(lines.filter(l -> l.startsWith("data: "))
                            .filter(l -> l.contains(requestId))
                            .findFirst())
                    .hasValueSatisfying(l -> assertThat(l).contains("alice@contoso.com", "bob@contoso.com", "✓"));
        }
    }

    /** A form of the dashboard's own page: its origin, the session's cookie and form token. */
    private static HttpResponse<String> submit(DashboardHttp.Browser browser, String path, Map<String, String> fields)
            throws Exception {
        Map<String, String> form = new java.util.HashMap<>(fields);
        form.put("formToken", browser.formToken());
        return http.post(path, browser.cookie(), http.origin(), form);
    }

    private static long latest() {
        return JournalRows.latest(federation.journal());
    }

    private static String raw(String request) throws Exception {
        try (SSLSocket socket = (SSLSocket) federation
                .tls()
                .getSocketFactory()
                .createSocket("127.0.0.1", dashboard.url().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            StringBuilder answer = new StringBuilder();
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    answer.append(line).append('\n');
                }
            }
            return answer.toString();
        }
    }
}
