package org.safepassage.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.desk.support.RunningDesk;

/** Behind TLS ({@code desk serve --secure-cookie}) the session cookie is never sent over plain HTTP. */
class SessionCookieTest {

    @TempDir
    Path dir;

    @Test
    void theSessionCookieIsSecureHttpOnlyAndSameSiteStrictWhenAskedFor() throws Exception {
        try (RunningDesk desk = new RunningDesk(dir, TestDatabase.H2, Map.of("safepassage.desk.secure-cookie", true))) {
            String cookie = desk.newClient().get("/login").headers().firstValue("Set-Cookie").orElseThrow();

            assertThat(cookie).startsWith("desk_sid=").contains("Secure").contains("HttpOnly").contains("SameSite=Strict");
        }
    }
}
