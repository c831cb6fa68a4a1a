package io.fedemu.emulator.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.emulator.browser.Chromium;
import io.fedemu.junit.FederationExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The dashboard's page times under the default scenario, as the browser's Navigation Timing reports them: time to
 * first byte (the server's whole work: every admin API read for the picture and the buttons, the templates) and time
 * to the rendered page (load event). Figures only, no assertion on them: run with {@code -Dfedemu.dashboardFigures=true}
 * (docs/reference/benchmarks.md, "Dashboard").
 */
@EnabledIfSystemProperty(named = "fedemu.dashboardFigures", matches = "true")
class DashboardFiguresTest {
    static final int LOADS = 20;

    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    // Large enough for the whole topology, as a projector shows it.
    @RegisterExtension
    static Chromium chromium = Chromium.headless().windowSize(1600, 1400);

    static Dashboard dashboard;
    static WebDriver browser;

    @BeforeAll
    static void open() {
        dashboard = Dashboard.start(federation.topology(), federation.endpoints(), 0);
        browser = chromium.trust(federation.tls(), dashboard.url()).driver();
    }

    @AfterAll
    static void close() {
        dashboard.close();
    }

    @Test
    void timeToFirstByteAndToTheRenderedPage() {
        browser.get(dashboard.url() + "signin");
        browser.findElement(By.id("token"))
                .sendKeys(federation.adminCredential().token());
        chromium.navigate(browser.findElement(By.id("signin")));
        Map<String, Double> first = timing();
        List<Double> firstByte = new ArrayList<>();
        List<Double> rendered = new ArrayList<>();
        for (int i = 0; i < LOADS; i++) {
            browser.navigate().refresh();
            Map<String, Double> times = timing();
            firstByte.add(times.get("firstByte"));
            rendered.add(times.get("rendered"));
        }
        System.out.printf(
                "dashboard, default scenario: first load after sign-in: first byte %.0f ms, rendered %.0f ms; "
                        + "%d reloads: first byte median %.0f ms (min %.0f, max %.0f), rendered median %.0f ms "
                        + "(min %.0f, max %.0f)%n",
                first.get("firstByte"),
                first.get("rendered"),
                LOADS,
                median(firstByte),
                firstByte.stream().mapToDouble(d -> d).min().orElse(0),
                firstByte.stream().mapToDouble(d -> d).max().orElse(0),
                median(rendered),
                rendered.stream().mapToDouble(d -> d).min().orElse(0),
                rendered.stream().mapToDouble(d -> d).max().orElse(0));
        assertThat(browser.findElement(By.id("topology")).getText()).contains("Federation gateway");
    }

    /** Navigation Timing of the page now shown, in ms from the navigation's start. */
    @SuppressWarnings("unchecked")
    private static Map<String, Double> timing() {
        Object answer = ((JavascriptExecutor) browser)
                .executeAsyncScript("var done = arguments[0];"
                        + "function read() { var n = performance.getEntriesByType('navigation')[0];"
                        + " if (!n || n.loadEventEnd === 0) { setTimeout(read, 20); return; }"
                        + " done({firstByte: n.responseStart - n.startTime, rendered: n.loadEventEnd - n.startTime}); }"
                        + "read();");
        Map<String, Object> raw = (Map<String, Object>) answer;
        return Map.of(
                "firstByte", ((Number) raw.get("firstByte")).doubleValue(),
                "rendered", ((Number) raw.get("rendered")).doubleValue());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
