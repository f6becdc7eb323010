package org.safepassage.cli.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.cli.SafePassage;
import org.safepassage.core.testing.AgeTool;
import org.safepassage.core.testing.TypeScriptAge;
import picocli.CommandLine;

class KeygenCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryKeyWithSecretsReadableByTheOwnerOnly() throws Exception {
        Path out = dir.resolve("keys");

        assertThat(run("keygen", "--out", out.toString()).exit()).isZero();

        assertThat(mode(out)).isEqualTo("rwx------");
        Map<String, String> modes;
        try (Stream<Path> files = Files.list(out)) {
            modes = files.collect(Collectors.toMap(file -> file.getFileName().toString(), KeygenCommandTest::mode));
        }
        assertThat(modes).containsOnlyKeys("desk-identity.age", "desk-recipient.txt", "desk-sign.key", "desk-sign.pub",
                "intake-sign.key", "intake-sign.pub", "pepper");
        for (String secret : new String[] {"desk-identity.age", "desk-sign.key", "intake-sign.key", "pepper"}) {
            assertThat(modes.get(secret)).as(secret).isEqualTo("rw-------");
        }
    }

    @Test
    void theDeskIdentityIsHybridAndOpensWhatTheTypeScriptReferenceSealsToTheWrittenRecipient() throws Exception {
        Path out = dir.resolve("keys");
        run("keygen", "--out", out.toString());
        String recipient = Files.readString(out.resolve("desk-recipient.txt")).strip();

        byte[] sealed = TypeScriptAge.encrypt("synthetic test text".getBytes(StandardCharsets.UTF_8), recipient);

        assertThat(recipient).startsWith("age1pq1");
        assertThat(Files.readString(out.resolve("desk-identity.age"))).contains("AGE-SECRET-KEY-PQ-1");
        assertThat(new String(new org.safepassage.core.envelope.EnvelopeOpener(
                org.safepassage.core.envelope.AgeIdentity.read(out.resolve("desk-identity.age"))).open(sealed, 1000),
                StandardCharsets.UTF_8)).isEqualTo("synthetic test text");
    }

    @Test
    void anOfflineIdentityForBackupsIsOneHybridIdentityFile() throws Exception {
        Path file = dir.resolve("offline.age");

        Outcome made = run("keygen", "--offline-identity", file.toString());
        Outcome both = run("keygen", "--out", dir.resolve("k").toString(), "--offline-identity", dir.resolve("o").toString());

        assertThat(made.exit()).isZero();
        assertThat(org.safepassage.core.envelope.AgeIdentity.read(file).recipient().value()).startsWith("age1pq1");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(both.exit()).as("one or the other").isNotZero();
    }

    @Test
    void aClassicalIdentityFromTheReferenceToolStillWorksAsADeskKey() throws Exception {
        Path identity = dir.resolve("classical.age");
        String recipient = AgeTool.keygen(identity);

        byte[] sealed = AgeTool.encrypt("synthetic test text".getBytes(StandardCharsets.UTF_8), recipient);

        assertThat(new String(new org.safepassage.core.envelope.EnvelopeOpener(
                org.safepassage.core.envelope.AgeIdentity.read(identity)).open(sealed, 1000), StandardCharsets.UTF_8))
                .isEqualTo("synthetic test text");
    }

    @Test
    void neverOverwritesAnExistingKey() throws Exception {
        Path out = dir.resolve("keys");
        run("keygen", "--out", out.toString());
        String identityBefore = Files.readString(out.resolve("desk-identity.age"));

        Outcome second = run("keygen", "--out", out.toString());

        assertThat(second.exit()).isEqualTo(1);
        assertThat(second.err()).contains("refusing to overwrite an existing key file");
        assertThat(Files.readString(out.resolve("desk-identity.age"))).isEqualTo(identityBefore);
    }

    private static Outcome run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = SafePassage.commandLine();
        commandLine.setErr(new PrintWriter(err));
        commandLine.setOut(new PrintWriter(new StringWriter()));
        int exit = commandLine.execute(args);
        return new Outcome(exit, err.toString());
    }

    private static String mode(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Outcome(int exit, String err) {
    }
}
