package org.safepassage.desk.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.flywaydb.core.Flyway;
import org.safepassage.core.digest.Sha256;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.envelope.EnvelopeOpener;
import org.safepassage.core.json.Json;
import org.safepassage.core.keys.SecretFiles;
import org.safepassage.core.signing.VerifyingKey;
import org.safepassage.desk.DeskApplication;
import org.safepassage.desk.audit.AuditVerifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;

/**
 * Restores a desk backup into an empty data folder and key folder. In this order, and nothing of a
 * backup that fails a step is left behind:
 * <ol>
 * <li>the detached signature must verify with the signing key of the desk that made the backup,
 *     over the whole file, before anything is decrypted or unpacked;</li>
 * <li>the offline identity opens it; every entry must be one a backup holds, within bounds, and
 *     match the SHA-256 in the manifest; the bytes decrypted must be those the signature vouched for;</li>
 * <li>a new database is built with the desk's own migrations and the rows are inserted as data
 *     ({@link TableLoad}); no database file from the backup is ever opened;</li>
 * <li>the audit chain of what was restored is checked.</li>
 * </ol>
 */
public final class DeskRestore {

    static final long MAX_ENTRY_BYTES = 256L << 30;
    private static final long MAX_KEY_BYTES = 64 * 1024;
    private static final Pattern MIGRATION = Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,6}){0,3}");

    private DeskRestore() {
    }

    /** What was restored: rows per table, the key files by name, and the audit chain's state. */
    public record Restored(Map<String, Long> rows, List<String> keyFiles, AuditVerifier.Result audit) {
    }

    public static Restored restore(Path backup, Path signature, VerifyingKey desk, List<AgeIdentity> offline, Path dataDir,
                                   Path keysDir) throws IOException {
        requireEmpty(dataDir, "a restore goes into a new, empty data folder");
        requireEmpty(keysDir, "restored keys go into a new, empty folder");
        String signedSha256 = BackupSignature.verify(backup, signature, desk);
        // Staged beside the new data folder (the volume it will live on), not in the system's temporary folder.
        Path parent = dataDir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, ".desk-restore");
        try {
            JsonNode manifest = unpack(backup, signedSha256, offline, staging);
            String migration = manifest.path("migration").asString();
            if (!MIGRATION.matcher(migration).matches()) {
                throw new IOException("the backup's manifest names no schema version");
            }
            Set<String> tables = new TreeSet<>();
            for (Iterator<String> names = manifest.path("sha256").propertyNames().iterator(); names.hasNext(); ) {
                String table = BackupArchive.tableOf(names.next());
                if (table != null) {
                    tables.add(table);
                }
            }
            Path database = staging.resolve("database");
            SecretFiles.createPrivateDirectory(database);
            Map<String, Long> rows;
            AuditVerifier.Result audit;
            try (Connection connection = DriverManager.getConnection(DeskApplication.embeddedDatabaseUrl(database))) {
                SingleConnectionDataSource single = new SingleConnectionDataSource(connection, true);
                migrate(single, migration);
                rows = TableLoad.load(connection, staging, tables);
                migrate(single, null);
                audit = new AuditVerifier(JdbcClient.create(single)).verify();
            } catch (SQLException e) {
                throw new IOException("the restored database could not be built: " + e.getMessage(), e);
            }
            List<String> keys = new ArrayList<>();
            Path stagedKeys = staging.resolve("keys");
            SecretFiles.createPrivateDirectory(stagedKeys);
            for (Iterator<String> names = manifest.path("sha256").propertyNames().iterator(); names.hasNext(); ) {
                String name = names.next();
                if (name.startsWith(BackupArchive.KEYS)) {
                    String file = name.substring(BackupArchive.KEYS.length());
                    SecretFiles.writeText(stagedKeys.resolve(file),
                            Files.readString(staging.resolve(BackupArchive.stagedName(name))));
                    keys.add(file);
                }
            }
            moveInto(database, dataDir);
            moveInto(stagedKeys, keysDir);
            return new Restored(rows, keys, audit);
        } finally {
            try (var files = Files.walk(staging)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Opens the backup, stages its entries and checks them against the manifest and the signed file hash. */
    private static JsonNode unpack(Path backup, String signedSha256, List<AgeIdentity> offline, Path staging) throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        JsonNode manifest = null;
        MessageDigest fileDigest = Sha256.newDigest();
        try (InputStream sealed = new DigestInputStream(Files.newInputStream(backup), fileDigest);
             InputStream plain = opened(sealed, offline);
             ZipInputStream zip = new ZipInputStream(plain)) {
            ZipEntry entry = firstEntry(zip);
            for (; entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (!BackupArchive.allowed(name) || hashes.containsKey(name) || name.equals(BackupArchive.MANIFEST) && manifest != null) {
                    throw new IOException("the backup holds an unexpected entry: " + name);
                }
                if (name.equals(BackupArchive.MANIFEST)) {
                    manifest = Json.MAPPER.readTree(zip.readNBytes(1 << 20));
                    continue;
                }
                long limit = name.startsWith(BackupArchive.KEYS) ? MAX_KEY_BYTES : MAX_ENTRY_BYTES;
                hashes.put(name, copy(zip, staging.resolve(BackupArchive.stagedName(name)), limit, name));
            }
            plain.transferTo(OutputStream.nullOutputStream());
            sealed.transferTo(OutputStream.nullOutputStream());
        }
        if (!HexFormat.of().formatHex(fileDigest.digest()).equals(signedSha256)) {
            throw new IOException("the backup changed while it was restored: what was decrypted is not what the signature vouches for");
        }
        if (manifest == null || !BackupArchive.SCHEMA.equals(manifest.path("schema").asString())) {
            throw new IOException("the backup has no manifest of " + BackupArchive.SCHEMA);
        }
        for (Map.Entry<String, String> hash : hashes.entrySet()) {
            if (!hash.getValue().equals(manifest.path("sha256").path(hash.getKey()).asString())) {
                throw new IOException("the backup's " + hash.getKey() + " does not match its manifest");
            }
        }
        if (manifest.path("sha256").size() != hashes.size()) {
            throw new IOException("the backup lacks entries its manifest lists");
        }
        return manifest;
    }

    private static void migrate(SingleConnectionDataSource database, String target) {
        var configuration = Flyway.configure().dataSource(database).locations("classpath:db/migration/desk");
        if (target != null) {
            configuration = configuration.target(target);
        }
        configuration.load().migrate();
    }

    private static void requireEmpty(Path dir, String rule) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.list(dir)) {
                if (files.findAny().isPresent()) {
                    throw new IOException(dir + " is not empty: " + rule);
                }
            }
        }
    }

    /** Moves a staged folder to where it belongs (an empty folder there is replaced). */
    private static void moveInto(Path staged, Path target) throws IOException {
        Files.deleteIfExists(target);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static InputStream opened(InputStream sealed, List<AgeIdentity> offline) throws IOException {
        try {
            return new EnvelopeOpener(offline).open(sealed);
        } catch (IOException e) {
            throw new IOException("the backup does not open with the offline identity given: it is sealed to another key,"
                    + " or damaged", e);
        }
    }

    /** The archive's first entry, where a damaged start of the payload shows. */
    private static ZipEntry firstEntry(ZipInputStream zip) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (IOException | RuntimeException e) {
            throw new IOException("the backup is damaged at its start: " + e.getMessage(), e);
        }
    }

    private static String copy(InputStream in, Path target, long limit, String name) throws IOException {
        MessageDigest sha256 = Sha256.newDigest();
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > limit) {
                    throw new IOException("the backup's " + name + " is larger than " + limit + " bytes");
                }
                out.write(buffer, 0, read);
                sha256.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
