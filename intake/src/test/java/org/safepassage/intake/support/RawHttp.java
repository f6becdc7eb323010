package org.safepassage.intake.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * HTTP/1.1 over a socket bound to a chosen loopback source address (127.0.0.x), with chosen
 * headers: lets a test see whether a client's address or user agent ends up anywhere.
 */
public final class RawHttp {

    private static final Pattern COOKIE = Pattern.compile("(?im)^Set-Cookie: (sid=[^;\\r\\n]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String sourceAddress;
    private final URI base;
    private final Map<String, String> headers;
    private String cookie = "";

    public RawHttp(String sourceAddress, URI base, Map<String, String> headers) {
        this.sourceAddress = sourceAddress;
        this.base = base;
        this.headers = headers;
    }

    /** Loads the form, then posts the fields with its token; returns the raw response. */
    public String registerThroughForm(Map<String, String> fields) throws IOException {
        String form = exchange("GET " + "/register" + " HTTP/1.1\r\n" + commonHeaders() + "\r\n");
        Matcher cookieMatch = COOKIE.matcher(form);
        if (cookieMatch.find()) {
            cookie = cookieMatch.group(1);
        }
        Matcher token = CSRF.matcher(form);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token in the form page");
        }
        String body = "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&" + fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return exchange("POST /register HTTP/1.1\r\n" + commonHeaders()
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + bytes.length + "\r\n\r\n" + body);
    }

    private String commonHeaders() {
        StringBuilder lines = new StringBuilder("Host: " + base.getHost() + ":" + base.getPort() + "\r\nConnection: close\r\n");
        headers.forEach((name, value) -> lines.append(name).append(": ").append(value).append("\r\n"));
        if (!cookie.isEmpty()) {
            lines.append("Cookie: ").append(cookie).append("\r\n");
        }
        return lines.toString();
    }

    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(sourceAddress, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            socket.setSoTimeout(15000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
