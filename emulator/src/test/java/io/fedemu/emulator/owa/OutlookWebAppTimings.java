package io.fedemu.emulator.owa;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fedemu.emulator.browser.Chromium;
import io.fedemu.junit.FederationExtension;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Not a test: the measurement of issue 16 (docs/reference/benchmarks.md, "Outlook Web App"), run by
 * {@code benchmarks/owa.sh}. Headless Chromium's Navigation Timing for OWA's sign-in under the default scenario,
 * against a baseline in the same run: the static page of the same Client Access front end (the load balancer's probe,
 * {@code /ews/healthcheck.htm}). Time to first byte is responseStart, rendered is loadEventEnd, both from the
 * navigation's start; for the sign-in the navigation starts when the form is submitted and covers the POST to
 * /owa/auth.owa, its 302 and the week page.
 */
@EnabledIfSystemProperty(named = "fedemu.owaTimings", matches = "true")
class OutlookWebAppTimings {
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    @RegisterExtension
    static Chromium chromium = Chromium.headless();

    private static final String NAVIGATION = "var n = performance.getEntriesByType('navigation')[0];"
            + " return [n.responseStart - n.startTime, n.loadEventEnd - n.startTime];";

    @Test
    void signInAgainstAStaticPage() {
        assumeTrue(Chromium.installed(), "chromium and chromedriver are not installed");
        URI onPremises = federation.tenant("contoso-onprem").url();
        chromium.trust(federation.tls(), onPremises);
        int rounds = Integer.getInteger("fedemu.owaTimings.rounds", 40);
        int warmUp = Integer.getInteger("fedemu.owaTimings.warmUp", 10);
        List<double[]> staticPage = new ArrayList<>();
        List<double[]> logonPage = new ArrayList<>();
        List<double[]> signIn = new ArrayList<>();
        for (int round = 0; round < warmUp + rounds; round++) {
            boolean measured = round >= warmUp;
            chromium.driver().executeCdpCommand("Network.clearBrowserCookies", Map.of());
            chromium.driver().get(onPremises + "/ews/healthcheck.htm");
            record(measured, staticPage);
            chromium.driver().get(onPremises + "/owa/auth/logon.aspx?replaceCurrent=1");
            record(measured, logonPage);
            chromium.driver().findElement(By.id("username")).sendKeys("alice@contoso.com");
            chromium.driver().findElement(By.id("password")).sendKeys("Passw0rd!alice");
            chromium.driver().findElement(By.id("signin")).click();
            new WebDriverWait(chromium.driver(), Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("week")));
            record(measured, signIn);
        }
        System.out.println("OWA timings: " + rounds + " rounds after " + warmUp + " warm-up rounds, headless Chromium");
        System.out.println("page                                   TTFB p50   p90    rendered p50   p90");
        print("static /ews/healthcheck.htm (baseline)", staticPage, staticPage);
        print("sign-in page /owa/auth/logon.aspx", logonPage, staticPage);
        print("sign-in POST -> 302 -> week page", signIn, staticPage);
    }

    private static void record(boolean measured, List<double[]> samples) {
        @SuppressWarnings("unchecked")
        List<Number> timing = (List<Number>) chromium.driver().executeScript(NAVIGATION);
        if (measured) {
            samples.add(new double[] {timing.get(0).doubleValue(), timing.get(1).doubleValue()});
        }
    }

    private static void print(String name, List<double[]> samples, List<double[]> baseline) {
        double ttfb = percentile(samples, 0, 50);
        double rendered = percentile(samples, 1, 50);
        System.out.println(String.format(
                Locale.ROOT,
                "%-38s %6.1f ms %6.1f  %8.1f ms %6.1f   (p50 x baseline: TTFB %.1f, rendered %.1f)",
                name,
                ttfb,
                percentile(samples, 0, 90),
                rendered,
                percentile(samples, 1, 90),
                ttfb / percentile(baseline, 0, 50),
                rendered / percentile(baseline, 1, 50)));
    }

    private static double percentile(List<double[]> samples, int column, int percent) {
        double[] values = samples.stream().mapToDouble(s -> s[column]).sorted().toArray();
        int index = (int) Math.ceil(percent / 100.0 * values.length) - 1;
        return values[Math.max(0, Math.min(values.length - 1, index))];
    }
}
