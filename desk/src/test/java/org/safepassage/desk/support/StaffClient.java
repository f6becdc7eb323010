package org.safepassage.desk.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A staff member's browser over plain HTTP: cookies, CSRF tokens taken from the pages, redirects followed. */
public final class StaffClient {

    private final URI base;
    private final HttpClient http;
    private String lastProblem;

    StaffClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Signs in; true when the desk let us in. */
    public boolean signIn(String username, String password, String code) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/login", "/login", Map.of("username", username, "password", password, "code", code));
        Document page = Jsoup.parse(response.body());
        Element problem = page.selectFirst(".problem");
        lastProblem = problem == null ? null : problem.text();
        return !response.uri().getPath().equals("/login");
    }

    public String lastProblem() {
        return lastProblem;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.body(), base.resolve(path).toString());
    }

    /**
     * Posts a form to {@code action} with the CSRF token of {@code pagePath}, as a person would
     * after opening that page; the response is the page after redirects.
     */
    public HttpResponse<String> post(String pagePath, String action, Map<String, String> fields)
            throws IOException, InterruptedException {
        return post(pagePath, action, List.copyOf(fields.entrySet()));
    }

    /** As {@link #post(String, String, Map)}, with a field given more than once (ticked boxes). */
    public HttpResponse<String> post(String pagePath, String action, List<Map.Entry<String, String>> fields)
            throws IOException, InterruptedException {
        HttpResponse<String> pageResponse = get(pagePath);
        Element token = Jsoup.parse(pageResponse.body()).selectFirst("input[name=_csrf]");
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        if (token != null) {
            all.add(Map.entry("_csrf", token.attr("value")));
        }
        String body = all.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(base.resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Uploads one file as a multipart form, with the CSRF token of {@code pagePath}. */
    public HttpResponse<String> upload(String pagePath, String action, String field, String fileName, byte[] content)
            throws IOException, InterruptedException {
        return upload(pagePath, action, field, fileName, content, Map.of());
    }

    /** Uploads one file as a multipart form with other fields beside it, with the CSRF token of {@code pagePath}. */
    public HttpResponse<String> upload(String pagePath, String action, String field, String fileName, byte[] content,
                                       Map<String, String> fields) throws IOException, InterruptedException {
        Element token = Jsoup.parse(get(pagePath).body()).selectFirst("input[name=_csrf]");
        String boundary = "----safepassage" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        StringBuilder parts = new StringBuilder();
        fields.forEach((name, value) -> parts.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.attr("value") + "\r\n"
                + parts + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        body.write(head.getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(base.resolve(action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts and returns the problem shown on the page it lands on (null when none). */
    public String postForProblem(String pagePath, String action, Map<String, String> fields)
            throws IOException, InterruptedException {
        Element problem = Jsoup.parse(post(pagePath, action, fields).body()).selectFirst(".problem");
        return problem == null ? null : problem.text();
    }
}
