package org.safepassage.desk.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in to the desk over a socket bound to a chosen loopback source address (127.0.0.x), as a
 * second machine on the desk network would: the sign-in form, its token and cookie, the post.
 */
public final class SignInFrom {

    private static final Pattern COOKIE = Pattern.compile("(?im)^Set-Cookie: (desk_sid=[^;\\r\\n]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern LOCATION = Pattern.compile("(?im)^Location: (\\S+)");

    private final String sourceAddress;
    private final URI base;

    public SignInFrom(String sourceAddress, URI base) {
        this.sourceAddress = sourceAddress;
        this.base = base;
    }

    /** True when the desk let this sign-in in (it redirects anywhere but back to the sign-in page). */
    public boolean signIn(String username, String password, String code) throws IOException {
        String form = exchange("GET /login HTTP/1.1\r\n" + headers(""));
        Matcher cookie = COOKIE.matcher(form);
        Matcher token = CSRF.matcher(form);
        if (!cookie.find() || !token.find()) {
            throw new IllegalStateException("no session cookie or token on the sign-in page");
        }
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&code=" + encode(code)
                + "&_csrf=" + encode(token.group(1));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String response = exchange("POST /login HTTP/1.1\r\n" + headers("Cookie: " + cookie.group(1) + "\r\n")
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + bytes.length + "\r\n\r\n" + body);
        Matcher location = LOCATION.matcher(response);
        return location.find() && !location.group(1).contains("/login");
    }

    private String headers(String extra) {
        return "Host: " + base.getHost() + ":" + base.getPort() + "\r\nConnection: close\r\n" + extra
                + (extra.isEmpty() ? "\r\n" : "");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
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
