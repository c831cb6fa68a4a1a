package io.fedemu.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.certs.TrustBundles;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.topology.Topology;
import io.fedemu.topology.launcher.EndpointsFile;
import io.fedemu.topology.scenario.ScenarioLoader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outlook Web App from the command line's side (issue 16): endpoints.json and up's table name each organization's
 * OWA, and set-organization-relationship --target-owa-url changes the link a cloud user gets, or breaks it.
 */
class OutlookWebAppCommandTest {
    private static final String RELATIONSHIP = "O365 to On-premises - contoso cloud";
    private static final Pattern CANARY = Pattern.compile("name=\"canary\" value=\"([^\"]+)\"");

    @TempDir
    static Path state;

    static Topology topology;

    @BeforeAll
    static void start() {
        topology = Topology.start(new ScenarioLoader().loadShipped("hybrid"), Topology.Options.in(state));
        EndpointsFile.write(state, EndpointsFile.describe(topology));
    }

    @AfterAll
    static void stop() {
        topology.close();
    }

    @Test
    void endpointsJsonAndUpNameEachOrganizationsOutlookWebApp() {
        Endpoints endpoints = EndpointsFile.read(state);
        assertThat(endpoints.tenants())
                .extracting(Endpoints.Tenant::owaUrl)
                .containsExactly(
                        topology.tenant("contoso-onprem").url() + "/owa",
                        topology.tenant("contoso-cloud").url() + "/owa");
        java.io.StringWriter printed = new java.io.StringWriter();
        UpReport.print(new java.io.PrintWriter(printed, true), endpoints, state.resolve("endpoints.json"));
        assertThat(printed.toString()).containsPattern("contoso-cloud +OWA +https://[^ ]+/owa");
    }

    @Test
    void targetOwaUrlSetFromTheCommandLineIsTheLinkAndClearedItIsTheOutOfDatePage() throws Exception {
        URI owa = URI.create(topology.tenant("contoso-onprem").url() + "/owa");
        String before = topology.tenant("contoso-onprem")
                .relationships()
                .get(RELATIONSHIP)
                .orElseThrow()
                .targetOwaUrl();
        try {
            CommandRun moved = set("https://outlook.contoso.example/owa/contoso.com");
            assertThat(moved.exitCode()).as(moved.err()).isZero();
            assertThat(bobsPage(owa)).contains("href=\"https://outlook.contoso.example/owa/contoso.com\"");

            CommandRun cleared = set("");
            assertThat(cleared.exitCode()).as(cleared.err()).isZero();
            assertThat(bobsPage(owa)).contains("The Outlook Web App address " + owa + " is out of date.");
        } finally {
            set(before);
        }
    }

    private static CommandRun set(String url) {
        List<String> args = new ArrayList<>(List.of(
                "set-organization-relationship",
                "--tenant",
                "contoso-onprem",
                "--identity",
                RELATIONSHIP,
                "--target-owa-url",
                url,
                "--state-dir",
                state.toString()));
        return CommandRun.of(args.toArray(String[]::new));
    }

    /** bob signs in on-premises (a browser of his own: a cookie jar) and gets his page. */
    private static String bobsPage(URI owa) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .sslContext(TrustBundles.clientContext(topology.trustBundle()))
                .cookieHandler(new CookieManager())
                .build();
        String logon = http.send(
                        HttpRequest.newBuilder(URI.create(owa + "/auth/logon.aspx"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher canary = CANARY.matcher(logon);
        assertThat(canary.find()).isTrue();
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(owa + "/auth.owa"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "canary=" + canary.group(1) + "&username=bob%40contoso.com&password=Passw0rd%21bob"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return http.send(HttpRequest.newBuilder(URI.create(owa + "/")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
