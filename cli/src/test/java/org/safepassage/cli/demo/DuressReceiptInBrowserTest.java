package org.safepassage.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safepassage.intake.browser.HeadlessChromium;

/**
 * A submitter takes a second receipt at registration, in Chromium with JavaScript off, in Persian:
 * each receipt opens a thread that looks like the other; once the second one is used, the desk shows
 * the person flagged after the next transfer and holds replies; the real thread is untouched.
 */
class DuressReceiptInBrowserTest {

    @TempDir
    Path dir;

    @Test
    void bothReceiptsOpenOrdinaryThreadsAndTheSecondFlagsThePersonAtTheDesk() throws Exception {
        int intakePort = DemoInBrowser.freePort();
        int deskPort = DemoInBrowser.freePort();
        DemoCommand demo = new DemoCommand();
        assertThat(new picocli.CommandLine(demo).execute("--data", dir.resolve("demo").toString(), "--intake-port",
                String.valueOf(intakePort), "--desk-port", String.valueOf(deskPort), "--transfer-every", "1")).isZero();
        String intake = "http://127.0.0.1:" + intakePort;
        String desk = "http://127.0.0.1:" + deskPort;
        ChromeDriver browser = HeadlessChromium.start(dir.resolve("profile"), 1100, 2600);
        try {
            browser.get(intake + "/register");
            new Select(browser.findElement(By.id("organization"))).selectByValue("ARTESH");
            browser.findElement(By.id("narrative")).sendKeys("روایت آزمایشی با رسید دوم.");
            new Select(browser.findElement(By.id("urgency"))).selectByValue("medium");
            browser.findElement(By.id("duressReceipt1")).click();
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().endsWith("/receipt"));
            String realReceipt = browser.findElement(By.id("receipt")).getText();
            String duressReceipt = browser.findElement(By.id("duress-receipt")).getText();
            DemoInBrowser.screenshot(browser, "intake-two-receipts-fa.png");

            String realPage = openThread(browser, intake, realReceipt);
            String duressPage = openThread(browser, intake, duressReceipt);

            assertThat(realReceipt).matches("\\d{4}( \\d{4}){5}").isNotEqualTo(duressReceipt);
            assertThat(duressPage).as("the second receipt's thread looks like the real one").isEqualTo(realPage);

            browser.get(desk + "/login");
            browser.findElement(By.id("username")).sendKeys("analyst");
            browser.findElement(By.id("password")).sendKeys(DemoInBrowser.analystPassword(dir.resolve("demo")));
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement flag = DemoInBrowser.waitFor(browser, Duration.ofSeconds(40), () -> {
                browser.get(desk + "/queue");
                List<WebElement> boxes = browser.findElements(By.name("registration"));
                if (boxes.isEmpty()) {
                    return null;
                }
                browser.get(desk + "/registrations/" + boxes.get(0).getAttribute("value"));
                List<WebElement> alerts = browser.findElements(By.cssSelector(".duress"));
                return alerts.isEmpty() ? null : alerts.get(0);
            });
            assertThat(flag.getText()).contains("second (duress) receipt of this person was used");
            assertThat(browser.findElements(By.name("registration"))).as("one registration; the pairing note is none").isNotNull();
            browser.findElement(By.cssSelector("form[action='/cases'] button[type=submit]")).click();
            // each click sends a form: wait for the page it leads to, not for the one it leaves (a loaded CI machine is slow)
            WebDriverWait pageLoad = new WebDriverWait(browser, Duration.ofSeconds(20));
            pageLoad.until(driver -> !driver.findElements(By.id("reply-body")).isEmpty());
            browser.findElement(By.id("reply-body")).sendKeys("پیام آزمایشی");
            browser.findElement(By.cssSelector("form[action$='/reply'] button[type=submit]")).click();
            // read inside the wait: the page left may still be the one found, and go stale under the reader
            String problem = pageLoad.ignoring(StaleElementReferenceException.class).until(driver -> driver
                    .findElements(By.cssSelector(".problem")).stream().map(DuressReceiptInBrowserTest::textOrNothing)
                    .filter(text -> text.contains("replies to this person are held")).findFirst().orElse(null));
            assertThat(problem).contains("replies to this person are held");
            DemoInBrowser.screenshot(browser, "desk-duress-flag.png");

            assertThat(openThread(browser, intake, realReceipt)).as("the real thread is untouched").isEqualTo(realPage);
        } finally {
            browser.quit();
            demo.stop();
        }
    }

    /**
     * An element's text, or nothing when the page under it was replaced meanwhile: Chrome says so
     * as a stale element, or as a node that "does not belong to the document" (seen on a loaded CI
     * machine); anything else is thrown.
     */
    private static String textOrNothing(WebElement element) {
        try {
            return element.getText();
        } catch (StaleElementReferenceException replaced) {
            return "";
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return "";
            }
            throw e;
        }
    }

    /** The thread page's main content as the receipt opens it, without the session's form tokens. */
    private static String openThread(ChromeDriver browser, String intake, String receipt) {
        browser.get(intake + "/status");
        browser.findElement(By.id("receipt")).sendKeys(receipt);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.findElements(By.id("status")).isEmpty());
        return browser.findElement(By.tagName("main")).getText();
    }

}
