package org.safepassage.desk.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A case officer's browser: Debian's Chromium driven by chromedriver (both installed by .ci/run),
 * headless, JavaScript on (the desk's keyboard paging uses it; everything works without), English,
 * no background connections. Screenshots go to target/ for a person to look at.
 */
public final class DeskBrowser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final RunningDesk desk;

    public DeskBrowser(RunningDesk desk, Path profile, int width, int height) throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Chromium and chromedriver are required (apt-get install chromium chromium-driver; .ci/run does it)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--lang=en", "--window-size=" + width + "," + height, "--user-data-dir=" + Files.createDirectories(profile));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.desk = desk;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(desk.base().resolve(path).toString());
    }

    /** Signs in through the form; {@code totpSecret} for those who need a code. */
    public void signIn(String username, String password, String totpSecret) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        if (totpSecret != null) {
            driver.findElement(By.id("code")).sendKeys(desk.bean(org.safepassage.desk.staff.TotpCodes.class).currentCode(totpSecret));
        }
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUntil(() -> !driver.getCurrentUrl().contains("/login"));
    }

    /**
     * Clicks a form's button and waits until the page it was on has been replaced by the one the
     * form leads to, so that nothing is read from the page being left.
     */
    public void submit(By button) {
        replacingThePage(() -> driver.findElement(button).click());
    }

    /**
     * Does what replaces the page (a click, a key in a form) and waits until the page it was on is
     * gone: a URL or an element the next page shares with this one says nothing about whether it
     * has come.
     */
    public void replacingThePage(Runnable action) {
        WebElement leaving = driver.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(100)).until(d -> gone(leaving));
    }

    /**
     * Whether an element's page is gone: stale, or, asked while Chrome is swapping the document,
     * a node that "does not belong to the document" (Chrome's word for the same, which Selenium's
     * staleness check does not know and lets through as an error).
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Waits (up to ten seconds) for something a click brings; an element of the page being left,
     * gone stale while the condition read it, is "not yet".
     */
    public void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class).until(d -> condition.getAsBoolean());
    }

    public void screenshot(String name) throws Exception {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
