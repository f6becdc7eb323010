package org.safepassage.cli.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Simulated submitters, each with its own session: load the form (session cookie and CSRF token),
 * then post registrations through it, each followed by reading the receipt page, as a browser
 * does. A registration counts when the intake answers with the redirect to the receipt page (sent
 * only after the envelope is committed) and that page shows the receipt. With several nodes, each
 * submitter loads its form from one node, sends it to the next and reads its receipt from the one
 * after (its session shared through the database), as Onionbalance may route a visitor's requests.
 */
final class IntakeLoad {

    static final int REGISTRATION_BYTES = 4096;
    private static final int BODIES_PER_SUBMITTER = 64;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String[] WORDS = {"خدمت", "یگان", "خانواده", "امنیت", "فرماندهی", "سال", "انتقال", "اطلاعات",
            "تهران", "مرز", "گزارش", "همکاری", "آینده", "فرزندان", "سپاه", "وزارت", "پرونده", "دسترسی", "شبکه", "جلسه"};

    private final List<URI> nodes;
    /** For the admission pages, when the flood guard asks for them. */
    private final java.net.http.HttpClient admissionClient = FloodVisitors.client();
    private final int concurrency;

    IntakeLoad(List<URI> nodes, int concurrency) {
        this.nodes = List.copyOf(nodes);
        this.concurrency = concurrency;
    }

    private URI node(int submitter, int step) {
        return nodes.get((submitter + step) % nodes.size());
    }

    LatencySummary run(int total, boolean showProgress) throws Exception {
        List<Submitter> submitters = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            submitters.add(openSession(i));
        }
        AtomicInteger remaining = new AtomicInteger(total);
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<long[]>> results = new ArrayList<>();
        ProgressBar progress = showProgress ? new ProgressBarBuilder().setTaskName("registrations").setInitialMax(total)
                .continuousUpdate().build() : null;
        long start = System.nanoTime();
        for (Submitter submitter : submitters) {
            results.add(pool.submit(() -> submit(submitter, remaining, failures, progress)));
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

    /**
     * Loads the form once (session cookie and CSRF token) and prepares this submitter's request
     * bodies, so that the measured loop spends the client's share of the CPU on HTTP alone.
     */
    private Submitter openSession(int seed) throws Exception {
        CloseableHttpClient client = HttpClients.custom()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAutomaticRetries()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(nodes.size()).setMaxConnPerRoute(1).build())
                .build();
        URI base = node(seed, 0);
        HttpGet formPage = new HttpGet(base.resolve("/register?lang=fa"));
        String[] session = client.execute(formPage, response -> {
            Header cookie = response.getFirstHeader("Set-Cookie");
            String page = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            return response.getCode() == 200 && cookie != null ? new String[] {cookie.getValue().split(";", 2)[0], page} : null;
        });
        if (session == null) {
            // the intake's flood guard asks new visitors for admission under this load: earn it, as a browser does
            session = FloodVisitors.admitted(admissionClient, base);
        }
        Matcher token = CSRF.matcher(session[1]);
        if (!token.find()) {
            throw new IllegalStateException("the form page carries no CSRF token");
        }
        Random random = new Random(seed);
        List<byte[]> bodies = new ArrayList<>(BODIES_PER_SUBMITTER);
        for (int i = 0; i < BODIES_PER_SUBMITTER; i++) {
            bodies.add(form(token.group(1), random).getBytes(StandardCharsets.US_ASCII));
        }
        return new Submitter(client, session[0], bodies, node(seed, 1).resolve("/register"), node(seed, 2).resolve("/receipt"));
    }

    private long[] submit(Submitter submitter, AtomicInteger remaining, AtomicInteger failures, ProgressBar progress)
            throws Exception {
        List<Long> latencies = new ArrayList<>();
        int sent = 0;
        try (CloseableHttpClient client = submitter.client()) {
            while (remaining.getAndDecrement() > 0) {
                HttpPost post = new HttpPost(submitter.register());
                post.setHeader("Cookie", submitter.cookie());
                post.setEntity(new ByteArrayEntity(submitter.bodies().get(sent++ % BODIES_PER_SUBMITTER),
                        ContentType.APPLICATION_FORM_URLENCODED));
                long started = System.nanoTime();
                boolean sealed = client.execute(post, response -> {
                    EntityUtils.consume(response.getEntity());
                    Header location = response.getFirstHeader("Location");
                    return response.getCode() == 302 && location != null && location.getValue().endsWith("/receipt");
                });
                if (sealed) {
                    HttpGet receipt = new HttpGet(submitter.receipt());
                    receipt.setHeader("Cookie", submitter.cookie());
                    sealed = client.execute(receipt, response -> response.getCode() == 200
                            && EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8).contains("id=\"receipt\""));
                }
                long took = System.nanoTime() - started;
                if (sealed) {
                    latencies.add(took);
                } else {
                    failures.incrementAndGet();
                }
                if (progress != null) {
                    progress.step();
                }
            }
        }
        return latencies.stream().mapToLong(Long::longValue).toArray();
    }

    private record Submitter(CloseableHttpClient client, String cookie, List<byte[]> bodies, URI register, URI receipt) {
    }

    /** A synthetic registration: a Persian narrative padded to about {@value #REGISTRATION_BYTES} bytes. */
    static String form(String csrf, Random random) {
        StringBuilder narrative = new StringBuilder();
        int bytes = 0;
        while (bytes < REGISTRATION_BYTES - 600) {
            String word = WORDS[random.nextInt(WORDS.length)];
            narrative.append(word).append(' ');
            bytes += word.getBytes(StandardCharsets.UTF_8).length + 1;
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
