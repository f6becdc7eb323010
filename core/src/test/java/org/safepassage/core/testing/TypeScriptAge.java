package org.safepassage.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.safepassage.core.keys.SecretFiles;

/**
 * The TypeScript reference implementation of age (the npm package the offline sealer bundles), run by
 * Node through {@code sealer/tools/age-interop.mjs}: it speaks the hybrid post-quantum recipient that
 * Debian's {@code age} 1.1 does not. Needs {@code npm ci} in {@code sealer/} (.ci/run does it).
 */
public final class TypeScriptAge {

    private static final Path SEALER = Path.of("..", "sealer").toAbsolutePath().normalize();

    private TypeScriptAge() {
    }

    /** Opens {@code sealed} with the identity in {@code identityFile} (an age identity file). */
    public static byte[] decrypt(byte[] sealed, Path identityFile) throws IOException, InterruptedException {
        Path in = Files.createTempFile("sealed", ".age");
        Path out = Files.createTempFile("opened", ".bin");
        try {
            Files.write(in, sealed);
            run(List.of("decrypt", SecretFiles.readKeyLine(identityFile, "age identity"), in.toString(), out.toString()));
            return Files.readAllBytes(out);
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
        }
    }

    /** Seals {@code plaintext} to {@code recipient} (age1… or age1pq1…). */
    public static byte[] encrypt(byte[] plaintext, String recipient) throws IOException, InterruptedException {
        Path in = Files.createTempFile("plain", ".bin");
        Path out = Files.createTempFile("sealed", ".age");
        try {
            Files.write(in, plaintext);
            run(List.of("seal", recipient, in.toString(), out.toString()));
            return Files.readAllBytes(out);
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
        }
    }

    private static void run(List<String> arguments) throws IOException, InterruptedException {
        if (!Files.exists(SEALER.resolve("node_modules/age-encryption/package.json"))) {
            throw new IllegalStateException("the TypeScript age implementation is not installed: run `npm ci` in sealer/");
        }
        List<String> command = new ArrayList<>(List.of("node", SEALER.resolve("tools/age-interop.mjs").toString()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).directory(SEALER.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("the TypeScript age implementation failed: " + output);
        }
    }
}
