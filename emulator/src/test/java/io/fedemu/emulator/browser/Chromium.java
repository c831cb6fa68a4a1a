package io.fedemu.emulator.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for one test class (register it as a static {@code @RegisterExtension} field after the
 * FederationExtension): started on first use, quit after the class. Selenium Manager never runs: the driver is
 * {@code /usr/bin/chromedriver} (or {@code -Dwebdriver.chrome.driver}) and {@code SE_OFFLINE} is set, so nothing
 * is downloaded. The emulator's certificates are trusted by their public keys
 * ({@code --ignore-certificate-errors-spki-list}): Chromium has no flag naming a CA file, and its NSS store is not
 * the test's to change, so exactly the keys the emulator's servers present are accepted and any other certificate
 * error still fails the page.
 */
public final class Chromium implements AfterAllCallback {
    public static final String DRIVER = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    public static final String BINARY = System.getProperty("fedemu.chromium", "/usr/bin/chromium");

    /** Set to true to write the docs' screenshots (docs/images/) from this build; CI leaves the committed ones. */
    public static final String WRITE_SCREENSHOTS = "fedemu.writeScreenshots";

    private final Set<String> trustedKeys = new LinkedHashSet<>();
    private String windowSize = "1280,900";
    private ChromeDriver driver;

    private Chromium() {}

    public static Chromium headless() {
        return new Chromium();
    }

    /**
     * Trusts the keys {@code servers} present (leaf and chain) when asked over {@code tls}; call before the first
     * {@link #driver()}.
     */
    public Chromium trust(SSLContext tls, URI... servers) {
        for (URI server : servers) {
            if (!"https".equals(server.getScheme())) {
                continue;
            }
            try (SSLSocket socket =
                    (SSLSocket) tls.getSocketFactory().createSocket(server.getHost(), server.getPort())) {
                socket.startHandshake();
                for (Certificate certificate : socket.getSession().getPeerCertificates()) {
                    trustedKeys.add(spkiHash(certificate));
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the certificate of " + server, e);
            }
        }
        return this;
    }

    /** The window's size in pixels, e.g. larger for a page shown on a projector; call before {@link #driver()}. */
    public Chromium windowSize(int width, int height) {
        this.windowSize = width + "," + height;
        return this;
    }

    public synchronized ChromeDriver driver() {
        if (driver == null) {
            // A browser story that cannot run is a failure, not a skip: ./test.sh (CI's command) installs both.
            if (!installed()) {
                throw new IllegalStateException("the browser tests need Debian's chromium and chromedriver (" + BINARY
                        + ", " + DRIVER + "): run ./test.sh, which installs them, or apt-get install -y chromium "
                        + "chromium-driver");
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARY);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox", // CI runs as root, where Chromium's sandbox refuses to start
                    "--disable-dev-shm-usage",
                    "--disable-gpu",
                    "--window-size=" + windowSize,
                    "--no-first-run",
                    "--disable-extensions",
                    "--disable-background-networking");
            if (!trustedKeys.isEmpty()) {
                options.addArguments("--ignore-certificate-errors-spki-list=" + String.join(",", trustedKeys));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(DRIVER).toFile())
                    .usingAnyFreePort()
                    .withEnvironment(java.util.Map.of("SE_OFFLINE", "true"))
                    .build();
            driver = new ChromeDriver(service, options);
        }
        return driver;
    }

    /** The current page as a PNG at {@code file} (folders made as needed). */
    public Path screenshot(Path file) throws IOException {
        byte[] png = driver().getScreenshotAs(OutputType.BYTES);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.write(file, png);
        return file;
    }

    /** Clicks and waits for the next page: a click returns before the browser has left the old one. */
    public void navigate(WebElement control) {
        WebElement old = driver().findElement(By.tagName("html"));
        control.click();
        new WebDriverWait(driver(), java.time.Duration.ofSeconds(30)).until(driver -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                // Chromium sometimes reports an element of the page it has left this way instead of as stale.
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** The current page as docs/images/{@code name}, only when {@value #WRITE_SCREENSHOTS} is true. */
    public void screenshotForDocs(String name) {
        if (Boolean.getBoolean(WRITE_SCREENSHOTS)) {
            try {
                screenshot(Path.of(System.getProperty("fedemu.root", ".."), "docs", "images", name));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** True when Debian's chromium and chromedriver are installed (./test.sh installs them). */
    public static boolean installed() {
        return Files.isExecutable(Path.of(DRIVER)) && Files.isExecutable(Path.of(BINARY));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    private static String spkiHash(Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(certificate.getPublicKey().getEncoded());
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
