package io.fedemu.emulator.owa;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.junit.FederationExtension;
import io.fedemu.tenant.calendar.BusyType;
import io.fedemu.tenant.calendar.CalendarEvent;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a scenario or a calendar writes reaches Outlook Web App's pages as text, never as markup (issue 16). */
class OutlookWebAppEscapingTest {
    @RegisterExtension
    static FederationExtension federation =
            FederationExtension.scenario(Path.of("src/test/resources/scenarios/owa-hostile.yaml"));

    private static final Pattern CANARY = Pattern.compile("name=\"canary\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .sslContext(federation.tls())
            .cookieHandler(new CookieManager())
            .build();

    @Test
    void aHostileDisplayNameAndSubjectAreEscaped() throws Exception {
        federation
                .tenant("fabrikam")
                .calendars()
                .put(
                        "mallory@fabrikam.com",
                        CalendarEvent.single(
                                "hostile",
                                ZonedDateTime.of(2026, 12, 8, 10, 0, 0, 0, ZoneOffset.UTC),
                                ZonedDateTime.of(2026, 12, 8, 11, 0, 0, 0, ZoneOffset.UTC),
                                BusyType.BUSY,
                                "</div><script>alert('subject')</script>"));
        URI owa = signIn("mallory@fabrikam.com", "Passw0rd!mallory");

        String week = get(owa + "/?week=2026-12-07");

        assertThat(week).doesNotContain("<script>");
        assertThat(week)
                .contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; &amp; &quot;Mallory&quot;")
                .contains("&lt;/div&gt;&lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt;");
    }

    @Test
    void aHostileTargetOwaUrlStaysInsideItsAttribute() throws Exception {
        URI owa = signIn("eve@fabrikam.com", "Passw0rd!eve");

        String link = get(owa + "/");

        assertThat(link).doesNotContain("<img").doesNotContain("'onmouseover");
        assertThat(link)
                .contains("&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;")
                .contains("href=\"https://owa.northwind.example/owa?x&#x3D;&#39;onmouseover&#x3D;&#39;alert(2)\"");
    }

    private URI signIn(String user, String password) throws Exception {
        URI owa = URI.create(federation.tenant("fabrikam").url() + "/owa");
        Matcher canary = CANARY.matcher(get(owa + "/auth/logon.aspx"));
        assertThat(canary.find()).isTrue();
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(owa + "/auth.owa"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("canary=" + canary.group(1) + "&username="
                                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                                + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/owa/");
        return owa;
    }

    private String get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
