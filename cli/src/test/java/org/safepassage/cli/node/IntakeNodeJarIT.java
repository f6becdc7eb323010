package org.safepassage.cli.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.intake.support.RegistrationFields;
import org.safepassage.intake.support.Submitter;

/**
 * The jar for the public intake host, as built: only the intake's commands, none of the private
 * side's code or the operator tools' libraries, and it serves registrations.
 */
class IntakeNodeJarIT {

    private static final Path JAR = Path.of("target", "safepassage-intake.jar");

    @TempDir
    Path dir;

    @Test
    void holdsNoDeskVettingOrOperatorToolLibraries() throws IOException {
        List<String> libraries;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            libraries = jar.stream().map(entry -> entry.getName()).filter(name -> name.startsWith("BOOT-INF/lib/"))
                    .map(name -> name.substring("BOOT-INF/lib/".length())).toList();
        }

        assertThat(libraries).anyMatch(name -> name.startsWith("safepassage-intake-"))
                .anyMatch(name -> name.startsWith("safepassage-core-"))
                .noneMatch(name -> name.startsWith("safepassage-desk-") || name.startsWith("safepassage-vetting-"))
                .noneMatch(name -> name.startsWith("jline-") || name.startsWith("httpclient5-") || name.startsWith("httpcore5")
                        || name.startsWith("progressbar-") || name.startsWith("java-otp-"))
                // ICU4J is the intake's own now: it writes Solar Hijri dates in Persian digits on the submitter's pages
                .anyMatch(name -> name.startsWith("icu4j-"));
    }

    @Test
    void servesARegistrationAndOffersOnlyTheIntakesCommands() throws Exception {
        Process help = new ProcessBuilder(java(), "-jar", JAR.toString(), "--help").redirectErrorStream(true).start();
        String usage = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        help.waitFor();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process intake = new ProcessBuilder(java(), "-Xmx256m", "-jar", JAR.toString(), "serve", "--data", dir.resolve("data").toString(),
                "--port", String.valueOf(port), "--recipient", AgeIdentity.generate().recipient().value())
                .redirectErrorStream(true).redirectOutput(dir.resolve("intake.log").toFile()).start();
        try {
            URI base = URI.create("http://127.0.0.1:" + port + "/");
            awaitStart(intake, base);

            String receipt = Submitter.at(base).register(RegistrationFields.persian("from the intake jar"), Map.of());

            assertThat(usage).contains("serve", "export", "import-replies").doesNotContain("  desk ").doesNotContain("  vet ")
                    .doesNotContain("  demo ");
            assertThat(receipt).matches("[0-9 ]{24,}");
        } finally {
            intake.destroy();
            intake.waitFor();
        }
    }

    private void awaitStart(Process process, URI base) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the intake jar did not start:\n" + Files.readString(dir.resolve("intake.log")));
            }
            try {
                if (http.send(HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the intake jar did not answer within 90 s");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
