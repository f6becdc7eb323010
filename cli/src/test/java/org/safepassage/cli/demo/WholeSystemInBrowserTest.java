package org.safepassage.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safepassage.intake.browser.HeadlessChromium;

/**
 * The whole system as {@code ./run demo} starts it, driven in real Chromium with JavaScript off:
 * a submitter registers in Persian on the intake; the batch reaches the desk; an analyst signs
 * in, opens a case from the triage queue, reads the Persian narrative, replies and changes the
 * status the submitter sees; the reply batch reaches the intake; the submitter returns with the
 * receipt and reads the reply.
 */
class WholeSystemInBrowserTest {

    private static final Duration TRANSFER_WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void aRegistrationTravelsToTheDeskAndTheReplyComesBack() throws Exception {
        int intakePort = DemoInBrowser.freePort();
        int deskPort = DemoInBrowser.freePort();
        DemoCommand demo = new DemoCommand();
        int exit = new picocli.CommandLine(demo).execute("--data", dir.resolve("demo").toString(),
                "--intake-port", String.valueOf(intakePort), "--desk-port", String.valueOf(deskPort), "--transfer-every", "1");
        assertThat(exit).isZero();
        String intake = "http://127.0.0.1:" + intakePort;
        String desk = "http://127.0.0.1:" + deskPort;
        String analystPassword = DemoInBrowser.analystPassword(dir.resolve("demo"));
        ChromeDriver browser = HeadlessChromium.start(dir.resolve("profile"), 1100, 2400);
        try {
            browser.get(intake + "/register");
            new Select(browser.findElement(By.id("organization"))).selectByValue("FARAJA");
            browser.findElement(By.id("rank")).sendKeys("سرگرد");
            browser.findElement(By.id("narrative")).sendKeys("روایت آزمایشی: برای خانواده‌ام راه امن می‌خواهم.");
            new Select(browser.findElement(By.id("urgency"))).selectByValue("high");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            settle(browser, driver -> driver.getCurrentUrl().endsWith("/receipt"));
            String receipt = browser.findElement(By.id("receipt")).getText();

            browser.get(desk + "/login");
            browser.findElement(By.id("username")).sendKeys("analyst");
            browser.findElement(By.id("password")).sendKeys(analystPassword);
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement pick = DemoInBrowser.waitFor(browser, TRANSFER_WAIT, () -> {
                browser.get(desk + "/queue");
                List<WebElement> boxes = browser.findElements(By.name("registration"));
                return boxes.isEmpty() ? null : boxes.get(0);
            });
            pick.click();
            browser.findElement(By.cssSelector("button[value=open-case]")).click();
            settle(browser, driver -> driver.getCurrentUrl().matches(".*/cases/\\d+"));
            WebElement narrative = browser.findElement(By.xpath("//dt[text()='Narrative']/following-sibling::dd[1]"));
            assertThat(narrative.getText()).isEqualTo("روایت آزمایشی: برای خانواده‌ام راه امن می‌خواهم.");
            assertThat(narrative.getCssValue("direction")).isEqualTo("rtl");
            browser.findElement(By.id("reply-body")).sendKeys("پیام شما به دست ما رسید. به زودی با شما تماس می‌گیریم.");
            new Select(browser.findElement(By.id("reply-status"))).selectByValue("WILL_CONTACT");
            browser.findElement(By.cssSelector("form[action$='/reply'] button[type=submit]")).click();
            settle(browser, driver -> !driver.findElements(By.cssSelector(".notice")).isEmpty());
            assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("sealed to the submitter");
            DemoInBrowser.screenshot(browser, "desk-case.png");

            WebElement status = DemoInBrowser.waitFor(browser, TRANSFER_WAIT, () -> {
                browser.get(intake + "/status");
                browser.findElement(By.id("receipt")).sendKeys(receipt);
                browser.findElement(By.cssSelector("button[type=submit]")).click();
                WebElement shown = browser.findElement(By.id("status"));
                return shown.getText().startsWith("همان‌طور که در پیام ما آمده") ? shown : null;
            });
            assertThat(status.getText()).isEqualTo("همان‌طور که در پیام ما آمده با شما تماس می‌گیریم");
            assertThat(browser.findElement(By.tagName("body")).getText())
                    .contains("پیام شما به دست ما رسید. به زودی با شما تماس می‌گیریم.");
            DemoInBrowser.screenshot(browser, "intake-status-with-reply-fa.png");
        } finally {
            browser.quit();
            demo.stop();
        }
    }

    /** A click can return before the next page is there: wait for it instead of racing it. */
    private static void settle(ChromeDriver browser, Function<WebDriver, Boolean> arrived) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(arrived::apply);
    }

}
