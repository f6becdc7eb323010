package org.safepassage.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safepassage.desk.staff.TotpCodes;
import org.safepassage.intake.browser.HeadlessChromium;

/**
 * The walkthrough of a partner's list in real Chromium with JavaScript off, on the system as
 * {@code ./run demo} starts it: the admin imports the demo's synthetic list on the Batches page and
 * reads how it went; the analyst finds the list's registrations in the queue, each saying that no
 * reply reaches its person through the intake.
 */
class PartnerListInBrowserTest {

    private static final Duration IMPORT_WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void theAdminImportsTheDemosPartnerListAndTheAnalystFindsItsPeopleInTheQueue() throws Exception {
        int intakePort = DemoInBrowser.freePort();
        int deskPort = DemoInBrowser.freePort();
        DemoCommand demo = new DemoCommand();
        Path data = dir.resolve("demo");
        assertThat(new picocli.CommandLine(demo).execute("--data", data.toString(), "--intake-port", String.valueOf(intakePort),
                "--desk-port", String.valueOf(deskPort))).isZero();
        String desk = "http://127.0.0.1:" + deskPort;
        Path list = data.resolve("partner-list.jsonl");
        long lines = Files.readAllLines(list, StandardCharsets.UTF_8).size();
        ChromeDriver browser = HeadlessChromium.start(dir.resolve("profile"), 1100, 2400);
        try {
            signIn(browser, desk, "admin", credential(data, "Desk admin:   admin / (\\S+)"),
                    new TotpCodes(new SecureRandom(), Clock.systemUTC()).currentCode(credential(data, "TOTP secret (\\S+)")));
            browser.get(desk + "/admin/transfers");
            browser.findElement(By.id("list")).sendKeys(list.toAbsolutePath().toString());
            browser.findElement(By.id("list-name")).sendKeys("tv");
            clickAndWait(browser, browser.findElement(By.cssSelector("form[action$='/import-list'] button[type=submit]")));
            WebElement outcome = DemoInBrowser.waitFor(browser, IMPORT_WAIT, () -> {
                browser.get(desk + "/admin/transfers");
                return browser.findElements(By.xpath("//*[contains(text(), 'List tv: ')]")).stream().findFirst().orElse(null);
            });
            Matcher stored = Pattern.compile("List tv: ([0-9,]+) registrations stored").matcher(outcome.getText());
            assertThat(stored.find()).as(outcome.getText()).isTrue();
            long storedCount = Long.parseLong(stored.group(1).replace(",", ""));
            assertThat(storedCount).as("the demo's list is every line a registration").isEqualTo(lines);
            DemoInBrowser.screenshot(browser, "desk-partner-list-imported.png");

            browser.manage().deleteAllCookies();
            signIn(browser, desk, "analyst", DemoInBrowser.analystPassword(data), null);
            browser.get(desk + "/registrations/tv-s-0000001");
            assertThat(browser.findElement(By.cssSelector(".import-note")).getText())
                    .contains("no reply reaches this person through the intake");
            assertThat(browser.findElement(By.cssSelector(".card h3 .badge")).getText()).isEqualTo("Imported list");

            browser.get(desk + "/queue?q=tv-s-0000001");
            browser.findElement(By.cssSelector("input[name=registration][value='tv-s-0000001']")).click();
            clickAndWait(browser, browser.findElement(By.cssSelector("button[value=open-case]")));
            assertThat(browser.getCurrentUrl()).matches(".*/cases/\\d+");
            browser.findElement(By.id("reply-body")).sendKeys("synthetic reply that has no road");
            clickAndWait(browser, browser.findElement(By.cssSelector("form[action$='/reply'] button[type=submit]")));
            String page = browser.findElement(By.tagName("body")).getText();
            DemoInBrowser.screenshot(browser, "desk-partner-list-reply.png");
            assertThat(page).as("a reply to a list's person is refused, saying why").contains("has no reply key")
                    .contains("it came in the partner's list tv, so write to the person through the partner who collected it")
                    .doesNotContain("The reply is sealed to the submitter");
        } finally {
            browser.quit();
            demo.stop();
        }
    }

    private static void signIn(ChromeDriver browser, String desk, String username, String password, String code) {
        browser.get(desk + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        if (code != null) {
            browser.findElement(By.id("code")).sendKeys(code);
        }
        clickAndWait(browser, browser.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.getCurrentUrl()).as(username + " signed in").doesNotContain("/login");
    }

    /** A click can return before the next page is there: wait until the page clicked on is gone, not to race it. */
    private static void clickAndWait(ChromeDriver browser, WebElement button) {
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(button));
    }

    private static String credential(Path demoData, String pattern) throws Exception {
        Matcher matcher = Pattern.compile(pattern).matcher(Files.readString(demoData.resolve("demo-credentials.txt"), StandardCharsets.UTF_8));
        assertThat(matcher.find()).as("the demo writes " + pattern).isTrue();
        return matcher.group(1);
    }
}
