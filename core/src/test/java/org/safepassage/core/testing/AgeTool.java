package org.safepassage.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the reference {@code age} tools (installed by .ci/run) so tests check interoperability for real. */
public final class AgeTool {

    private AgeTool() {
    }

    public static byte[] encrypt(byte[] plaintext, String... recipients) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("age", "--encrypt"));
        for (String recipient : recipients) {
            command.add("-r");
            command.add(recipient);
        }
        return run(command, plaintext);
    }

    public static byte[] decrypt(byte[] sealed, Path identityFile) throws IOException, InterruptedException {
        return run(List.of("age", "--decrypt", "-i", identityFile.toString()), sealed);
    }

    /** {@code age-keygen -y}: the recipient of an identity file, as the reference tool computes it. */
    public static String recipientOf(Path identityFile) throws IOException, InterruptedException {
        return new String(run(List.of("age-keygen", "-y", identityFile.toString()), new byte[0]), StandardCharsets.US_ASCII).strip();
    }

    /** {@code age-keygen -o FILE}: a new identity made by the reference tool. */
    public static String keygen(Path identityFile) throws IOException, InterruptedException {
        run(List.of("age-keygen", "-o", identityFile.toString()), new byte[0]);
        return recipientOf(identityFile);
    }

    private static byte[] run(List<String> command, byte[] input) throws IOException, InterruptedException {
        Path stderr = Files.createTempFile("age", ".err");
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        try (var in = process.getOutputStream()) {
            in.write(input);
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            String error = Files.readString(stderr);
            Files.deleteIfExists(stderr);
            throw new IOException(String.join(" ", command) + " failed: " + error);
        }
        Files.deleteIfExists(stderr);
        return output;
    }
}
