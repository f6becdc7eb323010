package org.safepassage.intake.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.intake.support.RegistrationFields;
import org.safepassage.intake.support.RunningIntake;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Three intake nodes on one PostgreSQL, as behind Onionbalance: every request of one submitter
 * lands on another node than the one before (form, registration, receipt, retry, status, follow-up,
 * admission), and it all works as on one node, with nothing of it readable in the database.
 */
class OneSubmitterManyNodesTest {

    @TempDir
    Path dir;

    @Test
    void aSubmitterWhoseRequestsLandOnThreeNodesRegistersSeesTheReceiptOnceRetriesWithoutADuplicateAndFollowsUp()
            throws Exception {
        try (RunningIntake a = new RunningIntake(dir.resolve("a"), TestDatabase.POSTGRES, Map.of());
             RunningIntake b = RunningIntake.anotherNode(dir.resolve("b"), a);
             RunningIntake c = RunningIntake.anotherNode(dir.resolve("c"), a)) {
            Browser browser = new Browser();
            Document form = browser.page(a, "/register");
            Map<String, String> fields = new LinkedHashMap<>(RegistrationFields.persian("هر درخواست به گره‌ای دیگر"));
            fields.put("_csrf", form.select("form[action=/register] input[name=_csrf]").val());
            fields.put("submission", form.select("input[name=submission]").val());
            assertThat(fields.get("submission")).as("the form's one-time token").isNotEmpty();

            HttpResponse<String> sent = browser.post(b, "/register", fields);
            assertThat(sent.statusCode()).as("a form from node A is taken by node B").isEqualTo(302);
            assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/receipt");
            String receipt = browser.page(c, "/receipt").select("#receipt").text();
            assertThat(receipt).as("node C shows the receipt").matches("[0-9 ]{29}");
            assertThat(browser.page(a, "/receipt").select("#receipt")).as("once: node A does not show it again").isEmpty();

            HttpResponse<String> retried = browser.post(c, "/register", fields); // the same form sent again, to yet another node
            assertThat(retried.statusCode()).isEqualTo(302);
            assertThat(browser.page(a, "/receipt").select("#receipt").text()).as("the retry shows the same receipt").isEqualTo(receipt);
            JdbcClient database = a.bean(JdbcClient.class);
            assertThat(database.sql("select count(*) from envelope").query(Long.class).single())
                    .as("and stored nothing twice").isEqualTo(1);

            String beforeThread = browser.sessionId();
            Document entry = browser.page(b, "/status");
            HttpResponse<String> opened = browser.post(c, "/status",
                    Map.of("_csrf", entry.select("input[name=_csrf]").val(), "receipt", receipt));
            Document thread = Jsoup.parse(opened.body());
            assertThat(thread.select("#status")).as("a status page asked at B and opened at C").isNotEmpty();
            assertThat(browser.sessionId()).as("a new session id once the receipt opened the thread").isNotEqualTo(beforeThread);

            String message = "پیام پیگیری از گره سوم " + System.nanoTime();
            HttpResponse<String> followed = browser.post(a, "/followup", Map.of("_csrf",
                    thread.select("form[action=/followup] input[name=_csrf]").val(), "message", message, "keepCopy", "true"));
            assertThat(followed.statusCode()).as("a follow-up from C's page is taken by A").isEqualTo(302);
            assertThat(browser.page(b, "/status/thread").text()).as("and shown in the thread at B").contains(message);
            assertThat(database.sql("select count(*) from envelope").query(Long.class).single()).isGreaterThanOrEqualTo(2);

            Browser stale = new Browser();
            stale.cookies.getCookieStore().add(a.base(), cookie(beforeThread));
            HttpResponse<String> staleThread = stale.get(c, "/status/thread");
            assertThat(staleThread.statusCode()).as("the session id seen before the thread opened opens nothing at any node")
                    .isEqualTo(302);
            assertThat(staleThread.headers().firstValue("Location").orElseThrow()).endsWith("/status");

            String sessions = database.sql("select row_key, sealed from submitter_session").query()
                    .listOfRows().stream().map(row -> row.get("row_key") + new String((byte[]) row.get("sealed"),
                            StandardCharsets.ISO_8859_1)).collect(Collectors.joining());
            for (String secret : new String[] {receipt, receipt.replace(" ", ""), message, browser.sessionId(), beforeThread}) {
                assertThat(sessions).as("the shared sessions show nothing of " + secret).doesNotContain(secret);
            }
        }
    }

