package org.safepassage.intake.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safepassage.core.envelope.DeskFingerprint;
import org.safepassage.core.envelope.EnvelopeOpener;
import org.safepassage.core.envelope.EnvelopeSealer;
import org.safepassage.core.message.Reply;
import org.safepassage.core.message.SubmitterStatus;
import org.safepassage.core.packet.Packet;
import org.safepassage.core.packet.PacketAssembler;
import org.safepassage.core.packet.PacketContents;
import org.safepassage.core.packet.PacketOpener;
import org.safepassage.core.packet.PacketText;
import org.safepassage.core.packet.PacketVectors;
import org.safepassage.core.receipt.LookupKey;
import org.safepassage.core.receipt.Receipt;
import org.safepassage.core.receipt.ReplyKeys;
import org.safepassage.core.registration.Channel;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.Urgency;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.core.text.Digits;
import org.safepassage.intake.packet.SealerFile;
import org.safepassage.intake.support.RunningIntake;

/**
 * The offline sealer as a submitter uses it during a shutdown: downloaded from the intake, opened
 * from disk in Chromium with no network, filled in Persian, sealed in the browser. Java then does
 * what the relays and the desk do: reassembles the parts shuffled, opens the packet with the desk
 * identity, checks the registration against schema v1, and seals a reply the browser's receipt opens.
 * A relay with JavaScript off then delivers the packet, and the submitter returns with the receipt.
 */
class OfflineSealerInBrowserTest {

    @TempDir
    Path dir;

    @Test
    void aPersianRegistrationSealedOfflineInTheBrowserReachesTheDeskAndItsReceiptOpensTheReply() throws Exception {
        try (RunningIntake intake = new RunningIntake(dir, TestDatabase.H2,
                java.util.Map.of("safepassage.intake.public-address", "http://safepassage2example7.onion"))) {
            byte[] file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(intake.base().resolve("/sealer.html")).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
            Path sealerFile = Files.write(dir.resolve("safepassage-sealer.html"), file);

            // A phone's width, and a CPU slowed six times, as on a mid-range phone.
            ChromeDriver browser = HeadlessChromium.startOfflineWithJavaScript(dir.resolve("offline-profile"), 412, 5200);
            String receiptShown;
            List<String> smsParts = new ArrayList<>();
            int qrCodes;
            try {
                browser.get(sealerFile.toUri().toString());
                assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
                assertThat(browser.findElement(By.id("fingerprint")).getText())
                        .isEqualTo(DeskFingerprint.of(List.of(intake.deskIdentity().recipient())).display());
                assertThat(browser.findElement(By.id("code-fingerprint")).getText())
                        .as("the sealer's own fingerprint is the one the landing page and the card show")
                        .isEqualTo(intake.bean(SealerFile.class).codeFingerprint()).matches("[0-9A-F]{4}( [0-9A-F]{4}){4}");
                checkVectorsInThePage(browser);
                // the province field suggests the 31 provinces in the page's language, as the web form does
                assertThat(browser.findElements(By.cssSelector("#province-names option"))).hasSize(31)
                        .extracting(option -> option.getAttribute("value")).contains("مرکزی", "خراسان رضوی");
                browser.findElement(By.id("language")).click();
                assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
                assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Offline sealer: register without the internet");
                assertThat(browser.findElements(By.cssSelector("#province-names option"))).hasSize(31)
                        .extracting(option -> option.getAttribute("value")).contains("Markazi", "Razavi Khorasan");
                HeadlessChromium.screenshot(browser, "sealer-form-en.png");
                browser.findElement(By.id("language")).click();
                assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("مهر و موم آفلاین: ثبت‌نام بدون اینترنت");

                fillInPersian(browser);
                HeadlessChromium.screenshot(browser, "sealer-form-fa.png");
                browser.executeCdpCommand("Emulation.setCPUThrottlingRate", java.util.Map.of("rate", 6));
                long started = System.nanoTime();
                browser.findElement(By.id("seal")).click();
                new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> driver.findElement(By.id("result")).isDisplayed());
                System.out.printf("Sealer: sealed and drew the packet in %d ms at 6x CPU throttling, phone width%n",
                        (System.nanoTime() - started) / 1_000_000);
                HeadlessChromium.screenshot(browser, "sealer-packet-fa.png");

                receiptShown = browser.findElement(By.id("receipt")).getText();
                assertThat(browser.findElement(By.id("deliver")).getText()).as("the address as written, not in Persian digits")
                        .contains("http://safepassage2example7.onion/packet");
                for (WebElement part : browser.findElements(By.cssSelector("#sms-parts .part-text"))) {
                    smsParts.add(part.getText());
                }
                qrCodes = browser.findElements(By.cssSelector("#qr-codes svg")).size();
                Object requests = browser.executeScript("return performance.getEntriesByType('resource').length");
                assertThat(((Number) requests).intValue()).as("the sealer loaded nothing").isZero();
            } finally {
                browser.quit();
            }

            assertThat(receiptShown).matches("\\d{4}( \\d{4}){5}");
            // Post-quantum sealing to one desk key and contents padded to one size: every text-only packet is
            // 15 SMS parts and 7 QR codes, however long its text (SizesThatSayNothingTest checks the same in Java).
            assertThat(smsParts).as("a text-only packet is a fixed number of SMS parts").hasSize(15)
                    .allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(PacketText.SMS_PART_CHARS));
            assertThat(qrCodes).as("and of QR codes").isEqualTo(7);
            assertThat(file.length).as("the sealer file").isLessThanOrEqualTo(300 * 1024);

