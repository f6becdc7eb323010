package org.safepassage.intake.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safepassage.intake.support.RunningIntake;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.core.text.Digits;

/**
 * A submitter in a real browser with JavaScript off: fills the Persian form, gets a receipt,
 * comes back with it typed in Persian digits, and sees the status. Screenshots of the RTL pages
 * are written to target/ for a person to look at.
 */
class PersianFormInBrowserTest {

    @TempDir
    Path dir;

    @Test
    void submitterRegistersInPersianWithoutJavaScriptAndReturnsWithTheReceipt() throws Exception {
        try (RunningIntake intake = new RunningIntake(dir, TestDatabase.H2)) {
            ChromeDriver browser = HeadlessChromium.start(dir.resolve("profile"), 1000, 3600);
            try {
                browser.get(intake.base().resolve("/").toString());
                assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
                assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("گذرگاه امن");
                browser.findElement(By.linkText("هم‌اکنون ثبت‌نام کنید")).click();
                // the province field suggests the 31 provinces in the page's language, and takes any text
                assertThat(browser.findElement(By.id("province")).getAttribute("list")).isEqualTo("province-names");
                assertThat(browser.findElements(By.cssSelector("#province-names option"))).hasSize(31)
                        .extracting(option -> option.getAttribute("value")).contains("خراسان رضوی", "سیستان و بلوچستان");

                new Select(browser.findElement(By.id("organization"))).selectByValue("ARTESH");
                browser.findElement(By.id("rank")).sendKeys("سروان");
                browser.findElement(By.id("givenName")).sendKeys("علی‌اکبر");
                browser.findElement(By.id("familyName")).sendKeys("آزمون‌پور");
                browser.findElement(By.id("birthYear")).sendKeys("۱۳۶۵");
                new Select(browser.findElement(By.name("family[0].relation"))).selectByValue("spouse");
                browser.findElement(By.name("family[0].birthYear")).sendKeys("۱۳۶۸");
                browser.findElement(By.id("narrative")).sendKeys("برای امنیت خانواده‌ام می‌خواهم بیایم.");
                new Select(browser.findElement(By.id("urgency"))).selectByValue("immediate");
                HeadlessChromium.screenshot(browser, "intake-register-form-fa.png");
                browser.findElement(By.cssSelector("button[type=submit]")).click();

                new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().endsWith("/receipt"));
                String receipt = browser.findElement(By.id("receipt")).getText();
                assertThat(receipt).matches("\\d{4}( \\d{4}){5}");
                HeadlessChromium.screenshot(browser, "intake-receipt-fa.png");

                browser.findElement(By.linkText("بازگشت با رسید")).click();
                browser.findElement(By.id("receipt")).sendKeys(Digits.toPersian(receipt));
                browser.findElement(By.cssSelector("button[type=submit]")).click();
                // The click can return before the next page is there; wait for it rather than race it.
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.findElements(By.id("status")).isEmpty());
                assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("دریافت شد: در انتظار خوانده شدن توسط تیم");
                HeadlessChromium.screenshot(browser, "intake-status-fa.png");
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void theRegistrationPageWorksInEnglishLeftToRight() throws Exception {
        try (RunningIntake intake = new RunningIntake(dir, TestDatabase.H2)) {
            ChromeDriver browser = HeadlessChromium.start(dir.resolve("profile-en"), 1000, 1400);
            try {
                browser.get(intake.base().resolve("/register?lang=en").toString());
                assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
                assertThat(browser.findElements(By.cssSelector("#province-names option"))).hasSize(31)
                        .extracting(option -> option.getAttribute("value")).contains("Razavi Khorasan", "Sistan and Baluchestan");
                browser.findElement(By.cssSelector("button[type=submit]")).click();
                assertThat(browser.getCurrentUrl()).as("the browser itself holds back a form without an organisation")
                        .endsWith("/register?lang=en");
                new Select(browser.findElement(By.id("organization"))).selectByValue("DIPLOMATIC");
                // in neither calendar's years (1362 would be read as Solar Hijri, 1985 as Gregorian)
                browser.findElement(By.id("birthYear")).sendKeys("1650");
                browser.findElement(By.id("narrative")).sendKeys("Posted abroad; my family is in Tehran.");
                browser.findElement(By.cssSelector("button[type=submit]")).click();
                // wait for the page the form leads to: a loaded machine may still show the one it leaves
                assertThat(new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> driver
                        .findElements(By.cssSelector(".notice.error")).stream().findFirst().orElse(null)).getText())
                        .contains("Nothing has been sent yet");
                assertThat(browser.findElement(By.cssSelector("#birthYear ~ .error")).getText())
                        .isEqualTo("Enter a Gregorian year from 1900 to 2030, or switch the calendar to Solar Hijri.");
                assertThat(browser.findElement(By.id("narrative")).getAttribute("value")).isEqualTo("Posted abroad; my family is in Tehran.");
                HeadlessChromium.screenshot(browser, "intake-register-errors-en.png");
            } finally {
                browser.quit();
            }
        }
    }
}
