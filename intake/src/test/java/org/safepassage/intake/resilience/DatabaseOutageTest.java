package org.safepassage.intake.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.batch.EnvelopeKind;
import org.safepassage.core.receipt.LookupTag;
import org.safepassage.core.receipt.Pepper;
import org.safepassage.core.receipt.Receipt;
import org.safepassage.intake.support.Batches;
import org.safepassage.intake.support.RegistrationFields;
import org.safepassage.intake.support.RunningIntake;
import org.safepassage.intake.support.Submitter;

/**
 * PostgreSQL itself stopped for a minute while submitters keep registering, then started again:
 * every receipt shown is stored, nobody was told "nothing stored" of a registration that was
 * stored, the form told those arriving meanwhile not to fill it in, and the same forms sent again
 * afterwards stored nothing twice.
 */
class DatabaseOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final int SUBMITTERS = 6;
    private static final String NOTHING_STORED = "چیزی از آنچه فرستادید ذخیره نشده است";

    @TempDir
    Path dir;

    private final Map<String, String> shown = new ConcurrentHashMap<>();          // receipt → marker
    private final Set<String> toldNothingStored = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sentAgain = new AtomicInteger();
    private final AtomicInteger toldNotToType = new AtomicInteger();
    /** Newcomers loading the form: when (System.nanoTime) and whether the page told them not to fill it in now. */
    private final List<long[]> newcomers = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger unavailablePages = new AtomicInteger();

    @Test
    void postgresStoppedForAMinuteUnderLoadLosesNoReceiptShownTellsNoFalsehoodAndStoresNothingTwice() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = dir.resolve("postgres");
        EmbeddedPostgres postgres = postgres(port, data);
        String url = postgres.getJdbcUrl("postgres", "postgres");
        try (RunningIntake intake = RunningIntake.onDatabase(dir.resolve("intake"), url, Map.of(
                "safepassage.intake.admission", "off", "safepassage.intake.export-every", "0",
                "safepassage.intake.storage-check", "PT0.5S"))) {
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> load = new ArrayList<>();
            for (int s = 0; s < SUBMITTERS; s++) {
                String prefix = "outage-" + s + "-";
                Thread thread = new Thread(() -> keepRegistering(intake, prefix, running));
                thread.start();
                load.add(thread);
            }
            Thread arrivals = new Thread(() -> keepArriving(intake, running));
            arrivals.start();
            load.add(arrivals);
            Thread.sleep(4_000);
            int before = shown.size();
            postgres.close(); // the server stops: every connection drops, none is taken
            long stopped = System.nanoTime();
            Thread.sleep(OUTAGE.toMillis());
            int during = shown.size() - before;
            long restarted = System.nanoTime();
            postgres = postgres(port, data);
            Thread.sleep(15_000);
            running.set(false);
            for (Thread thread : load) {
                thread.join(120_000);
            }

            Pepper pepper = Pepper.read(intake.dataDir().resolve("pepper"));
            Map<String, Integer> storedTimes = new HashMap<>();
            Map<String, String> textByThread = new HashMap<>();
            for (Batches.Opened opened : Batches.exportAndOpen(intake, dir.resolve("batch.zip"))) {
                if (opened.entry().kind() == EnvelopeKind.REGISTRATION) {
                    String text = opened.text();
                    textByThread.put(opened.entry().thread(), text);
                    java.util.regex.Matcher marker = java.util.regex.Pattern.compile("outage-\\d+-\\d+-end").matcher(text);
                    while (marker.find()) {
                        storedTimes.merge(marker.group(), 1, Integer::sum);
                    }
                }
            }
            long lost = shown.entrySet().stream().filter(receipt -> {
                String text = textByThread.get(LookupTag.of(pepper, Receipt.parse(receipt.getKey())).hex());
                return text == null || !text.contains(receipt.getValue());
            }).count();
            System.out.printf("PostgreSQL stopped for %d s under load of %d submitters: %d receipts shown (%d while it was "
                            + "stopped), %d stored, forms sent again %d times, %d pages said the intake cannot answer now, "
                            + "%d forms said not to fill them in, %d told nothing was stored; receipts lost %d, stored twice %d; "
                            + "%d newcomers while it was stopped, %d of them told not to fill in the form%n",
                    OUTAGE.toSeconds(), SUBMITTERS, shown.size(), during, storedTimes.size(), sentAgain.get(),
                    unavailablePages.get(), toldNotToType.get(), toldNothingStored.size(), lost,
                    storedTimes.values().stream().filter(times -> times > 1).count(),
                    newcomers.stream().filter(visit -> visit[0] > stopped && visit[0] < restarted).count(),
                    newcomers.stream().filter(visit -> visit[0] > stopped && visit[0] < restarted && visit[1] == 1).count());

            assertThat(before).as("registrations before the outage").isPositive();
            assertThat(shown.size() - before - during).as("and after it").isPositive();
            // The health check notices within seconds (a connection is waited for 5 s at most); from then on, every
            // newcomer is told before typing.
            List<long[]> whileStopped = newcomers.stream()
                    .filter(visit -> visit[0] > stopped + Duration.ofSeconds(8).toNanos() && visit[0] < restarted).toList();
            assertThat(whileStopped).as("newcomers while it was stopped").hasSizeGreaterThan(10);
            assertThat(whileStopped).as("each was told not to fill in the form now").allMatch(visit -> visit[1] == 1);
            assertThat(lost).as("every receipt shown is stored").isZero();
            assertThat(storedTimes.values()).as("no registration stored twice, however often sent").allMatch(times -> times == 1);
            assertThat(toldNothingStored).as("nobody told nothing was stored of a registration that was")
                    .noneMatch(storedTimes::containsKey);
        } finally {
            postgres.close();
        }
    }

    private static EmbeddedPostgres postgres(int port, Path data) throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false).start();
    }

    /** A newcomer every half second, who only loads the form and reads whether to fill it in now. */
    private void keepArriving(RunningIntake intake, AtomicBoolean running) {
        while (running.get()) {
            try {
                HttpResponse<String> page = intake.submitter().get("/register");
                Document form = Jsoup.parse(page.body());
                boolean toldNotTo = page.statusCode() != 200 || !form.select("#storage-down").isEmpty()
                        || form.select("form[action=/register]").isEmpty();
                newcomers.add(new long[] {System.nanoTime(), toldNotTo ? 1 : 0});
                Thread.sleep(500);
            } catch (IOException e) {
                newcomers.add(new long[] {System.nanoTime(), 1}); // no page at all: nobody types into it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A careful submitter: reads the page before typing, and sends the same page again until a receipt is shown. */
    private void keepRegistering(RunningIntake intake, String prefix, AtomicBoolean running) {
        int n = 0;
        while (running.get()) {
            String marker = prefix + n++ + "-end";
            try {
                Submitter submitter = intake.submitter();
                HttpResponse<String> page = submitter.get("/register");
                Document form = Jsoup.parse(page.body());
                if (page.statusCode() != 200 || !form.select("#storage-down").isEmpty()) {
                    toldNotToType.incrementAndGet();
                    Thread.sleep(1_000);
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>(RegistrationFields.persian(marker));
                fields.put("_csrf", form.select("input[name=_csrf]").val());
                fields.put("submission", form.select("input[name=submission]").val());
                sendUntilReceipt(submitter, fields, marker);
            } catch (IOException e) {
                // the intake did not answer at all: try a new form
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void sendUntilReceipt(Submitter submitter, Map<String, String> fields, String marker)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(110).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = submitter.postMultipart("/register", fields, Map.of());
            Document page = Jsoup.parse(answer.body());
            String receipt = page.select("#receipt").text();
            if (answer.uri().getPath().equals("/receipt") && !receipt.isEmpty()) {
                shown.put(receipt, marker);
                return;
            }
            if (answer.body().contains(NOTHING_STORED)) {
                toldNothingStored.add(marker);
                return;
            }
            if (!page.select("#unavailable").isEmpty()) {
                unavailablePages.incrementAndGet();
            }
            // "it may have been stored: send the same page again" — with the page's own tokens if it is the form
            if (!page.select("input[name=submission]").isEmpty()) {
                fields.put("_csrf", page.select("input[name=_csrf]").val());
                fields.put("submission", page.select("input[name=submission]").val());
            }
            sentAgain.incrementAndGet();
            Thread.sleep(2_000);
        }
    }
}