            List<String> shuffled = new ArrayList<>(smsParts);
            Collections.shuffle(shuffled, new Random(42));
            PacketAssembler.Assembly assembly = PacketAssembler.read(String.join("\n", shuffled));
            assertThat(assembly.problems()).isEmpty();
            Packet packet = assembly.complete().get(0);
            assertThat(PacketText.split(packet, PacketText.SMS_PART_CHARS)).as("JavaScript and Java cut the same parts")
                    .isEqualTo(smsParts);
            Receipt receipt = Receipt.parse(receiptShown);
            assertThat(packet.lookupKey()).isEqualTo(LookupKey.of(receipt));
            assertThat(new String(packet.sealed(), java.nio.charset.StandardCharsets.ISO_8859_1).lines()
                    .filter(line -> line.startsWith("-> ")).map(line -> line.split(" ")[1]).toList())
                    .as("the browser sealed to the hybrid desk key only").containsOnly("mlkem768x25519");

            PacketContents contents = new PacketOpener(new EnvelopeOpener(intake.deskIdentity())).open(packet);
            Registration registration = contents.registration(packet.envelopeId(), Instant.now());
            assertThat(registration.channel()).isEqualTo(Channel.PACKET);
            assertThat(registration.language()).isEqualTo("fa");
            assertThat(registration.service().organization()).isEqualTo(Organization.IRGC);
            assertThat(registration.service().rank()).isEqualTo("سرهنگ دوم");
            assertThat(registration.service().yearsOfService()).isEqualTo(22);
            assertThat(registration.person().givenName()).isEqualTo("بهرام");
            assertThat(registration.person().birthYear()).as("۱۳۵۸ Solar Hijri").isEqualTo(1979);
            assertThat(registration.family()).hasSize(2);
            assertThat(registration.urgency()).isEqualTo(Urgency.HIGH);
            assertThat(registration.receivedAt().getEpochSecond() % 3600).as("an hour, no finer").isZero();

            assertThat(contents.replyTo()).isEqualTo(ReplyKeys.recipient(receipt));
            byte[] reply = new EnvelopeSealer(List.of(contents.replyTo())).seal(new Reply(Reply.SCHEMA, "m-0123456789abcdef",
                    Instant.now(), "بستهٔ شما رسید.", SubmitterStatus.UNDER_REVIEW).toJsonBytes());
            assertThat(Reply.fromJson(new EnvelopeOpener(ReplyKeys.identity(Receipt.parse(Digits.toPersian(receiptShown))))
                    .open(reply, 1 << 16)).message()).isEqualTo("بستهٔ شما رسید.");

