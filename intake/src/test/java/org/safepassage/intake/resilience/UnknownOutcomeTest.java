package org.safepassage.intake.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.batch.EnvelopeKind;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.intake.support.Batches;
import org.safepassage.intake.support.RegistrationFields;
import org.safepassage.intake.support.RunningIntake;
import org.safepassage.intake.support.Submitter;

/**
 * The database stops answering while a registration is being stored (here: another session holds
 * the thread table locked, so the commit waits, as it does when PostgreSQL is stopped): the
 * submitter is not told that nothing was stored, because it may have been; when the database
 * answers again the same form sent again shows the receipt, and the registration is stored once.
 */
class UnknownOutcomeTest {

    private static final String NOTHING_STORED = "چیزی از آنچه فرستادید ذخیره نشده است";

    @TempDir
    Path dir;

    @Test
    void aRegistrationWhoseCommitWasNotConfirmedIsNeverCalledLostAndItsRetryStoresNothingTwice() throws Exception {
        try (RunningIntake intake = new RunningIntake(dir, TestDatabase.POSTGRES, Map.of("safepassage.intake.admission", "off"))) {
            Submitter submitter = intake.submitter();
            Map<String, String> fields = filledForm(submitter, "sent while the database stalled");
            assertThat(fields.get("submission")).hasSize(32);

            HttpResponse<String> stalled;
            try (Connection other = DriverManager.getConnection(intake.databaseUrl());
                 Statement statement = other.createStatement()) {
                other.setAutoCommit(false);
                statement.execute("lock table thread in exclusive mode");
                stalled = submitter.postMultipart("/register", fields, Map.of());
                other.rollback();
            }
            Document answer = Jsoup.parse(stalled.body());
            assertThat(answer.select("#outcome-unknown").text()).contains("ممکن است ذخیره شده باشد").contains("دو بار ذخیره نمی‌شود");
            assertThat(stalled.body()).doesNotContain(NOTHING_STORED, "چیزی فرستاده نشد");
            assertThat(answer.select("input[name=submission]").attr("value")).as("the same form, to send again")
                    .isEqualTo(fields.get("submission"));

            HttpResponse<String> again = submitter.postMultipart("/register", fields, Map.of());
            assertThat(again.uri().getPath()).isEqualTo("/receipt");
            String receipt = Jsoup.parse(again.body()).select("#receipt").text();
            assertThat(receipt).isNotBlank();
            HttpResponse<String> thirdTime = submitter.postMultipart("/register", fields, Map.of());
            assertThat(Jsoup.parse(thirdTime.body()).select("#receipt").text()).as("a double click shows the same receipt")
                    .isEqualTo(receipt);

            assertThat(Batches.exportAndOpen(intake, dir.resolve("batch.zip")))
                    .filteredOn(opened -> opened.entry().kind() == EnvelopeKind.REGISTRATION)
                    .as("stored once, though sent three times and once stalled").hasSize(1);
            assertThat(submitter.status(receipt).body()).doesNotContain("receipt-error");
        }
    }

    @Test
    void aRegistrationStoredWhoseSharedSessionCouldNotBeSavedIsNeverCalledLostAndItsRetryShowsTheReceipt() throws Exception {
        try (RunningIntake intake = new RunningIntake(dir, TestDatabase.POSTGRES, Map.of("safepassage.intake.admission", "off"))) {
            Submitter submitter = intake.submitter();
            Map<String, String> fields = filledForm(submitter, "stored, then the session could not be saved");

            HttpResponse<String> answered;
            try (Connection other = DriverManager.getConnection(intake.databaseUrl());
                 Statement statement = other.createStatement()) {
                other.setAutoCommit(false);
                // Reads of sessions go on; their writes wait: the registration is stored, the session (with the
                // receipt to show) cannot be saved after it, and the statement times out.
                statement.execute("lock table submitter_session in exclusive mode");
                answered = submitter.postMultipart("/register", fields, Map.of());
                other.rollback();
            }
            assertThat(answered.statusCode()).isEqualTo(503);
            assertThat(Jsoup.parse(answered.body()).select("#unavailable").text())
                    .as("the page says it may have been stored and to send the same page again")
                    .contains("ممکن است ذخیره شده باشد").contains("دو بار ذخیره نمی‌شود");
            assertThat(answered.body()).doesNotContain(NOTHING_STORED);

            HttpResponse<String> again = submitter.postMultipart("/register", fields, Map.of());
            assertThat(again.uri().getPath()).isEqualTo("/receipt");
            String receipt = Jsoup.parse(again.body()).select("#receipt").text();
            assertThat(receipt).isNotBlank();
            assertThat(Batches.exportAndOpen(intake, dir.resolve("batch.zip")))
                    .filteredOn(opened -> opened.entry().kind() == EnvelopeKind.REGISTRATION)
                    .as("stored once, and the receipt shown afterwards is its receipt").hasSize(1)
                    .allMatch(opened -> opened.text().contains("stored, then the session could not be saved"));
            assertThat(submitter.status(receipt).body()).doesNotContain("receipt-error");
        }
    }

