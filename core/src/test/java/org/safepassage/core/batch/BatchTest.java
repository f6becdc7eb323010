package org.safepassage.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.envelope.EnvelopeOpener;
import org.safepassage.core.envelope.EnvelopeSealer;
import org.safepassage.core.json.Json;
import org.safepassage.core.signing.SigningKey;

class BatchTest {

    private static final String THREAD = "a".repeat(64);

    @TempDir
    Path dir;

    private final SigningKey intakeKey = SigningKey.generate();
    private final AgeIdentity desk = AgeIdentity.generate();

    private Path writeBatch(String... documents) throws IOException {
        Path file = dir.resolve("batch-" + System.nanoTime() + ".zip");
        EnvelopeSealer sealer = new EnvelopeSealer(List.of(desk.recipient()));
        try (OutputStream out = Files.newOutputStream(file);
             BatchWriter writer = new BatchWriter(out, intakeKey, BatchOrigin.INTAKE, Instant.parse("2026-03-01T10:17:43Z"))) {
            for (int i = 0; i < documents.length; i++) {
                writer.add("e-0000000" + i, EnvelopeKind.REGISTRATION, THREAD, desk.recipient().value(), sealer.seal(documents[i].getBytes()));
            }
        }
        return file;
    }

    private BatchReader reader() {
        return new BatchReader(intakeKey.verifyingKey(), BatchOrigin.INTAKE);
    }

    @Test
    void verifiedBatchGivesBackEveryEnvelope() throws Exception {
        Path file = writeBatch("{\"n\":1}", "{\"n\":2}");
        try (VerifiedBatch batch = reader().verify(file)) {
            assertThat(batch.entries()).extracting(BatchEntry::id).containsExactly("e-00000000", "e-00000001");
            assertThat(batch.manifest().createdAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
            EnvelopeOpener opener = new EnvelopeOpener(desk);
            assertThat(new String(opener.open(batch.envelope(batch.entries().get(1)), 100))).isEqualTo("{\"n\":2}");
        }
    }

    @Test
    void refusesBatchWithOneTamperedEnvelope() throws Exception {
        Path file = writeBatch("{\"n\":1}", "{\"n\":2}");
        Path tampered = rewrite(file, (name, content) -> {
            if (name.equals("e-00000001.age")) {
                content[content.length - 1] ^= 1;
            }
            return content;
        });
        assertThatThrownBy(() -> reader().verify(tampered))
                .isInstanceOf(BatchRejectedException.class)
                .hasMessageContaining("e-00000001 does not match its SHA-256");
    }

    @Test
    void refusesBatchWithAnEditedManifest() throws Exception {
        Path file = writeBatch("{\"n\":1}");
        Path tampered = rewrite(file, (name, content) -> name.equals(BatchWriter.MANIFEST)
                ? new String(content).replace("registration", "attachment").getBytes() : content);
        assertThatThrownBy(() -> reader().verify(tampered)).hasMessageContaining("signature does not verify");
    }

    @Test
    void refusesBatchSignedByAnUnknownKey() throws Exception {
        Path file = writeBatch("{\"n\":1}");
        assertThatThrownBy(() -> new BatchReader(SigningKey.generate().verifyingKey(), BatchOrigin.INTAKE).verify(file))
                .isInstanceOf(BatchRejectedException.class)
                .hasMessageContaining("signature does not verify");
    }

    @Test
    void refusesBatchFromTheWrongSide() throws Exception {
        Path file = writeBatch("{\"n\":1}");
        assertThatThrownBy(() -> new BatchReader(intakeKey.verifyingKey(), BatchOrigin.DESK).verify(file))
                .hasMessageContaining("expected a batch from the desk");
    }

    @Test
    void refusesAnEntryNotInTheSignedManifest() throws Exception {
        Path file = writeBatch("{\"n\":1}");
        Path extended = rewrite(file, (name, content) -> content, "e-99999999.age", new byte[] {1, 2, 3});
        assertThatThrownBy(() -> reader().verify(extended)).hasMessageContaining("not in the signed manifest");
    }

    @Test
    void refusesPathTraversalInEntryNames() throws Exception {
        Path file = writeBatch("{\"n\":1}");
        Path hostile = rewrite(file, (name, content) -> content, "../../etc/cron.d/x.age", new byte[] {1});
        assertThatThrownBy(() -> reader().verify(hostile)).hasMessageContaining("is not allowed");
    }

    @Test
    void refusesAMissingEnvelope() throws Exception {
        Path file = writeBatch("{\"n\":1}", "{\"n\":2}");
        Path shortened = rewrite(file, (name, content) -> name.equals("e-00000000.age") ? null : content);
        assertThatThrownBy(() -> reader().verify(shortened)).hasMessageContaining("e-00000000 is listed but missing");
    }

    @Test
    void refusesAZipBombBeforeInflatingIt() throws Exception {
        // A correctly signed manifest that lists a small envelope, whose ZIP entry inflates to 256 MB.
        Path bomb = dir.resolve("bomb.zip");
        byte[] small = new byte[16];
        BatchEntry entry = new BatchEntry("e-00000000", EnvelopeKind.REGISTRATION, THREAD, null, small.length,
                HexFormat.of().formatHex(BatchWriter.sha256().digest(small)));
        byte[] manifest = Json.MAPPER.writeValueAsBytes(new BatchManifest(BatchManifest.FORMAT, "b-00000000", BatchOrigin.INTAKE,
                Instant.EPOCH, List.of(entry)));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("e-00000000.age"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 256; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(BatchWriter.MANIFEST));
            zip.write(manifest);
            zip.putNextEntry(new ZipEntry(BatchWriter.SIGNATURE));
            zip.write(intakeKey.sign(manifest));
        }
        assertThat(Files.size(bomb)).isLessThan(5 << 20);
        assertThatThrownBy(() -> reader().verify(bomb)).hasMessageContaining("larger than allowed (16 bytes)");
    }

    @Test
    void refusesAFileThatIsNotAZip() throws Exception {
        Path junk = dir.resolve("junk.zip");
        Files.writeString(junk, "hello");
        assertThatThrownBy(() -> reader().verify(junk)).hasMessageContaining("not a ZIP archive");
    }

    interface Rewrite {
        byte[] apply(String name, byte[] content);
    }

    private Path rewrite(Path file, Rewrite rewrite, Object... extra) throws IOException {
        Path out = dir.resolve("rewritten-" + System.nanoTime() + ".zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = rewrite.apply(entry.getName(), in.readAllBytes());
                if (content != null) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(content);
                    zip.closeEntry();
                }
            }
            for (int i = 0; i < extra.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) extra[i]));
                zip.write((byte[]) extra[i + 1]);
                zip.closeEntry();
            }
        }
        return out;
    }
}
