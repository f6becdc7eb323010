package org.safepassage.intake.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
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

/**
 * Requests an attacker sends without filling any form honestly, each answered by the intake's own
 * page with a plain status, none able to lock real submitters out or to fill the log.
 */
class HostileRequestsTest {

    private static final Pattern PRECISE_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:(?!00[^:])\\d\\d");

    @TempDir
    static Path dir;

    static RunningIntake intake;

    @BeforeAll
    static void start() throws IOException {
        intake = new RunningIntake(dir, TestDatabase.H2, Map.of("safepassage.intake.upload-grace", "2s"));
    }

    @AfterAll
    static void stop() {
        intake.close();
    }

    @Test
    void fourTricklingUploadsWithoutASessionDoNotLockOutARealOneAndAreCutOff() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> tricklers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tricklers.add(pool.submit(HostileRequestsTest::trickle));
        }
        Thread.sleep(500); // they hold their connections before the real submitter comes

        String receipt = intake.submitter().register(RegistrationFields.persian("real upload while others trickle"),
                Map.of("scan.pdf", new byte[1_000_000]));

        assertThat(receipt).matches("[0-9 ]{24,}");
        for (Future<String> trickler : tricklers) {
            assertThat(trickler.get(60, TimeUnit.SECONDS)).as("a trickling body is cut off, not served")
                    .satisfiesAnyOf(answer -> assertThat(answer).startsWith("HTTP/1.1 408"), answer -> assertThat(answer).isEmpty());
        }
        pool.shutdown();
    }

    /** Announces a megabyte of multipart body and sends a byte a second; returns what the intake answered. */
    private static String trickle() throws IOException {
        URI base = intake.base();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /register HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: multipart/form-data; "
                    + "boundary=x\r\nContent-Length: 1000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            for (int second = 0; second < 50; second++) {
                try {
                    out.write('-');
                    out.flush();
                } catch (IOException closed) {
                    break;
                }
                try {
                    byte[] answer = in.readNBytes(12);
                    if (answer.length > 0 || second > 0) {
                        return new String(answer, StandardCharsets.US_ASCII);
                    }
                } catch (java.net.SocketTimeoutException stillOpen) {
                    // no answer yet: keep trickling
                }
            }
            return "still open after 50 seconds";
        }
    }

    @Test
    void unreadableMultipartBodiesGetA400PageAndOneSummaryLineNotAStackTraceEach() throws Exception {
        long logBefore = Files.size(intake.logFile());
        HttpClient http = HttpClient.newHttpClient();
        int[] statuses = new int[300];
        String page = null;
        for (int i = 0; i < statuses.length; i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(intake.base().resolve("/packet"))
                    .header("Content-Type", i % 2 == 0 ? "multipart/form-data" : "multipart/form-data; boundary=x")
                    .POST(HttpRequest.BodyPublishers.ofString(i % 2 == 0 ? "garbage" : "--x\r\nContent-Disposition: form-data;"
                            + " name=\"a\"\r\n\r\nno end")).build(), HttpResponse.BodyHandlers.ofString());
            statuses[i] = response.statusCode();
            page = response.body();
        }

        assertThat(statuses).containsOnly(400);
        assertThat(Jsoup.parse(page).select("html[lang=fa][dir=rtl] h1").text()).as("the intake's own page, in Persian").isNotEmpty();
        assertThat(Files.size(intake.logFile()) - logBefore).as("no line per request").isLessThan(2_000);
    }

    @Test
    void aFormFieldNoFormHasGetsA400PageNotA500() throws Exception {
        Submitter submitter = intake.submitter();
        Map<String, String> fields = new LinkedHashMap<>(RegistrationFields.persian("family index attack"));
        fields.put("family[256].relation", "child");

        HttpResponse<String> response = submitter.postForm("/register", "/register", fields, Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<html").doesNotContain("timestamp").doesNotContain("Exception");
    }

    @Test
    void anAttachmentOverTheLimitComesBackWithEverythingTypedKept() throws Exception {
        Submitter submitter = intake.submitter();
        HttpResponse<String> response = submitter.postForm("/register?lang=en", "/register",
                RegistrationFields.persian("kept after an oversize file"), Map.of("big-scan.pdf", new byte[11 * 1024 * 1024]));
        Document form = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(form.text()).contains("larger than 10 MB");
        assertThat(form.select("textarea[name=narrative]").text()).contains("kept after an oversize file");
        assertThat(form.select("input[name=givenName]").attr("value")).isEqualTo("محمد‌رضا");
    }

    @Test
    void aBodyOverTheRequestLimitIsTheIntakesOwnPageBeforeAByteIsRead() throws Exception {
        Submitter submitter = intake.submitter();
        HttpResponse<String> response = submitter.postForm("/register", "/register", RegistrationFields.persian("x"),
                Map.of("huge.bin", new byte[27 * 1024 * 1024]));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(response.body()).select("html[dir=rtl] h1").text()).isNotEmpty();
        assertThat(response.body()).doesNotContain("Apache Tomcat");
    }

    @Test
    void errorsAreTheIntakesOwnPagesEvenToAClientThatAsksForJson() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(intake.base().resolve("/no-such-page"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html").doesNotContain("timestamp").doesNotContain("\"path\"");
    }

    @Test
    void theLogHoldsNoTimeFinerThanTheHour() throws Exception {
        intake.submitter().register(RegistrationFields.persian("log time check"), Map.of());
        intake.bean(org.safepassage.intake.system.RefusedRequests.class).report();

        String log = Files.readString(intake.logFile());

        assertThat(log).isNotBlank();
        assertThat(PRECISE_TIME.matcher(log).find()).as("a minute or second in:\n" + log).isFalse();
    }
}
