package org.safepassage.desk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.safepassage.core.registration.Channel;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Person;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.Service;
import org.safepassage.core.registration.Urgency;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.desk.staff.Role;
import org.safepassage.desk.support.DeskBrowser;
import org.safepassage.desk.support.IntakeBatches;
import org.safepassage.desk.support.IntakeBatches.Item;
import org.safepassage.desk.support.IntakeBatches.Submitter;
import org.safepassage.desk.support.RunningDesk;
import org.safepassage.desk.transfer.BatchImport;

/**
 * A case officer's flows in Chromium, as a person clicks and types them, with screenshots in
 * desk/target/: the queue at 1280 px, keyboard paging, finding a registration by id and by a
 * Persian name typed with or without its zero-width non-joiner, adding a second registration of the
 * person to their case, the history showing the reason typed, and an admin unlocking an account.
 */
class CaseworkInBrowserTest {

    @TempDir
    Path dir;

    private RunningDesk desk;
    private DeskBrowser browser;

    @BeforeEach
    void startDesk() throws Exception {
        desk = new RunningDesk(dir, TestDatabase.H2);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        desk.close();
    }

    private Item person(String given, String family, String rank, String position, String unit) {
        Registration registration = new Registration(Registration.SCHEMA, "r-" + UUID.randomUUID().toString().replace("-", ""),
                Instant.now().truncatedTo(ChronoUnit.HOURS), Channel.WEB, "fa", new Person(given, family, "حسن", 1979, null,
                null), new Service(Organization.IRGC, "نیروی زمینی", unit, rank, position, 18, "فارس"), List.of(),
                "synthetic access", "synthetic narrative of a made-up person", Urgency.HIGH, List.of());
        return IntakeBatches.sealedRegistration(registration, Submitter.next(), desk.identity().recipient());
    }

    private void search(ChromeDriver driver, String text) {
        WebElement box = driver.findElement(By.id("q"));
        box.clear();
        box.sendKeys(text);
        // after the first search the URL already has q=: only the old page going stale says the results came
        browser.replacingThePage(() -> box.sendKeys(Keys.ENTER));
        assertThat(driver.getCurrentUrl()).contains("q=");
    }

