package org.safepassage.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the whole-system browser tests share: free ports, the demo's credentials, waiting, screenshots. */
final class DemoInBrowser {

    private DemoInBrowser() {
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String analystPassword(Path demoData) throws Exception {
        Matcher matcher = Pattern.compile("Desk analyst: analyst / (\\S+)")
                .matcher(Files.readString(demoData.resolve("demo-credentials.txt"), StandardCharsets.UTF_8));
        assertThat(matcher.find()).as("the demo writes the analyst's credentials").isTrue();
        return matcher.group(1);
    }

    /** Waits, probing every 0.7 s, for what comes only after the demo's next transfer. */
    static WebElement waitFor(ChromeDriver browser, Duration limit, Supplier<WebElement> probe) {
        return new WebDriverWait(browser, limit, Duration.ofMillis(700)).until(driver -> probe.get());
    }

    static void screenshot(ChromeDriver browser, String name) throws Exception {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
    }
}
