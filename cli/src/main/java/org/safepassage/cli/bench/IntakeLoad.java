package org.safepassage.cli.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Simulated submitters, each with its own session: load the form (session cookie and CSRF token),
 * then post registrations through it. A registration counts when the intake answers with the
 * redirect to the receipt page, which it sends only after the envelope is committed.
 */
final class IntakeLoad {

    static final int REGISTRATION_BYTES = 4096;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String[] WORDS = {"خدمت", "یگان", "خانواده", "امنیت", "فرماندهی", "سال", "انتقال", "اطلاعات",
            "تهران", "مرز", "گزارش", "همکاری", "آینده", "فرزندان", "سپاه", "وزارت", "پرونده", "دسترسی", "شبکه", "جلسه"};

    private final URI base;
    private final int concurrency;

    IntakeLoad(URI base, int concurrency) {
        this.base = base;
        this.concurrency = concurrency;
    }

    LatencySummary run(int total, boolean showProgress) throws Exception {
        AtomicInteger remaining = new AtomicInteger(total);
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<long[]>> results = new ArrayList<>();
        ProgressBar progress = showProgress ? new ProgressBarBuilder().setTaskName("registrations").setInitialMax(total)
                .continuousUpdate().build() : null;
        long start = System.nanoTime();
        for (int i = 0; i < concurrency; i++) {
            int seed = i;
            results.add(pool.submit(() -> submitter(seed, remaining, failures, progress)));
        }
        List<Long> latencies = new ArrayList<>(total);
        for (Future<long[]> result : results) {
            for (long latency : result.get()) {
                latencies.add(latency);
            }
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();
        if (progress != null) {
            progress.close();
        }
        return new LatencySummary(latencies.stream().mapToLong(Long::longValue).toArray(), wall, failures.get());
    }

    private long[] submitter(int seed, AtomicInteger remaining, AtomicInteger failures, ProgressBar progress) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(base.resolve("/register?lang=fa")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("the form page carries no CSRF token");
        }
        Random random = new Random(seed);
        List<Long> latencies = new ArrayList<>();
        while (remaining.getAndDecrement() > 0) {
            HttpRequest post = HttpRequest.newBuilder(base.resolve("/register"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", cookie)
                    .POST(HttpRequest.BodyPublishers.ofString(form(token.group(1), random)))
                    .build();
            long started = System.nanoTime();
            HttpResponse<Void> response = client.send(post, HttpResponse.BodyHandlers.discarding());
            long took = System.nanoTime() - started;
            if (response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").endsWith("/receipt")) {
                latencies.add(took);
            } else {
                failures.incrementAndGet();
            }
            if (progress != null) {
                progress.step();
            }
        }
        return latencies.stream().mapToLong(Long::longValue).toArray();
    }

    /** A synthetic registration: a Persian narrative padded to about {@value #REGISTRATION_BYTES} bytes. */
    private static String form(String csrf, Random random) {
        StringBuilder narrative = new StringBuilder();
        while (narrative.toString().getBytes(StandardCharsets.UTF_8).length < REGISTRATION_BYTES - 600) {
            narrative.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return "_csrf=" + encode(csrf)
                + "&organization=IRGC&branch=" + encode("نیروی زمینی") + "&unit=" + encode("لشکر " + (random.nextInt(90) + 1))
                + "&rank=" + encode("سرهنگ") + "&yearsOfService=" + (5 + random.nextInt(25))
                + "&givenName=" + encode("نمونه") + "&familyName=" + encode("آزمایشی" + random.nextInt(100000))
                + "&birthYear=" + (1340 + random.nextInt(40)) + "&calendar=solar"
                + "&family%5B0%5D.relation=spouse&family%5B0%5D.birthYear=" + (1345 + random.nextInt(40))
                + "&access=" + encode("دسترسی به گزارش‌های عملیاتی")
                + "&narrative=" + encode(narrative.toString()) + "&urgency=high";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