    private List<String> listed(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("tbody input[name=registration]")).stream()
                .map(box -> box.getAttribute("value")).toList();
    }

    @Test
    void anAnalystFindsThePersonByIdAndPersianNameAddsTheirSecondRegistrationToTheCaseAndTheHistoryKeepsTheReason()
            throws Exception {
        Item wanted = person("محمدرضا", "عبدالله\u200cزاده", "سرهنگ دوم", "معاون عملیات یگان ویژه", "لشکر ۲۷ محمد رسول الله");
        Item second = person("Mohammadreza", "Abdollahzadeh", "Lieutenant colonel", "Deputy for operations", "27th division");
        List<Item> items = new ArrayList<>(List.of(wanted, second));
        for (int i = 0; i < 60; i++) {
            items.add(person("Synthetic" + i, "Person" + i, "سروان", "فرمانده گروهان شماره " + i, "تیپ " + i));
        }
        desk.bean(BatchImport.class).importBatch(IntakeBatches.write(dir.resolve("batch.zip"), desk.intakeKey(), items), "test");
        desk.createStaff("ana", Role.ANALYST, "triage");
        browser = new DeskBrowser(desk, dir.resolve("profile"), 1280, 900);
        ChromeDriver driver = browser.driver();
        browser.signIn("ana", RunningDesk.PASSWORD, null);

        browser.open("/queue");
        assertThat(listed(driver)).hasSize(50);
        Long overflow = (Long) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow).as("the queue fits 1280 px without scrolling sideways").isLessThanOrEqualTo(0);
        Long rowHeight = (Long) driver.executeScript("return Math.round(document.querySelector('tbody tr').getBoundingClientRect().height)");
        assertThat(rowHeight).as("one line per registration").isLessThan(40);
        assertThat(driver.findElement(By.cssSelector("thead th:last-child")).isDisplayed()).isTrue();
        browser.screenshot("desk-queue-1280.png");

        driver.findElement(By.tagName("body")).sendKeys("n");
        browser.waitUntil(() -> driver.getCurrentUrl().contains("page=1"));
        assertThat(listed(driver)).hasSize(12);
        driver.findElement(By.tagName("body")).sendKeys("p");
        browser.waitUntil(() -> !driver.getCurrentUrl().contains("page=1"));

        search(driver, wanted.id().substring(0, 12));
        assertThat(listed(driver)).containsExactly(wanted.id());
        for (String typed : List.of("عبدالله زاده", "عبداللهزاده", "عبدالله\u200cزاده", "محمد رضا عبدالله زاده")) {
            search(driver, typed);
            assertThat(listed(driver)).as("found as " + typed).contains(wanted.id());
            assertThat(driver.findElement(By.tagName("tbody")).getText()).doesNotContain("عبدالله");
        }
        browser.screenshot("desk-search-persian-name.png");

        driver.findElement(By.id("pick-" + wanted.id())).click();
        driver.findElement(By.cssSelector("button[value=open-case]")).click();
        browser.waitUntil(() -> driver.getCurrentUrl().matches(".*/cases/\\d+$"));
        String casePath = driver.getCurrentUrl().replaceFirst("^.*(/cases/\\d+)$", "$1");
        String caseNumber = driver.findElement(By.cssSelector("h1 span")).getText();

        browser.open("/registrations/" + second.id());
        assertThat(driver.findElement(By.cssSelector(".links li > a[title]")).getAttribute("title"))
                .as("vetting links the two spellings").isEqualTo(wanted.id());
        assertThat(driver.findElement(By.cssSelector(".links")).getText()).contains("add this registration to " + caseNumber);
        driver.findElement(By.id("join-case")).sendKeys(caseNumber);
        driver.findElement(By.cssSelector("form[action$=join] button")).click();
        browser.waitUntil(() -> driver.getCurrentUrl().endsWith(casePath));
        assertThat(driver.findElements(By.cssSelector(".card h3 a")).stream().map(WebElement::getText).toList())
                .containsExactlyInAnyOrder(wanted.id(), second.id());
        browser.screenshot("desk-case-two-registrations.png");

        driver.findElement(By.id("state-reason")).sendKeys("credible, senior");
        browser.submit(By.cssSelector("form[action$=state] button"));
        assertThat(driver.findElement(By.id("case-state")).getText()).isEqualTo("Triaged");
        String history = driver.findElement(By.id("history")).getText();
        assertThat(history).contains("State changed", "New → Triaged: credible, senior", "Registrations added", second.id());
        driver.executeScript("document.getElementById('history').scrollIntoView()");
        browser.screenshot("desk-case-history.png");
    }

    @Test
    void anAdminUnlocksAnAccountPausedAfterRepeatedFailedSignIns() throws Exception {
        desk.createStaff("ana", Role.ANALYST, "triage");
        String rootSecret = desk.createStaff("root", Role.ADMIN, "admins");
        for (int i = 0; i < 5; i++) {
            desk.newClient().signIn("ana", "a wrong password " + i, "");
        }
        assertThat(desk.newClient().signIn("ana", RunningDesk.PASSWORD, "")).as("paused").isFalse();
        browser = new DeskBrowser(desk, dir.resolve("admin-profile"), 1280, 900);
        ChromeDriver driver = browser.driver();
        browser.signIn("root", RunningDesk.PASSWORD, rootSecret);

        browser.open("/admin/staff");
        assertThat(driver.findElement(By.cssSelector("#staff-ana .state")).getText()).startsWith("sign-in paused from");
        driver.findElement(By.cssSelector("#staff-ana a")).click();
        browser.waitUntil(() -> !driver.findElements(By.id("unlock")).isEmpty());
        browser.submit(By.id("unlock"));
        assertThat(driver.findElement(By.id("account-state")).getText()).isEqualTo("active");
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("Unlocked");
        browser.screenshot("desk-staff-unlocked.png");

        assertThat(desk.newClient().signIn("ana", RunningDesk.PASSWORD, "")).isTrue();
    }
}
