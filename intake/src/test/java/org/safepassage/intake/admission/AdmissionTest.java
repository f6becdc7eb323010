package org.safepassage.intake.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.intake.browser.HeadlessChromium;
import org.safepassage.intake.support.RegistrationFields;
import org.safepassage.intake.support.RunningIntake;

/** Admission during a flood, through a real intake: by proof of work, by waiting, and in real browsers. */
class AdmissionTest {

    @TempDir
    Path dir;

    @Test
    void duringAFloodAVisitorGetsNoSessionUntilAdmittedByWorkOrByWaiting() throws Exception {
        try (RunningIntake intake = new RunningIntake(dir, TestDatabase.H2, Map.of(
                "safepassage.intake.admission", "always", "safepassage.intake.proof-of-work-bits", "10",
                "safepassage.intake.wait-seconds", "3"))) {
            HttpClient bot = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> form = bot.send(get(intake.base().resolve("/register?lang=en")), HttpResponse.BodyHandlers.ofString());
            assertThat(form.statusCode()).isEqualTo(303);
            assertThat(form.headers().firstValue("Location")).contains("/admission?next=/register&lang=en");
            assertThat(form.headers().firstValue("Set-Cookie")).as("no session for a visitor not admitted").isEmpty();
            assertThat(bot.send(get(intake.base().resolve("/packet")), HttpResponse.BodyHandlers.discarding()).headers()
                    .firstValue("Location")).as("a relay earns admission before pasting, so nothing pasted is lost")
                    .contains("/admission?next=/packet");
            assertThat(bot.send(get(intake.base().resolve("/status")), HttpResponse.BodyHandlers.discarding()).headers()
                    .firstValue("Location")).contains("/admission?next=/status");
            HttpResponse<String> switched = bot.send(get(intake.base().resolve("/?lang=en")), HttpResponse.BodyHandlers.ofString());
            assertThat(switched.headers().firstValue("Set-Cookie")).as("the language switch makes no session in a flood").isEmpty();
            assertThat(Jsoup.parse(switched.body()).select("html").attr("lang")).as("but serves the page in it").isEqualTo("en");
            HttpResponse<String> admission = bot.send(get(intake.base().resolve("/admission?next=/register")),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(admission.headers().allValues("Set-Cookie")).isEmpty();
            Document page = Jsoup.parse(admission.body());
            String token = page.select("form#work input[name=token]").val();
            int bits = Integer.parseInt(page.select("form#work").attr("data-bits"));
            assertThat(bits).isEqualTo(10);

            HttpResponse<String> unsolved = bot.send(post(intake.base().resolve("/admission"),
                    "token=" + token + "&nonce=nope&next=/register"), HttpResponse.BodyHandlers.ofString());
            assertThat(Jsoup.parse(unsolved.body()).select(".notice.error").text()).isNotBlank();
            HttpResponse<String> admitted = bot.send(post(intake.base().resolve("/admission"),
                    "token=" + token + "&nonce=" + ProofOfWork.solve(token, bits) + "&next=/register"),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(admitted.statusCode()).isEqualTo(302);
            assertThat(admitted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/register"));
            String session = admitted.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
            HttpResponse<String> opened = bot.send(HttpRequest.newBuilder(intake.base().resolve("/register"))
                    .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(opened.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(opened.body()).select("form select#organization")).isNotEmpty();
            Map<String, String> fields = new java.util.LinkedHashMap<>(RegistrationFields.persian("admitted once"));
            fields.put("_csrf", Jsoup.parse(opened.body()).select("input[name=_csrf]").val());
            HttpResponse<String> registered = bot.send(HttpRequest.newBuilder(intake.base().resolve("/register"))
                    .header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(fields))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(registered.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/receipt"));
            assertThat(bot.send(HttpRequest.newBuilder(intake.base().resolve("/register")).header("Cookie", session).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).as("one admission, one registration").isEqualTo(303);
            HttpResponse<String> reused = bot.send(post(intake.base().resolve("/admission"),
                    "token=" + token + "&nonce=" + ProofOfWork.solve(token, bits) + "&next=/register"),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reused.statusCode()).as("a solved token admits once").isEqualTo(200);

            String waitLink = page.select("a#continue").attr("href");
            HttpResponse<String> early = bot.send(get(intake.base().resolve(waitLink)), HttpResponse.BodyHandlers.ofString());
            assertThat(early.statusCode()).as("too early: wait again").isEqualTo(200);
            Thread.sleep(3100);
            HttpResponse<String> waited = bot.send(get(intake.base().resolve(waitLink)), HttpResponse.BodyHandlers.ofString());
            assertThat(waited.statusCode()).isEqualTo(302);
            assertThat(waited.headers().firstValue("Set-Cookie")).isPresent();
        }
    }

    @Test
    void withoutAFloodNobodyWaitsAndAFloodTurnsTheGuardOn() throws Exception {
        try (RunningIntake intake = new RunningIntake(dir, TestDatabase.H2, Map.of("safepassage.intake.flood-per-minute", "20"))) {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            assertThat(http.send(get(intake.base().resolve("/register")), HttpResponse.BodyHandlers.discarding()).statusCode())
                    .isEqualTo(200);
            HttpClient bot = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            int redirected = 0;
            for (int i = 0; i < 40; i++) {
                if (bot.send(get(intake.base().resolve("/register")), HttpResponse.BodyHandlers.discarding()).statusCode() == 303) {
                    redirected++;
                }
            }
            // The genuine visitor and 18 bots made 19 arrivals; from the 20th in a minute on, it is a flood.
            assertThat(redirected).as("once 20 a minute arrived, the rest were asked to earn admission").isEqualTo(40 - 18);
            assertThat(http.send(get(intake.base().resolve("/register")), HttpResponse.BodyHandlers.discarding()).statusCode())
                    .as("a session admitted before the flood keeps its form").isEqualTo(200);
        }
    }

    @Test
    void realBrowsersGetThroughWithJavaScriptByWorkAndWithoutByWaiting() throws Exception {
        try (RunningIntake intake = new RunningIntake(dir, TestDatabase.H2, Map.of(
                "safepassage.intake.admission", "always", "safepassage.intake.proof-of-work-bits", "14",
                "safepassage.intake.wait-seconds", "2"))) {
            ChromeDriver withScript = HeadlessChromium.startWithJavaScript(dir.resolve("js"), 500, 1200);
            try {
                withScript.get(intake.base().resolve("/register").toString());
                new WebDriverWait(withScript, Duration.ofSeconds(30))
                        .until(driver -> !driver.findElements(By.id("organization")).isEmpty());
                assertThat(withScript.getCurrentUrl()).endsWith("/register");
            } finally {
                withScript.quit();
            }
            ChromeDriver withoutScript = HeadlessChromium.start(dir.resolve("nojs"), 500, 1200);
            try {
                withoutScript.get(intake.base().resolve("/register").toString());
                assertThat(withoutScript.getCurrentUrl()).contains("/admission");
                HeadlessChromium.screenshot(withoutScript, "intake-admission-wait-fa.png");
                new WebDriverWait(withoutScript, Duration.ofSeconds(20))
                        .until(driver -> !driver.findElements(By.id("organization")).isEmpty());
            } finally {
                withoutScript.quit();
            }
        }
    }

    private static String urlEncoded(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
        return body.toString();
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).build();
    }

    private static HttpRequest post(URI uri, String form) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }
}
