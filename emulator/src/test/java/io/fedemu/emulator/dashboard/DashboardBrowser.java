package io.fedemu.emulator.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: never Selenium Manager (it would download a browser).
 * The browser trusts the emulator CA's certificates the way a trainer who clicked through would: it accepts the
 * dashboard's certificate without a system-wide import.
 */
final class DashboardBrowser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Set to true to write the docs' screenshots (docs/images/) from this build. */
    static final String WRITE_SCREENSHOTS = "fedemu.writeScreenshots";

    private DashboardBrowser() {}

    static WebDriver start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver");
        }
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.setAcceptInsecureCerts(true);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=1600,1400",
                "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Clicks and waits for the next page: a click returns before the browser has left the old one. */
    static void navigate(WebDriver driver, WebElement control) {
        WebElement old = driver.findElement(By.tagName("html"));
        control.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(old));
    }

    /** Writes the page as the docs show it, only when asked to (the docs' PNGs are committed, not rewritten by CI). */
    static void screenshot(WebDriver driver, String name) {
        if (!Boolean.getBoolean(WRITE_SCREENSHOTS)) {
            return;
        }
        Path docs = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), "docs", "images");
        if (!Files.isDirectory(docs.getParent())) {
            docs = Path.of("..", "docs", "images");
        }
        try {
            Files.createDirectories(docs);
            Path shot =
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, docs.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
