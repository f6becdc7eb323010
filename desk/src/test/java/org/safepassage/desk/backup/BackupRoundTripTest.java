package org.safepassage.desk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.envelope.EnvelopeOpener;
import org.safepassage.core.envelope.EnvelopeSealer;
import org.safepassage.core.json.Json;
import org.safepassage.core.registration.AttachmentRef;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.desk.DeskApplication;
import org.safepassage.desk.staff.Role;
import org.safepassage.desk.support.IntakeBatches;
import org.safepassage.desk.support.RunningDesk;
import org.safepassage.desk.transfer.BatchImport;
import tools.jackson.databind.node.ObjectNode;

/**
 * A backup of a desk with registrations, an attachment and staff, taken from H2 and from
 * PostgreSQL, restores row for row; a backup signed by the desk but naming a table or column the
 * desk does not have is refused with what is wrong.
 */
class BackupRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void restoresEveryRowAsItWasAndRefusesSignedBackupsThatNameWhatTheDeskDoesNotHave(TestDatabase database) throws Exception {
        AgeIdentity offline = AgeIdentity.generateHybrid(); // as keygen --offline-identity makes it
        try (RunningDesk desk = new RunningDesk(dir, database)) {
            byte[] file = "synthetic attachment, binary \u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);
            IntakeBatches.Submitter submitter = IntakeBatches.Submitter.next();
            String attachmentId = "a-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            String registrationId = "r-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            Path batch = IntakeBatches.write(dir.resolve("batch.zip"), desk.intakeKey(), List.of(
                    IntakeBatches.sealedRegistration(IntakeBatches.registration(registrationId, "مهدی", "قاسمی", "نوشتهٔ آزمایشی",
                            List.of(new AttachmentRef(attachmentId, "note.bin", file.length, sha256(file)))), submitter,
                            desk.identity().recipient()),
                    IntakeBatches.sealedAttachment(attachmentId, file, submitter, desk.identity().recipient())));
            desk.bean(BatchImport.class).importBatch(batch, "test");
            desk.createStaff("ana", Role.ANALYST, "triage");
            desk.createStaff("sue", Role.SUPERVISOR, "bravo");
            Map<String, String> before = digests(desk.bean(javax.sql.DataSource.class).getConnection());

            Path backup = dir.resolve("backup.age");
            DeskBackup.Written written = desk.bean(DeskBackup.class).write(backup, List.of(offline.recipient()), Map.of(),
                    desk.deskKey(), "test");
            DeskRestore.Restored restored = DeskRestore.restore(backup, written.signature(), desk.deskKey().verifyingKey(),
                    List.of(offline), dir.resolve("restored"), dir.resolve("restored-keys"));

            assertThat(restored.rows()).containsEntry("registration", 1L).containsEntry("attachment", 1L).containsEntry("staff", 2L);
            assertThat(restored.audit().intact()).isTrue();
            try (Connection copy = DriverManager.getConnection(DeskApplication.embeddedDatabaseUrl(dir.resolve("restored")))) {
                assertThat(digests(copy)).isEqualTo(before);
            }

            Path extraColumn = tampered(backup, offline, desk, "tables/staff.jsonl", rows -> rows.replaceFirst("\\{",
                    "{\"evil\":\"x'); create alias e for 'java.lang.Runtime.getRuntime'; --\","));
            assertThatThrownBy(() -> DeskRestore.restore(extraColumn, BackupSignature.besides(extraColumn),
                    desk.deskKey().verifyingKey(), List.of(offline), dir.resolve("r2"), dir.resolve("k2")))
                    .hasMessageContaining("table staff, row 1: column evil is not one the desk has");
            Path extraTable = tamperedWithExtraEntry(backup, offline, desk, "tables/evil.jsonl", "{\"x\":1}\n");
            assertThatThrownBy(() -> DeskRestore.restore(extraTable, BackupSignature.besides(extraTable),
                    desk.deskKey().verifyingKey(), List.of(offline), dir.resolve("r3"), dir.resolve("k3")))
                    .hasMessageContaining("tables the desk does not have: [evil]");
            assertThat(dir.resolve("r2")).doesNotExist();
            assertThat(dir.resolve("r3")).doesNotExist();
        }
    }

    /** Every table's rows but the audit log's newest entry (the backup's own, written after the snapshot). */
    private static Map<String, String> digests(Connection connection) throws Exception {
        Map<String, String> digests = new LinkedHashMap<>();
        try (connection) {
            for (DeskTables.Table table : DeskTables.of(connection)) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("select * from " + table.name() + " order by "
                             + String.join(", ", table.primaryKey()))) {
                    while (rows.next()) {
                        if (table.name().equals("audit_entry") && "backup.written".equals(rows.getString("action"))) {
                            continue;
                        }
                        for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                            // compared by value, so that PostgreSQL's and H2's spellings of the same value agree
                            Object value = switch (table.columns().get(i - 1).kind()) {
                                case INSTANT -> rows.getTimestamp(i) == null ? null : rows.getTimestamp(i).toInstant();
                                case BINARY -> rows.getBytes(i) == null ? null : HexFormat.of().formatHex(rows.getBytes(i));
                                case DECIMAL -> rows.getObject(i) == null ? null : rows.getDouble(i);
                                case INTEGER -> rows.getObject(i) == null ? null : rows.getLong(i);
                                case BOOLEAN -> rows.getObject(i) == null ? null : rows.getBoolean(i);
                                case TEXT -> rows.getString(i);
                            };
                            digest.update((value + "|").getBytes(StandardCharsets.UTF_8));
                        }
                    }
                }
                digests.put(table.name(), HexFormat.of().formatHex(digest.digest()));
            }
        }
        return digests;
    }

    /** The backup with one entry rewritten, the manifest's hash updated, sealed again and signed by the desk. */
    private Path tampered(Path backup, AgeIdentity offline, RunningDesk desk, String entry, UnaryOperator<String> change)
            throws Exception {
        return rewrite(backup, offline, desk, entries -> entries.put(entry,
                change.apply(new String(entries.get(entry), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
    }

    private Path tamperedWithExtraEntry(Path backup, AgeIdentity offline, RunningDesk desk, String entry, String content)
            throws Exception {
        return rewrite(backup, offline, desk, entries -> entries.put(entry, content.getBytes(StandardCharsets.UTF_8)));
    }

    private Path rewrite(Path backup, AgeIdentity offline, RunningDesk desk,
                         java.util.function.Consumer<Map<String, byte[]>> change) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        byte[] plain = new EnvelopeOpener(List.of(offline)).open(Files.readAllBytes(backup), 1 << 26);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(plain))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        byte[] manifest = entries.remove(BackupArchive.MANIFEST);
        change.accept(entries);
        ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(manifest);
        ObjectNode hashes = tree.putObject("sha256");
        entries.forEach((name, bytes) -> hashes.put(name, sha256(bytes)));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(BackupArchive.MANIFEST));
            zip.write(Json.MAPPER.writeValueAsBytes(tree));
            zip.closeEntry();
        }
        Path file = dir.resolve("tampered-" + UUID.randomUUID() + ".age");
        Files.write(file, new EnvelopeSealer(List.of(offline.recipient())).seal(zipped.toByteArray()));
        BackupSignature.write(file, desk.deskKey(), BackupSignature.besides(file));
        return file;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