            deliverWithJavaScriptOff(intake, smsParts, receiptShown, packet);
        }
    }

    /** The page's own derivations against the vectors OpenSSL and age-keygen made. */
    @Test
    void theSealerOpenedWithJavaScriptOffSaysPlainlyItCannotWorkAndShowsNoFormToFill() throws Exception {
        try (RunningIntake intake = new RunningIntake(dir, TestDatabase.H2)) {
            byte[] file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(intake.base().resolve("/sealer.html")).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
            Path sealerFile = Files.write(dir.resolve("sealer-without-javascript.html"), file);
            ChromeDriver browser = HeadlessChromium.start(dir.resolve("no-script-profile"), 412, 1400);
            try {
                browser.get(sealerFile.toUri().toString());
                WebElement warning = browser.findElement(By.id("no-script"));
                assertThat(warning.isDisplayed()).isTrue();
                assertThat(warning.getText()).contains("بدون جاوااسکریپت کار نمی‌کند", "cannot work without JavaScript");
                assertThat(browser.findElement(By.id("form")).isDisplayed()).as("nothing to fill in that could not be sent").isFalse();
                assertThat(browser.findElement(By.id("check")).isDisplayed()).isFalse();
                HeadlessChromium.screenshot(browser, "sealer-without-javascript-fa.png");
            } finally {
                browser.quit();
            }
        }
    }

    private static void checkVectorsInThePage(ChromeDriver browser) throws Exception {
        for (PacketVectors.Vector vector : PacketVectors.cases()) {
            Object key = browser.executeScript("return Array.from(window.safepassagePacket.lookupKey(arguments[0]))"
                    + ".map(b => b.toString(16).padStart(2, '0')).join('')", vector.receipt());
            assertThat(key).isEqualTo(vector.lookupKey());
            Object recipient = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "window.safepassagePacket.replyRecipient(arguments[0]).then(done, e => done('failed: ' + e))", vector.receipt());
            assertThat(recipient).isEqualTo(vector.replyRecipient());
        }
    }

    private static void fillInPersian(ChromeDriver browser) {
        new Select(browser.findElement(By.id("organization"))).selectByValue("IRGC");
        browser.findElement(By.id("branch")).sendKeys("نیروی زمینی");
        browser.findElement(By.id("unit")).sendKeys("تیپ ۸۳ امام جعفر صادق");
        browser.findElement(By.id("rank")).sendKeys("سرهنگ دوم");
        browser.findElement(By.id("position")).sendKeys("معاون عملیات");
        browser.findElement(By.id("yearsOfService")).sendKeys("۲۲");
        browser.findElement(By.id("province")).sendKeys("مرکزی");
        browser.findElement(By.id("givenName")).sendKeys("بهرام");
        browser.findElement(By.id("familyName")).sendKeys("آزمون‌نژاد");
        browser.findElement(By.id("fatherName")).sendKeys("فرهاد");
        browser.findElement(By.id("birthPlace")).sendKeys("اراک");
        browser.findElement(By.id("birthYear")).sendKeys("۱۳۵۸");
        new Select(browser.findElement(By.id("family0.relation"))).selectByValue("spouse");
        browser.findElement(By.id("family0.birthYear")).sendKeys("۱۳۶۲");
        new Select(browser.findElement(By.id("family1.relation"))).selectByValue("child");
        browser.findElement(By.id("family1.birthYear")).sendKeys("۱۳۸۷");
        browser.findElement(By.id("access")).sendKeys("از برنامه‌های عملیاتی تیپ و جابه‌جایی یگان‌ها در استان آگاهی دارم.");
        browser.findElement(By.id("narrative")).sendKeys("پس از آنچه در اعتراضات دیدم دیگر نمی‌توانم بمانم. همسر و فرزندم باید با من بیایند.");
        new Select(browser.findElement(By.id("urgency"))).selectByValue("high");
    }

    private void deliverWithJavaScriptOff(RunningIntake intake, List<String> parts, String receipt, Packet packet) throws Exception {
        ChromeDriver relay = HeadlessChromium.start(dir.resolve("relay-profile"), 1000, 1600);
        try {
            relay.get(intake.base().resolve("/packet").toString());
            List<String> reversed = new ArrayList<>(parts);
            Collections.reverse(reversed);
            WebElement text = relay.findElement(By.id("parts"));
            relay.executeScript("arguments[0].value = arguments[1]", text, String.join("\n\n", reversed));
            relay.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(relay, Duration.ofSeconds(10)).until(driver -> !driver.findElements(By.id("outcome")).isEmpty());
            assertThat(relay.findElement(By.id("outcome")).getText()).contains(packet.id()).contains("ذخیره شد")
                    .as("a relay must not take the packet's number for a receipt").doesNotStartWith("رسید").contains("نه رسید");
            HeadlessChromium.screenshot(relay, "intake-packet-delivered-fa.png");

            relay.get(intake.base().resolve("/status").toString());
            relay.findElement(By.id("receipt")).sendKeys(Digits.toPersian(receipt));
            relay.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(relay, Duration.ofSeconds(10)).until(driver -> !driver.findElements(By.id("status")).isEmpty());
            assertThat(relay.findElement(By.id("status")).getText()).isEqualTo("دریافت شد: در انتظار خوانده شدن توسط تیم");
        } finally {
            relay.quit();
        }
    }
}
