package io.fedemu.emulator.owa;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.junit.FederationExtension;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Outlook Web App's security properties over plain HTTP requests (issue 16): the cookies' flags, the CSRF token
 * ("canary") on every form, cross-origin posts, bounded forms, and HTML escaping of what users write.
 */
class OutlookWebAppSecurityTest {
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    private static final Pattern CANARY = Pattern.compile("name=\"canary\" value=\"([^\"]+)\"");

    private URI owa;
    private CookieManager cookies;
    private HttpClient http;

    @BeforeEach
    void browserOfItsOwn() {
        owa = URI.create(federation.tenant("contoso-onprem").url() + "/owa");
        cookies = new CookieManager();
        http = HttpClient.newBuilder()
                .sslContext(federation.tls())
                .cookieHandler(cookies)
                .build();
    }

    @Test
    void theSessionCookieIsHttpOnlySecureAndSameSite() throws Exception {
        HttpResponse<String> signedIn = signIn("alice@contoso.com", "Passw0rd!alice");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/owa/");
        String cookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("cadata."))
                .findFirst()
                .orElseThrow();
        assertThat(cookie)
                .contains("HttpOnly")
                .contains("Secure")
                .contains("SameSite=Lax")
                .contains("Path=/owa");
        assertThat(get(owa + "/").body()).contains("Alice Wilson");
    }

    @Test
    void wrongCredentialsGoBackToTheSignInPageAndOpenNoSession() throws Exception {
        HttpResponse<String> refused = signIn("alice@contoso.com", "guess");

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("reason=2"));
        assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(value -> value.startsWith("cadata."));
        assertThat(get(owa + "/").statusCode()).isEqualTo(302);
    }

    @Test
    void aSignInWithoutTheCanaryIsRefusedAndNamesIt() throws Exception {
        get(owa + "/auth/logon.aspx");

        HttpResponse<String> refused =
                post(owa + "/auth.owa", "username=alice%40contoso.com&password=Passw0rd%21alice", null);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("CSRF token (canary)");
        assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(value -> value.startsWith("cadata."));
    }

    @Test
    void aFormPostedFromAnotherOriginIsRefused() throws Exception {
        String canary = canaryOf(get(owa + "/auth/logon.aspx").body());

        HttpResponse<String> refused = post(
                owa + "/auth.owa",
                "canary=" + canary + "&username=alice%40contoso.com&password=Passw0rd%21alice",
                "https://evil.example");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("posted from another origin");
    }

    @Test
    void signOutNeedsTheSessionsCanaryAndEndsTheSession() throws Exception {
        signIn("alice@contoso.com", "Passw0rd!alice");
        String canary = canaryOf(get(owa + "/").body());

        assertThat(post(owa + "/logoff.owa", "canary=wrong", null).statusCode()).isEqualTo(403);
        assertThat(get(owa + "/").statusCode()).isEqualTo(200);
        assertThat(post(owa + "/logoff.owa", "canary=" + canary, null).statusCode())
                .isEqualTo(302);
        assertThat(get(owa + "/").statusCode()).isEqualTo(302);
    }

    @Test
    void anOversizedFormIsRefusedBeforeItIsRead() throws Exception {
        HttpResponse<String> refused = post(owa + "/auth.owa", "username=" + "a".repeat(20_000), null);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("larger than 8192 bytes");
    }

    @Test
    void aWeekOutsideTheCalendarsYearsOrAMalformedOriginIsA4xxNamingIt() throws Exception {
        signIn("alice@contoso.com", "Passw0rd!alice");

        HttpResponse<String> farAway = get(owa + "/?week=%2B999999999-12-31");
        HttpResponse<String> malformed = post(owa + "/logoff.owa", "canary=x", "https://exa mple");

        assertThat(farAway.statusCode()).isEqualTo(400);
        assertThat(farAway.body()).contains("is not a date (yyyy-MM-dd)");
        assertThat(malformed.statusCode()).isEqualTo(403);
        assertThat(malformed.body()).contains("an origin that is not a URL");
    }

    @Test
    void whatAUserWritesIsEscaped() throws Exception {
        signIn("alice@contoso.com", "Passw0rd!alice");
        String canary = canaryOf(get(owa + "/scheduling").body());

        HttpResponse<String> refused = post(
                owa + "/scheduling",
                "canary=" + canary + "&date=2026-12-08&attendees="
                        + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8),
                null);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(refused.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
    }

    @Test
    void aRemoteMailboxWithoutTargetOwaUrlGetsTheOutOfDatePage() throws Exception {
        var relationships = federation.tenant("contoso-onprem").relationships();
        String name = "O365 to On-premises - contoso cloud";
        String written = relationships.get(name).orElseThrow().targetOwaUrl();
        relationships.set(
                name,
                io.fedemu.protocol.tenant.RelationshipChanges.builder()
                        .targetOwaUrl("")
                        .build());
        try {
            signIn("bob@contoso.com", "Passw0rd!bob");

            assertThat(get(owa + "/").body())
                    .contains("The Outlook Web App address " + owa + " is out of date.")
                    .contains("has no TargetOwaURL");
        } finally {
            relationships.set(
                    name,
                    io.fedemu.protocol.tenant.RelationshipChanges.builder()
                            .targetOwaUrl(written)
                            .build());
        }
    }

    private HttpResponse<String> signIn(String user, String password) throws Exception {
        String canary = canaryOf(get(owa + "/auth/logon.aspx").body());
        return post(
                owa + "/auth.owa",
                "destination=%2Fowa%2F&flags=4&canary=" + canary + "&username="
                        + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8),
                null);
    }

    private static String canaryOf(String page) {
        Matcher matcher = CANARY.matcher(page);
        assertThat(matcher.find()).as("a canary in %s", page).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String form, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