    @Test
    void aFormCopiedIntoAnotherSessionGetsItsOwnReceiptNeverTheFirstOnes() throws Exception {
        try (RunningIntake intake = new RunningIntake(dir, TestDatabase.POSTGRES, Map.of("safepassage.intake.admission", "off"))) {
            Submitter first = intake.submitter();
            Map<String, String> fields = filledForm(first, "the first person's");
            String firstReceipt = Jsoup.parse(first.postMultipart("/register", fields, Map.of()).body()).select("#receipt").text();

            Submitter stranger = intake.submitter();
            Map<String, String> copied = new LinkedHashMap<>(fields);
            copied.put("_csrf", stranger.page("/register").select("input[name=_csrf]").attr("value"));
            String strangerReceipt = Jsoup.parse(stranger.postMultipart("/register", copied, Map.of()).body()).select("#receipt").text();

            assertThat(strangerReceipt).isNotBlank().isNotEqualTo(firstReceipt);
        }
    }

    @Test
    void whileTheDatabaseIsUnreachableThePagesSaySoBeforeAnyoneTypesAndAfterwardsTheFormWorks() throws Exception {
        try (RunningIntake intake = new RunningIntake(dir, TestDatabase.POSTGRES, Map.of("safepassage.intake.admission", "off",
                "safepassage.intake.storage-check", "PT0.2S"))) {
            String database = intake.databaseUrl().replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
            String admin = intake.databaseUrl().replaceFirst("/[^/?]+(\\?|$)", "/postgres$1");
            Submitter typing = intake.submitter(); // loaded the form before the outage (its session is in the database)
            Map<String, String> typed = filledForm(typing, "typed as the database went away");
            try (Connection connection = DriverManager.getConnection(admin); Statement statement = connection.createStatement()) {
                statement.execute("alter database " + database + " allow_connections false");
                statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
                Document form = waitForNotice(intake.submitter(), "/register", "#storage-down");
                assertThat(form.select("#storage-down").text()).contains("اکنون این فرم را پر نکنید");
                assertThat(waitForNotice(intake.submitter(), "/status", "#storage-down-page").select("#storage-down-page").text())
                        .contains("کمی بعد بازگردید");
                String cookie = typing.sessionId();
                HttpResponse<String> whileDown = typing.get("/register");
                assertThat(whileDown.statusCode()).as("a session that cannot be read: come back later").isEqualTo(503);
                assertThat(Jsoup.parse(whileDown.body()).select("#storage-down-page").text()).contains("کمی بعد بازگردید");
                assertThat(Jsoup.parse(whileDown.body()).select("#unavailable").text()).contains("ممکن است ذخیره شده باشد");
                assertThat(whileDown.body()).doesNotContain(NOTHING_STORED);
                assertThat(typing.sessionId()).as("and the cookie it holds is left as it was").isEqualTo(cookie);
                statement.execute("alter database " + database + " allow_connections true");
            }
            Submitter submitter = intake.submitter();
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
            while (!submitter.page("/register").select("#storage-down").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(submitter.register(RegistrationFields.persian("after the outage"), Map.of())).isNotBlank();
            HttpResponse<String> sentAfter = typing.postMultipart("/register", typed, Map.of());
            assertThat(sentAfter.uri().getPath()).as("the form loaded before the outage is taken after it").isEqualTo("/receipt");
            assertThat(Jsoup.parse(sentAfter.body()).select("#receipt").text()).isNotBlank();
        }
    }

    /** The registration form as a browser sends it: its CSRF token, its one-time token, the answers. */
    private static Map<String, String> filledForm(Submitter submitter, String marker) throws Exception {
        Document form = submitter.page("/register");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", form.select("input[name=_csrf]").attr("value"));
        fields.put("submission", form.select("input[name=submission]").attr("value"));
        fields.putAll(RegistrationFields.persian(marker));
        return fields;
    }

    private static Document waitForNotice(Submitter submitter, String path, String notice) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        Document page = submitter.page(path);
        while (page.select(notice).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            page = submitter.page(path);
        }
        return page;
    }
}