    @Test
    void admissionEarnedAtOneNodeHoldsAtTheOthersAndAChallengeCountsOnceAcrossThem() throws Exception {
        Map<String, Object> flood = Map.of("safepassage.intake.admission", "always", "safepassage.intake.wait-seconds", "1");
        try (RunningIntake a = new RunningIntake(dir.resolve("a"), TestDatabase.POSTGRES, flood);
             RunningIntake b = RunningIntake.anotherNode(dir.resolve("b"), a, flood);
             RunningIntake c = RunningIntake.anotherNode(dir.resolve("c"), a, flood)) {
            Browser browser = new Browser();
            HttpResponse<String> asked = browser.get(a, "/register");
            assertThat(asked.statusCode()).isEqualTo(303);
            Document challenge = browser.page(a, "/admission?next=/register");
            String waitLink = challenge.select("a#continue").attr("href");
            Thread.sleep(1_200);
            HttpResponse<String> admitted = browser.get(b, waitLink);
            assertThat(admitted.statusCode()).as("a wait begun at A is counted at B").isEqualTo(302);

            assertThat(browser.get(c, "/register").statusCode()).as("admitted at B, the form opens at C").isEqualTo(200);
            Browser other = new Browser();
            assertThat(other.get(c, waitLink).statusCode()).as("the same challenge does not admit twice, at any node")
                    .isEqualTo(200);
            assertThat(other.get(c, "/register").statusCode()).isEqualTo(303);
        }
    }

    @Test
    void hostileSessionCookiesGetAFreshSessionNeverAnErrorAndNothingOfThemIsStored() throws Exception {
        try (RunningIntake a = new RunningIntake(dir.resolve("a"), TestDatabase.POSTGRES, Map.of())) {
            HttpClient raw = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            String longest = "A".repeat(8_000);
            for (String value : new String[] {"", "x", "%00%ff", "../../etc/passwd", "' or 1=1 --", longest,
                    "A".repeat(43), "_".repeat(43), "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "a=b=c"}) {
                HttpResponse<String> page = raw.send(HttpRequest.newBuilder(a.base().resolve("/register"))
                        .header("Cookie", "sid=" + value + "; sid=" + value).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).as("cookie " + value.substring(0, Math.min(20, value.length()))).isIn(200, 400);
                if (page.statusCode() == 200) {
                    String fresh = page.headers().firstValue("Set-Cookie").orElseThrow();
                    assertThat(fresh).as("a fresh session of our own making").startsWith("sid=").doesNotContain("sid=" + value + ";")
                            .contains("HttpOnly").contains("SameSite=Strict");
                }
            }
            String rows = a.bean(JdbcClient.class).sql("select row_key from submitter_session").query(String.class).list().toString();
            assertThat(rows).doesNotContain("AAAAAAAAAA").doesNotContain("etc/passwd").doesNotContain("1=1");
        }
    }

    private static java.net.HttpCookie cookie(String id) {
        java.net.HttpCookie cookie = new java.net.HttpCookie("sid", id);
        cookie.setPath("/");
        cookie.setVersion(0);
        return cookie;
    }

    /** One browser: one cookie jar, redirects not followed, so that each request's node is chosen here. */
    private static final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(RunningIntake node, String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(node.base().resolve(path)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        Document page(RunningIntake node, String path) throws IOException, InterruptedException {
            HttpResponse<String> response = get(node, path);
            assertThat(response.statusCode()).as(path + " at " + node.base()).isEqualTo(200);
            return Jsoup.parse(response.body());
        }

        HttpResponse<String> post(RunningIntake node, String path, Map<String, String> fields) throws IOException, InterruptedException {
            String body = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(node.base().resolve(path)).header("Accept", "text/html")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("sid"))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse("");
        }
    }

}
