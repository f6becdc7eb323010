package org.safepassage.intake.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.intake.submission.EnvelopeStore;
import org.safepassage.intake.support.RegistrationFields;
import org.safepassage.intake.support.RunningIntake;
import org.safepassage.intake.support.Submitter;
import org.safepassage.core.testing.TestDatabase;
import org.springframework.transaction.support.TransactionTemplate;

/** Limits a surge or an idle hour runs into, each a clear page, none losing what was typed or half-storing anything. */
class IntakeLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aFullStorageQuotaSaysTryAgainLaterAndStoresNothing() throws Exception {
        try (RunningIntake intake = new RunningIntake(dir, TestDatabase.H2, Map.of("safepassage.intake.max-stored", "40KB"))) {
            Submitter submitter = intake.submitter();
            submitter.register(RegistrationFields.persian("first"), Map.of());
            long stored = intake.bean(EnvelopeStore.class).pendingBytes();

            HttpResponse<String> second = submitter.postForm("/register", "/register", RegistrationFields.persian("second"),
                    Map.of("file.bin", new byte[4096]));
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(second.headers().firstValue("Retry-After")).hasValue("60");
            assertThat(Jsoup.parse(second.body()).select("h1").text()).isEqualTo("شلوغ است، لطفاً یک دقیقه دیگر دوباره تلاش کنید");
            assertThat(intake.bean(EnvelopeStore.class).pendingBytes()).isEqualTo(stored);
        }
    }

    @Test
    void aFullQuotaOpensAgainWhenAnotherProcessCollectsTheBacklogWithNoSubmitterWaitingForTheCount() throws Exception {
        // room for one registration envelope (one 8 KB text bucket and its reserve) and not for a second
        try (RunningIntake intake = new RunningIntake(dir, TestDatabase.H2, Map.of("safepassage.intake.max-stored", "20KB"))) {
            intake.submitter().register(RegistrationFields.persian("first"), Map.of());
            assertThat(intake.submitter().postForm("/register", "/register", RegistrationFields.persian("second"), Map.of())
                    .statusCode()).isEqualTo(503);

            // what a command-line export in another process does: claim the backlog for a batch
            intake.bean(TransactionTemplate.class).executeWithoutResult(status -> intake.bean(EnvelopeStore.class).claim("b-test", 100));

            long deadline = System.nanoTime() + 15_000_000_000L;
            int status = 503;
            while (status == 503 && System.nanoTime() < deadline) {
                Thread.sleep(500);
                status = intake.submitter().postForm("/register", "/register", RegistrationFields.persian("third"), Map.of())
                        .statusCode();
            }
            assertThat(status).as("the quota's background count saw the backlog collected").isNotEqualTo(503);
            assertThat(intake.bean(EnvelopeStore.class).pendingBytes()).isPositive();
        }
    }

    @Test
    void sessionsBeyondTheCapSeeTheBusyPageAndThoseAlreadyOpenGoOn() throws Exception {
        try (RunningIntake intake = new RunningIntake(dir, TestDatabase.H2, Map.of("safepassage.intake.max-sessions", "3"))) {
            List<Submitter> first = List.of(intake.submitter(), intake.submitter(), intake.submitter());
            for (Submitter submitter : first) {
                assertThat(submitter.get("/register").statusCode()).isEqualTo(200);
            }

            HttpResponse<String> fourth = intake.submitter().get("/register");

            assertThat(fourth.statusCode()).isEqualTo(503);
            assertThat(fourth.headers().firstValue("Retry-After")).hasValue("60");
            assertThat(Jsoup.parse(fourth.body()).select("h1").text()).isEqualTo("شلوغ است، لطفاً یک دقیقه دیگر دوباره تلاش کنید");
            assertThat(intake.submitter().get("/").statusCode()).as("pages that need no session still open").isEqualTo(200);
            assertThat(first.get(0).register(RegistrationFields.persian("within the cap"), Map.of())).isNotBlank();
        }
    }

    @Test
    void aFormPostedAfterItsSessionExpiredComesBackFilledInAndNothingIsSent() throws Exception {
        try (RunningIntake intake = new RunningIntake(dir, TestDatabase.H2)) {
            Submitter submitter = intake.submitter();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("_csrf", "token-of-a-session-that-expired");
            fields.putAll(RegistrationFields.persian("یک روایت طولانی که نباید گم شود"));
            HttpResponse<String> response = submitter.postMultipart("/register", fields, Map.of());

            Document page = Jsoup.parse(response.body());
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(page.select(".notice.error").first().text()).startsWith("این صفحه مدت زیادی باز مانده بود");
            assertThat(page.select("#narrative").text()).isEqualTo("می‌خواهم با خانواده‌ام بیایم یک روایت طولانی که نباید گم شود");
            assertThat(page.select("#organization option[selected]").attr("value")).isEqualTo("IRGC");
            assertThat(intake.bean(EnvelopeStore.class).pendingBytes()).isZero();

            String freshToken = page.select("form input[name=_csrf]").attr("value");
            fields.put("_csrf", freshToken);
            HttpResponse<String> resent = submitter.postMultipart("/register", fields, Map.of());
            assertThat(resent.uri().getPath()).as("the page that came back can be sent as it is").isEqualTo("/receipt");
        }
    }

    @Test
    void aFollowUpAfterTheSessionEndedKeepsTheMessageAndAsksForTheReceipt() throws Exception {
        try (RunningIntake intake = new RunningIntake(dir, TestDatabase.H2)) {
            Submitter submitter = intake.submitter();
            String token = submitter.page("/status").select("input[name=_csrf]").attr("value");
            HttpResponse<String> response = submitter.postMultipart("/followup",
                    Map.of("_csrf", token, "message", "پیامی که نوشتم"), Map.of());
            Document page = Jsoup.parse(response.body());
            assertThat(page.select(".notice.error").text()).startsWith("نشست شما پس از ۱۵ دقیقه");
            assertThat(page.select("textarea#draft").text()).isEqualTo("پیامی که نوشتم");
        }
    }

    @Test
    void unknownPagesGetANotFoundPageInTheSubmittersLanguage() throws Exception {
        try (RunningIntake intake = new RunningIntake(dir, TestDatabase.H2)) {
            HttpResponse<String> response = intake.submitter().get("/admin");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(Jsoup.parse(response.body()).select("main p").first().text()).isEqualTo("این صفحه وجود ندارد.");
        }
    }
}
