package org.safepassage.cli.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safepassage.intake.admission.ProofOfWork;

/** The two kinds of visitor of the flood bench, over plain HTTP with the session cookie kept by hand. */
final class FloodVisitors {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    private static final Pattern BITS = Pattern.compile("data-bits=\"(\\d+)\"");

    private FloodVisitors() {
    }

    /** A genuine submitter as a browser with JavaScript: form, admission when asked, registration. */
    static void genuine(HttpClient http, URI base, Counts counts) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> form = http.send(get(base.resolve("/register")), HttpResponse.BodyHandlers.ofString());
            String cookie;
            if (form.statusCode() != 303) {
                cookie = cookie(form);
            } else {
                HttpResponse<String> admission = http.send(get(base.resolve("/admission?next=/register")),
                        HttpResponse.BodyHandlers.ofString());
                String token = group(TOKEN, admission.body());
                String nonce = ProofOfWork.solve(token, Integer.parseInt(group(BITS, admission.body())));
                HttpResponse<String> admitted = http.send(post(base.resolve("/admission"), null,
                        "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&nonce=" + nonce + "&next=/register"),
                        HttpResponse.BodyHandlers.ofString());
                if (admitted.statusCode() != 302) {
                    counts.fail("admission answered " + admitted.statusCode() + " (" + (admitted.body().contains("notice error")
                            ? "refused" : "page") + ")");
                    return;
                }
                cookie = cookie(admitted);
                form = http.send(HttpRequest.newBuilder(base.resolve("/register")).header("Cookie", cookie).build(),
                        HttpResponse.BodyHandlers.ofString());
            }
            String registration = IntakeLoad.form(group(CSRF, form.body()), ThreadLocalRandom.current());
            HttpResponse<String> sent = http.send(post(base.resolve("/register"), cookie, registration),
                    HttpResponse.BodyHandlers.ofString());
            if (sent.statusCode() == 302 && sent.headers().firstValue("Location").orElse("").endsWith("/receipt")) {
                counts.ok.incrementAndGet();
                counts.latencies.add((System.nanoTime() - started) / 1_000_000);
            } else {
                counts.fail("registration answered " + sent.statusCode());
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            counts.fail(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * What a browser with JavaScript does when the form asks for admission: the proof of work, then
     * the form. Returns the admitted session's cookie and the form page.
     */
    static String[] admitted(HttpClient http, URI base) throws IOException, InterruptedException {
        HttpResponse<String> admission = http.send(get(base.resolve("/admission?next=/register")), HttpResponse.BodyHandlers.ofString());
        String token = group(TOKEN, admission.body());
        String nonce = ProofOfWork.solve(token, Integer.parseInt(group(BITS, admission.body())));
        HttpResponse<String> admitted = http.send(post(base.resolve("/admission"), null,
                "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&nonce=" + nonce + "&next=/register"),
                HttpResponse.BodyHandlers.ofString());
        if (admitted.statusCode() != 302) {
            throw new IllegalStateException("admission answered " + admitted.statusCode());
        }
        String cookie = cookie(admitted);
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(base.resolve("/register?lang=fa")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        return new String[] {cookie, form.body()};
    }

    /** A flood bot: takes the form and sends junk while it is let in; asked for work, it knocks again. */
    static void flood(HttpClient http, URI base, Counts counts) {
        counts.attempts.incrementAndGet();
        try {
            HttpResponse<String> form = http.send(get(base.resolve("/register")), HttpResponse.BodyHandlers.ofString());
            if (form.statusCode() == 303) {
                counts.turnedAway.incrementAndGet();
                http.send(get(base.resolve("/admission?next=/register")), HttpResponse.BodyHandlers.discarding());
                return;
            }
            String junk = IntakeLoad.form(group(CSRF, form.body()), ThreadLocalRandom.current());
            HttpResponse<String> sent = http.send(post(base.resolve("/register"), cookie(form), junk),
                    HttpResponse.BodyHandlers.ofString());
            if (sent.statusCode() == 302) {
                counts.ok.incrementAndGet();
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            counts.failed.incrementAndGet();
        }
    }

    static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build();
    }

    private static HttpRequest post(URI uri, String cookie, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return request.build();
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().firstValue("Set-Cookie").map(value -> value.split(";", 2)[0])
                .orElseThrow(() -> new IllegalStateException("no session cookie"));
    }

    private static String group(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("the page lacks " + pattern);
        }
        return matcher.group(1);
    }

    /** What one kind of visitor achieved. */
    static final class Counts {
        final AtomicInteger ok = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger attempts = new AtomicInteger();
        final AtomicInteger turnedAway = new AtomicInteger();
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        final Map<String, Integer> reasons = new ConcurrentHashMap<>();

        void fail(String reason) {
            failed.incrementAndGet();
            reasons.merge(reason, 1, Integer::sum);
        }
    }
}
