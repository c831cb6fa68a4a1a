package io.fedemu.emulator.owa;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.emulator.browser.Chromium;
import io.fedemu.junit.FederationExtension;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Outlook Web App's single URL in a real browser (issue 16): headless Chromium signs in on contoso's on-premises
 * namespace as the three kinds of user the hybrid scenario has, and with a wrong password.
 */
class OutlookWebAppBrowserTest {
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    @RegisterExtension
    static Chromium chromium = Chromium.headless();

    static URI onPremises;
    static URI cloud;
    static URI legacy;

    @BeforeAll
    static void trustTheEmulator() {
        onPremises = federation.tenant("contoso-onprem").url();
        cloud = federation.tenant("contoso-cloud").url();
        legacy = federation
                .tenant("contoso-onprem")
                .farm()
                .orElseThrow()
                .legacyEwsUrl("EX2007-01")
                .orElseThrow()
                .resolve("/");
        chromium.trust(federation.tls(), onPremises, cloud, legacy);
    }

    @BeforeEach
    void signedOut() {
        // Every origin's cookies (deleteAllCookies clears only the current page's): each test starts signed out.
        browser().executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    }

    @Test
    void anOnPremisesUserSeesHerWeekAndAPartnersFreeBusy() {
        signIn(onPremises, "alice@contoso.com", "Passw0rd!alice");
        browser().get(onPremises + "/owa/?week=2026-12-07");

        assertThat(text("week")).contains("week of 2026-12-07");
        assertThat(text("calendar")).contains("Hybrid migration weekly sync");
        chromium.navigate(browser().findElement(By.id("scheduling")));
        browser().findElement(By.id("attendees")).sendKeys("bob@contoso.com, carol@contoso.com");
        setDate("2026-12-08");
        chromium.navigate(browser().findElement(By.id("lookup")));
        // findElements does not wait: the answer page must have arrived before its rows are read.
        wait(ExpectedConditions.presenceOfElementLocated(By.id("freebusy")));

        assertThat(browser().findElements(By.cssSelector("#freebusy tr.attendee")))
                .extracting(row -> row.getText())
                .satisfiesExactly(
                        bob -> assertThat(bob).startsWith("bob@contoso.com NoError"),
                        carol -> assertThat(carol).startsWith("carol@contoso.com NoError"));
        // bob's mailbox is in the cloud: his busy time crossed the federation, with its subject (LimitedDetails).
        assertThat(text("freebusy")).contains("Exchange Online capacity planning");
    }

    @Test
    void aUserWhoseMailboxIsInTheCloudFollowsTheLinkAndSignsInThere() throws Exception {
        signIn(onPremises, "bob@contoso.com", "Passw0rd!bob");

        var link = wait(ExpectedConditions.presenceOfElementLocated(By.id("cloud-link")));
        // The relationship's TargetOwaURL, tenant:contoso-cloud/owa in the scenario, resolved as its other URLs are.
        String target = "https://localhost:" + cloud.getPort() + "/owa";
        assertThat(link.getAttribute("href")).isEqualTo(target);
        chromium.screenshotForDocs("owa-cloud-link.png");
        chromium.navigate(link);
        wait(ExpectedConditions.presenceOfElementLocated(By.id("logonForm")));
        assertThat(browser().getCurrentUrl()).startsWith(target + "/auth/logon.aspx");
        fillAndSubmit("bob@contoso.mail.onmicrosoft.com", "Passw0rd!bob");

        assertThat(browser().getCurrentUrl()).startsWith(target + "/");
        assertThat(text("week")).contains("Calendar: week of");
        assertThat(browser().getPageSource()).contains("Bob Kelly");
    }

    @Test
    void anExchange2007UserLandsOnTheLegacyOutlookWebAppAndSignsInAgain() {
        signIn(onPremises, "dave@contoso.com", "Passw0rd!dave");

        assertThat(browser().getCurrentUrl()).startsWith(legacy + "owa/auth/logon.aspx");
        fillAndSubmit("dave@contoso.com", "Passw0rd!dave");
        assertThat(browser().getCurrentUrl()).startsWith(legacy + "owa/");
        assertThat(text("week")).contains("Calendar: week of");
        assertThat(browser().getPageSource()).contains("Served by EX2007-01");
    }

    @Test
    void aWrongPasswordIsRefusedAsExchangeSaysIt() {
        signIn(onPremises, "alice@contoso.com", "not her password");

        assertThat(browser().getCurrentUrl()).contains("reason=2");
        assertThat(text("signin-error"))
                .isEqualTo("The user name or password you entered isn't correct. Try entering it again.");
        assertThat(browser().manage().getCookies())
                .noneMatch(cookie -> cookie.getName().startsWith("cadata"));
    }

    private static void signIn(URI organization, String user, String password) {
        browser().get(organization + "/owa");
        wait(ExpectedConditions.presenceOfElementLocated(By.id("logonForm")));
        fillAndSubmit(user, password);
    }

    private static void fillAndSubmit(String user, String password) {
        browser().findElement(By.id("username")).sendKeys(user);
        browser().findElement(By.id("password")).sendKeys(password);
        // A click returns before the browser has left the page: wait for the next one, then check where it is.
        chromium.navigate(browser().findElement(By.id("signin")));
        try {
            wait(driver -> !driver.getCurrentUrl().endsWith("/auth.owa"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "the sign-in did not leave " + browser().getCurrentUrl() + ":\n"
                            + browser().getPageSource(),
                    e);
        }
    }

    private static void setDate(String date) {
        // A date input takes keys in the locale's order; set its value the way a form restore would.
        browser().executeScript("document.getElementById('date').value = arguments[0]", date);
    }

    private static String text(String id) {
        return wait(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
    }

    private static <T> T wait(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(browser(), Duration.ofSeconds(20)).until(condition::apply);
    }

    private static org.openqa.selenium.chrome.ChromeDriver browser() {
        return chromium.driver();
    }
}
