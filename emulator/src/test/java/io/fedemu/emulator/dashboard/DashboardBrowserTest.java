package io.fedemu.emulator.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.client.availability.FreeBusyQuery;
import io.fedemu.emulator.browser.Chromium;
import io.fedemu.junit.FederationExtension;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The trainer's dashboard in a real browser (headless Chromium) on the default scenario: signing in with the admin
 * token, the hybrid topology drawn, a fault set with a button breaking the next request, whose trace names the broken
 * link with its remedy, and the button mending it; the live journal showing a request made elsewhere.
 */
class DashboardBrowserTest {
    private static final String CLOUD_RELATIONSHIP = "On-premises to O365 - contoso on-premises";

    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    // Large enough for the whole topology, as a projector shows it.
    @RegisterExtension
    static Chromium chromium = Chromium.headless().windowSize(1600, 1400);

    static Dashboard dashboard;
    static WebDriver browser;

    @BeforeAll
    static void openTheDashboard() {
        dashboard = Dashboard.start(federation.topology(), federation.endpoints(), 0);
        browser = chromium.trust(federation.tls(), dashboard.url()).driver();
    }

    @AfterAll
    static void close() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @AfterEach
    void signOut() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void withoutTheAdminTokenTheBrowserGetsTheSignInPageNotTheDashboard() {
        browser.get(dashboard.url().toString());

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("401", "ADMIN_CREDENTIAL_MISSING");
        assertThat(browser.findElements(By.id("topology"))).isEmpty();
    }

    @Test
    void theDashboardShowsTheHybridTopology() {
        signIn();

        String picture = browser.findElement(By.id("topology")).getText();
        assertThat(picture)
                .contains(
                        "Federation gateway",
                        "✓ signs tokens with its published key",
                        "contoso-onprem (on-premises)",
                        "contoso-cloud (cloud)",
                        "✓ federation trust enabled",
                        "certificates: current",
                        "✓ EX2013-01 Version 15.0 (Build 620.29) up",
                        "✓ EX2013-02 Version 15.0 (Build 620.29) up",
                        "EX2007-01 Version 8.3",
                        "✉ Outbound to Office 365 enabled",
                        "contoso-onprem → contoso-cloud: 'O365 to On-premises - contoso cloud', free/busy LimitedDetails",
                        "contoso-cloud → contoso-onprem: '" + CLOUD_RELATIONSHIP + "', free/busy");
        chromium.screenshotForDocs("dashboard-topology.png");
    }

    @Test
    void aFaultSetInTheBrowserBreaksTheNextRequestAndItsTraceShowsTheRemedyUntilItIsMended() {
        signIn();

        navigate(relationshipButton());
        assertThat(browser.findElement(By.id("done")).getText()).contains("free/busy off");
        assertThat(browser.findElement(By.id("topology")).getText())
                .contains("✗ contoso-cloud → contoso-onprem: '" + CLOUD_RELATIONSHIP + "', free/busy off");
        runFreeBusy("alice@contoso.com", "bob@contoso.com");

        WebElement broken = browser.findElement(By.cssSelector("tr.hop[data-verdict='failed']"));
        assertThat(broken.getText())
                .contains(
                        "✗",
                        "ACCESS_DECISION",
                        "[contoso-cloud]",
                        "FREE_BUSY_DISABLED",
                        "What to do: run set-organization-relationship --tenant contoso-cloud --identity '"
                                + CLOUD_RELATIONSHIP + "' --free-busy-access-enabled true");
        assertThat(browser.findElement(By.id("answers")).getText()).contains("✗", "ErrorNoFreeBusyAccess");
        chromium.screenshotForDocs("dashboard-broken-chain.png");

        navigate(browser.findElement(By.linkText("← Back to the dashboard")));
        navigate(relationshipButton());
        runFreeBusy("alice@contoso.com", "bob@contoso.com");

        assertThat(browser.findElements(By.cssSelector("tr.hop[data-verdict='failed']")))
                .isEmpty();
        assertThat(browser.findElement(By.id("answers")).getText()).contains("✓", "NoError");
    }

    @Test
    void theLiveJournalPutsARequestMadeElsewhereOnTop() {
        signIn();
        String requestId = "fedemu-test-" + java.util.UUID.randomUUID();

        FreeBusyQuery.day(
                        federation.tenant("contoso-onprem").ewsUrl(),
                        "carol@contoso.com",
                        "Passw0rd!carol",
                        List.of("bob@contoso.com"),
                        LocalDate.now(ZoneOffset.UTC))
                .ask(federation.tls(), requestId);

        WebElement row = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("#journal tr")).stream()
                        .filter(r -> requestId.equals(r.getAttribute("data-request")))
                        .findFirst()
                        .orElse(null));
        assertThat(row.getText()).contains("carol@contoso.com", "bob@contoso.com");
        assertThat(browser.findElement(By.cssSelector("#journal tr")).getAttribute("data-request"))
                .isEqualTo(requestId);
    }

    private static void navigate(WebElement control) {
        chromium.navigate(control);
    }

    private static WebElement relationshipButton() {
        return browser.findElement(By.cssSelector("[data-relationship='" + CLOUD_RELATIONSHIP + "'] button"));
    }

    private static void runFreeBusy(String as, String target) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("as"))).selectByValue(as);
        WebElement to = browser.findElement(By.id("for"));
        to.clear();
        to.sendKeys(target);
        navigate(browser.findElement(By.id("run")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Request fedemu-dashboard-");
    }

    private static void signIn() {
        browser.get(URI.create(dashboard.url() + "signin").toString());
        browser.findElement(By.id("token"))
                .sendKeys(federation.adminCredential().token());
        navigate(browser.findElement(By.id("signin")));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .as(browser.getCurrentUrl() + "\n" + browser.getPageSource())
                .contains("fedemu", "hybrid");
    }
}
