package org.safepassage.intake.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by Debian's chromedriver (installed by .ci/run), headless, with
 * JavaScript switched off as a careful submitter would, and no background connections; or, for
 * the offline sealer, with JavaScript on and no network at all.
 */
public final class HeadlessChromium {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private HeadlessChromium() {
    }

    public static ChromeDriver start(Path profile, int width, int height) throws Exception {
        return start(profile, width, height, false, false);
    }

    /**
     * The offline sealer's browser: JavaScript on (the page seals on the device), and no network at
     * all: every host name fails to resolve and every connection goes to a proxy that is not there.
     */
    public static ChromeDriver startOfflineWithJavaScript(Path profile, int width, int height) throws Exception {
        return start(profile, width, height, true, true);
    }

    /** A browser with JavaScript on, as most visitors have it, talking to the intake on localhost. */
    public static ChromeDriver startWithJavaScript(Path profile, int width, int height) throws Exception {
        return start(profile, width, height, true, false);
    }

    private static ChromeDriver start(Path profile, int width, int height, boolean javaScript, boolean offline) throws Exception {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("Chromium and chromedriver are required (apt-get install chromium chromium-driver; .ci/run does it)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=fa", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createDirectories(profile));
        if (offline) {
            options.addArguments("--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9",
                    "--proxy-bypass-list=<-loopback>");
        }
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** A screenshot in target/, for a person to look at. */
    public static void screenshot(WebDriver browser, String name) throws Exception {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
