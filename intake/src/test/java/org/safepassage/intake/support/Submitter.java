package org.safepassage.intake.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** One person using the intake over HTTP: a browser-like client with its own session cookie. */
public final class Submitter {

    private URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String lastStatusToken = "";

    /** A submitter of the intake at {@code base}, e.g. one running in another process. */
    public static Submitter at(URI base) {
        return new Submitter(base);
    }

    Submitter(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Sends this browser's next requests to another node of the deployment (as Onionbalance may), cookies and all. */
    public Submitter via(URI node) {
        this.base = node;
        return this;
    }

    /** The session cookie's value this browser holds now, or empty. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("sid"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse("");
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public Document page(String path) throws IOException, InterruptedException {
        return Jsoup.parse(get(path).body());
    }

    /** Loads {@code formPage}, then posts the fields (and files) with that page's CSRF token, as a browser would. */
    public HttpResponse<String> postForm(String formPage, String action, Map<String, String> fields, Map<String, byte[]> files)
            throws IOException, InterruptedException {
        String token = page(formPage).select("input[name=_csrf]").attr("value");
        Map<String, String> all = new LinkedHashMap<>();
        all.put("_csrf", token);
        all.putAll(fields);
        return postMultipart(action, all, files);
    }

    public HttpResponse<String> postMultipart(String action, Map<String, String> fields, Map<String, byte[]> files)
            throws IOException, InterruptedException {
        String boundary = "----safepassage" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n");
            write(body, field.getValue() + "\r\n");
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\""
                    + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.write(file.getValue());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return http.send(HttpRequest.newBuilder(base.resolve(action))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postUrlEncoded(String action, Map<String, String> fields) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
        }
        return http.send(HttpRequest.newBuilder(base.resolve(action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Registers and returns the receipt the intake showed (ASCII digits in groups). */
    public String register(Map<String, String> fields, Map<String, byte[]> files) throws IOException, InterruptedException {
        HttpResponse<String> response = postForm("/register", "/register", fields, files);
        if (response.statusCode() != 200 || !response.uri().getPath().equals("/receipt")) {
            throw new AssertionError("registration was not accepted: " + response.statusCode() + " at " + response.uri()
                    + "\n" + Jsoup.parse(response.body()).select(".error").text());
        }
        return Jsoup.parse(response.body()).select("#receipt").text();
    }

    /** Opens the status page with a receipt as typed. */
    public HttpResponse<String> status(String typedReceipt) throws IOException, InterruptedException {
        String token = page("/status").select("input[name=_csrf]").attr("value");
        return postUrlEncoded("/status", Map.of("_csrf", token, "receipt", typedReceipt));
    }

    /** Sends a follow-up as the form does by default: keeping a copy in the thread. */
    public HttpResponse<String> followUp(String message, Map<String, byte[]> files) throws IOException, InterruptedException {
        return followUp(message, files, true);
    }

    public HttpResponse<String> followUp(String message, Map<String, byte[]> files, boolean keepCopy)
            throws IOException, InterruptedException {
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("_csrf", lastStatusToken, "message", message));
        if (keepCopy) {
            fields.put("keepCopy", "true");
        }
        return postMultipart("/followup", fields, files);
    }

    /** Opens the status page and remembers the follow-up form's token for {@link #followUp}. */
    public Document openThread(String typedReceipt) throws IOException, InterruptedException {
        Document page = Jsoup.parse(status(typedReceipt).body());
        lastStatusToken = page.select("form[action=/followup] input[name=_csrf]").attr("value");
        return page;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
