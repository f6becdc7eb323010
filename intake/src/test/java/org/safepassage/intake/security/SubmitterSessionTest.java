package org.safepassage.intake.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.intake.support.RegistrationFields;
import org.safepassage.intake.support.RunningIntake;
import org.safepassage.intake.support.Submitter;

/** The session of a returning submitter: a new id once the receipt opens the thread, a way to close it, and slow guessing. */
class SubmitterSessionTest {

    @TempDir
    static Path dir;

    static RunningIntake intake;

    @BeforeAll
    static void start() throws IOException {
        intake = new RunningIntake(dir, TestDatabase.H2);
    }

    @AfterAll
    static void stop() {
        intake.close();
    }

    @Test
    void theSessionIdChangesWhenAReceiptOpensTheThreadAndClosingEndsIt() throws Exception {
        String receipt = intake.submitter().register(RegistrationFields.persian("session rotation"), Map.of());
        Submitter returning = intake.submitter();
        returning.get("/status");
        String before = returning.sessionId();

        Document thread = returning.openThread(receipt);
        String after = returning.sessionId();
        HttpResponse<String> closed = returning.postForm("/status", "/status/close", Map.of(), Map.of());
        HttpResponse<String> followUpAfterClose = returning.followUp("a message after closing", Map.of());

        assertThat(before).isNotEmpty();
        assertThat(thread.select("#status")).isNotEmpty();
        assertThat(after).as("a new session id once the thread is open").isNotEmpty().isNotEqualTo(before);
        assertThat(closed.uri().getPath()).isEqualTo("/");
        assertThat(Jsoup.parse(closed.body()).select(".notice[role=status]").text()).isNotEmpty();
        assertThat(Jsoup.parse(followUpAfterClose.body()).select("#status")).as("the closed thread is not open any more").isEmpty();
        assertThat(followUpAfterClose.uri().getPath()).isNotEqualTo("/status/thread");
    }

    @Test
    void afterFiveWrongReceiptsAMinuteASessionWaitsBeforeAnyIsChecked() throws Exception {
        String receipt = intake.submitter().register(RegistrationFields.persian("guess limit"), Map.of());
        Submitter guesser = intake.submitter();
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.status("1234 5678 9012 3456 7890 123" + i).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> evenTheRightOne = guesser.status(receipt);
        Document elsewhere = intake.submitter().openThread(receipt);

        assertThat(evenTheRightOne.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(evenTheRightOne.body()).select("#status")).isEmpty();
        assertThat(elsewhere.select("#status")).as("the receipt itself still works").isNotEmpty();
    }
}
