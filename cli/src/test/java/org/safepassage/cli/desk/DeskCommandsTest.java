package org.safepassage.cli.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.cli.support.CommandRun;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.envelope.AgeRecipient;
import org.safepassage.core.packet.Packet;
import org.safepassage.core.packet.PacketSealer;
import org.safepassage.core.packet.PacketText;
import org.safepassage.core.packet.SampleRegistrations;
import org.safepassage.core.receipt.Receipt;
import org.safepassage.core.testing.AgeTool;
import org.safepassage.desk.DeskApplication;

/** The desk's operator commands as an operator types them: create-user, import, export-replies, audit verify. */
class DeskCommandsTest {

    @TempDir
    Path dir;

    @Test
    void auditVerifyNamesTheFirstEditedEntry() throws Exception {
        Path data = dir.resolve("desk");
        Path password = dir.resolve("password.txt");
        Files.writeString(password, "synthetic-password-1\n");
        for (String name : List.of("ana", "ben", "cyd")) {
            assertThat(CommandRun.of("desk", "create-user", "--data", data.toString(), "--role", "analyst", "--username", name,
                    "--team", "triage", "--password-file", password.toString()).exit()).isZero();
        }
        assertThat(CommandRun.of("desk", "audit", "verify", "--data", data.toString()).out()).contains("Audit log intact: all 3 entries intact");

        try (Connection db = DriverManager.getConnection(DeskApplication.embeddedDatabaseUrl(data));
             Statement statement = db.createStatement()) {
            statement.executeUpdate("update audit_entry set actor = 'someone else' where seq = 2");
        }
        CommandRun broken = CommandRun.of("desk", "audit", "verify", "--data", data.toString());

        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.out()).contains("Audit log BROKEN at entry 2").contains("The 1 entries before it are intact");
    }

    @Test
    void importThenExportRepliesWithTheKeysFromKeygen() throws Exception {
        Path keys = dir.resolve("keys");
        Path data = dir.resolve("desk");
        assertThat(CommandRun.of("keygen", "--out", keys.toString()).exit()).isZero();
        Path notABatch = Files.writeString(dir.resolve("junk.zip"), "not a zip");

        CommandRun refused = CommandRun.of("desk", "import", "--data", data.toString(), "--identity", keys.resolve("desk-identity.age").toString(),
                "--intake-signing-key", keys.resolve("intake-sign.pub").toString(), notABatch.toString());
        CommandRun nothingToSend = CommandRun.of("desk", "export-replies", "--data", data.toString(), "--out", dir.resolve("r.zip").toString(),
                "--desk-signing-key", keys.resolve("desk-sign.key").toString());

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("junk.zip: refused, nothing imported");
        assertThat(nothingToSend.exit()).isZero();
        assertThat(nothingToSend.out()).contains("No replies are queued");
        assertThat(dir.resolve("r.zip")).doesNotExist();
    }

    @Test
    void importPacketTakesPartsInAnyOrderOnceAndNamesMissingParts() throws Exception {
        Path keys = dir.resolve("keys");
        Path data = dir.resolve("desk");
        assertThat(CommandRun.of("keygen", "--out", keys.toString()).exit()).isZero();
        AgeRecipient desk = new AgeRecipient(Files.readString(keys.resolve("desk-recipient.txt")));
        Packet packet = new PacketSealer(List.of(desk)).seal(Receipt.generate(new SecureRandom()), SampleRegistrations.typicalPersian());
        List<String> parts = new ArrayList<>(PacketText.split(packet, 300));
        Collections.reverse(parts);
        Path whole = Files.writeString(dir.resolve("usb-stick.txt"), String.join("\n", parts));
        Path partial = Files.writeString(dir.resolve("sms.txt"), String.join("\n", parts.subList(1, parts.size())));
        String[] options = {"--data", data.toString(), "--identity", keys.resolve("desk-identity.age").toString(),
                "--intake-signing-key", keys.resolve("intake-sign.pub").toString()};

        CommandRun first = CommandRun.of(concat(new String[] {"desk", "import-packet"}, options, whole.toString()));
        CommandRun again = CommandRun.of(concat(new String[] {"desk", "import-packet"}, options, whole.toString()));
        CommandRun incomplete = CommandRun.of(concat(new String[] {"desk", "import-packet"}, options, partial.toString()));

        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("usb-stick.txt: 1 packet(s) stored").contains("stored " + packet.envelopeId());
        assertThat(again.out()).contains("held before " + packet.envelopeId());
        assertThat(incomplete.exit()).isEqualTo(3);
        assertThat(incomplete.out()).contains("packet " + packet.id() + ": parts " + parts.size() + " of " + parts.size()
                + " are missing");
    }

    @Test
    void importListStoresAPartnersRegistrationsOnceNamesTheLinesLeftOutAndNeedsNoKey() throws Exception {
        Path data = dir.resolve("desk");
        Path list = Files.writeString(dir.resolve("partner.jsonl"), String.join("\n",
                "{\"id\": \"p-1\", \"receivedAt\": \"2026-03-01T10:00:00Z\", \"language\": \"fa\", \"given_name\": \"آرش\", "
                        + "\"Organisation\": \"ارتش\", \"urgency\": \"فوری\"}",
                "{\"id\": \"p-2\", \"receivedAt\": \"2026-03-01T11:00:00Z\", \"language\": \"en\", \"service\": {\"organization\": \"BASIJ\"}}",
                "{\"id\": \"p-3\", \"receivedAt\": \"yesterday\", \"language\": \"en\", \"service\": {\"organization\": \"BASIJ\"}}") + "\n");
        String[] command = {"desk", "import-list", "--data", data.toString(), "--list", "partner-a", list.toString()};

        CommandRun first = CommandRun.of(command);
        CommandRun again = CommandRun.of(command);
        CommandRun withUrgency = CommandRun.of("desk", "import-list", "--data", data.toString(), "--list", "partner-a",
                "--urgency", "medium", list.toString());
        CommandRun badUrgency = CommandRun.of("desk", "import-list", "--data", data.toString(), "--list", "partner-a",
                "--urgency", "soon", list.toString());

        assertThat(first.exit()).isEqualTo(3);
        assertThat(first.out()).contains("partner.jsonl: list partner-a: 1 registrations stored, 0 held before, 2 lines left out")
                .contains("left out line 2 (p-2): urgency: is required").contains("left out line 3 (p-3): receivedAt")
                .contains("2 lines give no urgency: import the file again with the urgency to give them (--urgency");
        assertThat(again.out()).contains("importing it again changes nothing");
        assertThat(withUrgency.out()).as("the same file, but now another import: p-2 is given an urgency")
                .contains("1 registrations stored, 1 held before, 1 lines left out");
        assertThat(badUrgency.exit()).isNotZero();
        assertThat(badUrgency.err()).contains("--urgency must be low, medium, high or immediate, not soon");
        Path local = Files.writeString(dir.resolve("local.jsonl"), "{\"id\": \"p-9\", \"receivedAt\": \"2026-03-01 13:30\", "
                + "\"language\": \"fa\", \"service\": {\"organization\": \"BASIJ\"}, \"urgency\": \"low\"}\n");
        // the longest name, urgency and zone id a list can be given name its import too
        CommandRun localTimes = CommandRun.of("desk", "import-list", "--data", data.toString(), "--list", "partner-with-20-char",
                "--urgency", "immediate", "--local-times-at", "America/Argentina/ComodRivadavia", local.toString());
        assertThat(localTimes.exit()).isZero();
        assertThat(localTimes.out()).contains("1 registrations stored, 0 held before, 0 lines left out");
        try (Connection db = DriverManager.getConnection(DeskApplication.embeddedDatabaseUrl(data));
             Statement statement = db.createStatement();
             var ids = statement.executeQuery("select id from registration order by id")) {
            List<String> stored = new ArrayList<>();
            while (ids.next()) {
                stored.add(ids.getString(1));
            }
            assertThat(stored).containsExactly("partner-a-p-1", "partner-a-p-2", "partner-with-20-char-p-9");
        }
    }

    @Test
    void aBackupSealedToTheOfflineKeyAndSignedByTheDeskRestoresTheDeskAndItsKeysAndOpensWithNothingElse() throws Exception {
        Path keys = dir.resolve("keys");
        Path data = dir.resolve("desk");
        assertThat(CommandRun.of("keygen", "--out", keys.toString()).exit()).isZero();
        Path password = Files.writeString(dir.resolve("password.txt"), "synthetic-password-1\n");
        for (String name : List.of("ana", "ben")) {
            assertThat(CommandRun.of("desk", "create-user", "--data", data.toString(), "--role", "analyst", "--username", name,
                    "--team", "triage", "--password-file", password.toString()).exit()).isZero();
        }
        AgeIdentity offline = AgeIdentity.generate();
        Path offlineFile = dir.resolve("offline.age");
        offline.write(offlineFile);
        Path backup = dir.resolve("desk-backup.age");
        List<String> keyFiles = List.of("desk-identity.age", "desk-sign.key", "desk-sign.pub", "intake-sign.pub");
        List<String> command = new ArrayList<>(List.of("desk", "backup", "--data", data.toString(), "--to",
                offline.recipient().value(), "--out", backup.toString(), "--desk-signing-key", keys.resolve("desk-sign.key").toString()));
        keyFiles.forEach(name -> command.addAll(List.of("--key", keys.resolve(name).toString())));

        CommandRun written = CommandRun.of(command.toArray(String[]::new));
        Path restoredData = dir.resolve("restored-desk");
        Path restoredKeys = dir.resolve("restored-keys");
        String deskPublic = keys.resolve("desk-sign.pub").toString();
        CommandRun wrongKey = CommandRun.of("desk", "restore", "--backup", backup.toString(), "--offline-identity",
                keys.resolve("desk-identity.age").toString(), "--desk-signing-key", deskPublic,
                "--data", restoredData.toString(), "--keys-out", restoredKeys.toString());
        CommandRun restored = CommandRun.of("desk", "restore", "--backup", backup.toString(), "--offline-identity", offlineFile.toString(),
                "--desk-signing-key", deskPublic, "--data", restoredData.toString(), "--keys-out", restoredKeys.toString());
        CommandRun again = CommandRun.of("desk", "restore", "--backup", backup.toString(), "--offline-identity", offlineFile.toString(),
                "--desk-signing-key", deskPublic, "--data", restoredData.toString(), "--keys-out", dir.resolve("other-keys").toString());

        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(backup.resolveSibling("desk-backup.age.sig")).exists();
        assertThat(Files.readString(backup, StandardCharsets.ISO_8859_1)).startsWith("age-encryption.org/v1")
                .doesNotContain("synthetic").doesNotContain("AGE-SECRET-KEY");
        byte[] archive = AgeTool.decrypt(Files.readAllBytes(backup), offlineFile);
        assertThat(new String(archive, StandardCharsets.ISO_8859_1)).as("the reference age tool opens it: a ZIP of rows")
                .startsWith("PK").contains("tables/audit_entry.jsonl").contains("manifest.json").doesNotContain("mv.db");
        assertThat(wrongKey.exit()).isNotZero();
        assertThat(wrongKey.err()).contains("does not open with the offline identity given");
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Audit log intact: all 2 entries intact");
        for (String name : keyFiles) {
            assertThat(restoredKeys.resolve(name)).hasSameBinaryContentAs(keys.resolve(name));
        }
        assertThat(CommandRun.of("desk", "audit", "verify", "--data", restoredData.toString()).out())
                .as("as it was at the backup: the backup's own audit entry comes after its snapshot")
                .contains("Audit log intact: all 2 entries intact");
        assertThat(CommandRun.of("desk", "create-user", "--data", restoredData.toString(), "--role", "analyst", "--username", "cyd",
                "--team", "triage", "--password-file", password.toString()).exit()).as("new rows after restored ones").isZero();
        assertThat(CommandRun.of("desk", "audit", "verify", "--data", data.toString()).out()).contains("all 3 entries intact");
        assertThat(again.exit()).isNotZero();
        assertThat(again.err()).contains("is not empty");
    }

    /**
     * The backup the outside review forged: an H2 database with a Java-source trigger, zipped with a
     * matching manifest and sealed with the reference age tool to the offline recipient (public, so
     * anyone can seal to it). Unsigned, or signed by another key, or signed but holding a database
     * file: refused before anything is unpacked, and the trigger's code never runs.
     */
    @Test
    void aForgedBackupIsRefusedBeforeAnythingIsUnpackedAndItsTriggerNeverRuns() throws Exception {
        Path keys = dir.resolve("keys");
        assertThat(CommandRun.of("keygen", "--out", keys.toString()).exit()).isZero();
        AgeIdentity offline = AgeIdentity.generate();
        Path offlineFile = dir.resolve("offline.age");
        offline.write(offlineFile);
        Path marker = dir.resolve("trigger-ran");
        byte[] archive = forgedArchive(marker);
        assertThat(marker).as("the forged trigger runs whenever its database opens (here, while the test built it)").exists();
        Files.delete(marker);
        Path forged = Files.write(dir.resolve("forged.age"), AgeTool.encrypt(archive, offline.recipient().value()));
        String deskPublic = keys.resolve("desk-sign.pub").toString();
        Path restoredData = dir.resolve("restored-desk");

        CommandRun unsigned = restore(forged, offlineFile, deskPublic, restoredData);
        org.safepassage.core.signing.SigningKey attacker = org.safepassage.core.signing.SigningKey.generate();
        org.safepassage.desk.backup.BackupSignature.write(forged, attacker, forged.resolveSibling("forged.age.sig"));
        CommandRun otherKey = restore(forged, offlineFile, deskPublic, restoredData);
        org.safepassage.desk.backup.BackupSignature.write(forged, org.safepassage.core.signing.SigningKey.read(
                keys.resolve("desk-sign.key"), keys.resolve("desk-sign.pub")), forged.resolveSibling("forged.age.sig"));
        CommandRun signedButADatabase = restore(forged, offlineFile, deskPublic, restoredData);

        assertThat(unsigned.exit()).isNotZero();
        assertThat(unsigned.err()).contains("has no signature file").contains("nothing was restored");
        assertThat(otherKey.exit()).isNotZero();
        assertThat(otherKey.err()).contains("does not verify with the desk signing key given");
        assertThat(signedButADatabase.exit()).isNotZero();
        assertThat(signedButADatabase.err()).contains("unexpected entry: database/h2-backup.zip");
        assertThat(restoredData).doesNotExist();
        assertThat(Files.list(dir).map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".desk-restore"));
        assertThat(marker).as("the forged trigger never ran").doesNotExist();
    }

    private CommandRun restore(Path backup, Path offlineFile, String deskPublic, Path restoredData) {
        return CommandRun.of("desk", "restore", "--backup", backup.toString(), "--offline-identity", offlineFile.toString(),
                "--desk-signing-key", deskPublic, "--data", restoredData.toString(), "--keys-out", dir.resolve("rk").toString());
    }

    /** An H2 database whose trigger, written as Java source, creates {@code marker} when the database opens. */
    private byte[] forgedArchive(Path marker) throws Exception {
        Path evil = dir.resolve("evil");
        Files.createDirectories(evil);
        String url = DeskApplication.embeddedDatabaseUrl(evil);
        try (Connection db = DriverManager.getConnection(url); Statement statement = db.createStatement()) {
            statement.execute("create table audit_entry (seq bigint primary key)");
            statement.execute("create force trigger evil before select on audit_entry as $$ org.h2.api.Trigger create() "
                    + "throws Exception { java.nio.file.Files.writeString(java.nio.file.Path.of(\""
                    + marker.toString().replace("\\", "\\\\") + "\"), \"ran\"); return null; } $$");
        }
        Path h2Zip = dir.resolve("h2-backup.zip");
        try (Connection db = DriverManager.getConnection(url); Statement statement = db.createStatement()) {
            statement.execute("backup to '" + h2Zip + "'");
        }
        byte[] database = Files.readAllBytes(h2Zip);
        String manifest = "{\"schema\":\"safepassage.desk-backup/1\",\"sha256\":{\"database/h2-backup.zip\":\""
                + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(database)) + "\"}}";
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(zipped)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("database/h2-backup.zip"));
            zip.write(database);
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("manifest.json"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return zipped.toByteArray();
    }

    @Test
    void anyTwoOfThreePassphraseSharesUnlockTheDeskIdentityAndOneDoesNot() throws Exception {
        Path keys = dir.resolve("keys");
        assertThat(CommandRun.of("keygen", "--out", keys.toString()).exit()).isZero();
        Path passphrase = Files.writeString(dir.resolve("passphrase.txt"), "a long synthetic passphrase\n");
        Path protectedIdentity = keys.resolve("desk-identity.p8");
        assertThat(CommandRun.of("desk", "protect-identity", "--identity", keys.resolve("desk-identity.age").toString(),
                "--out", protectedIdentity.toString(), "--passphrase-file", passphrase.toString()).exit()).isZero();
        Path shares = dir.resolve("shares");
        assertThat(CommandRun.of("desk", "split-passphrase", "--passphrase-file", passphrase.toString(), "--threshold", "2",
                "--shares", "3", "--out", shares.toString()).exit()).isZero();
        Path notABatch = Files.writeString(dir.resolve("junk.zip"), "not a zip");

        CommandRun unlocked = CommandRun.of("desk", "import", "--data", dir.resolve("desk").toString(), "--identity", protectedIdentity.toString(),
                "--passphrase-share", shares.resolve("share-3.txt").toString(), "--passphrase-share", shares.resolve("share-1.txt").toString(),
                "--intake-signing-key", keys.resolve("intake-sign.pub").toString(), notABatch.toString());
        CommandRun oneShare = CommandRun.of("desk", "import", "--data", dir.resolve("desk").toString(), "--identity", protectedIdentity.toString(),
                "--passphrase-share", shares.resolve("share-2.txt").toString(),
                "--intake-signing-key", keys.resolve("intake-sign.pub").toString(), notABatch.toString());

        assertThat(Files.readString(shares.resolve("share-1.txt"))).doesNotContain("a long synthetic passphrase");
        assertThat(unlocked.exit()).as("the identity unlocked and the junk batch was refused: " + unlocked.err()).isEqualTo(2);
        assertThat(oneShare.exit()).isNotZero();
        assertThat(oneShare.err()).contains("1 different shares given; this split needs 2 of 3");
    }

    private static String[] concat(String[] command, String[] options, String file) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(options));
        all.add(file);
        return all.toArray(String[]::new);
    }

    @Test
    void aProtectedIdentityUnlocksWithItsPassphraseOnly() throws Exception {
        Path keys = dir.resolve("keys");
        assertThat(CommandRun.of("keygen", "--out", keys.toString()).exit()).isZero();
        Path passphrase = Files.writeString(dir.resolve("passphrase.txt"), "a long synthetic passphrase\n");
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "another long passphrase\n");
        Path protectedIdentity = keys.resolve("desk-identity.p8");
        assertThat(CommandRun.of("desk", "protect-identity", "--identity", keys.resolve("desk-identity.age").toString(),
                "--out", protectedIdentity.toString(), "--passphrase-file", passphrase.toString()).exit()).isZero();
        Path notABatch = Files.writeString(dir.resolve("junk.zip"), "not a zip");

        CommandRun unlocked = CommandRun.of("desk", "import", "--data", dir.resolve("desk").toString(), "--identity", protectedIdentity.toString(),
                "--passphrase-file", passphrase.toString(), "--intake-signing-key", keys.resolve("intake-sign.pub").toString(),
                notABatch.toString());
        CommandRun locked = CommandRun.of("desk", "import", "--data", dir.resolve("desk").toString(), "--identity", protectedIdentity.toString(),
                "--passphrase-file", wrong.toString(), "--intake-signing-key", keys.resolve("intake-sign.pub").toString(),
                notABatch.toString());

        assertThat(Files.readString(protectedIdentity)).contains("ENCRYPTED PRIVATE KEY").doesNotContain("AGE-SECRET-KEY");
        assertThat(unlocked.exit()).as("the identity unlocked and the junk batch was refused").isEqualTo(2);
        assertThat(locked.exit()).isEqualTo(1);
        assertThat(locked.err()).contains("wrong passphrase");
    }
}
