package org.safepassage.desk.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.safepassage.core.digest.Sha256;
import org.safepassage.core.envelope.AgeRecipient;
import org.safepassage.core.envelope.EnvelopeSealer;
import org.safepassage.core.json.Json;
import org.safepassage.core.signing.SigningKey;
import org.safepassage.desk.audit.AuditAction;
import org.safepassage.desk.audit.AuditLog;
import org.springframework.stereotype.Service;

/**
 * Writes a backup of the desk while it runs: every table's rows as data, read in one snapshot
 * transaction (H2 or PostgreSQL alike), and the key files, streamed into a ZIP that is sealed with
 * age to offline recipient(s) as it is written; then signs the sealed file with the desk's signing
 * key ({@link BackupSignature}). The backup appears only complete, its signature beside it.
 */
@Service
public class DeskBackup {

    private final DataSource dataSource;
    private final AuditLog audit;
    private final Clock clock;

    public DeskBackup(DataSource dataSource, AuditLog audit, Clock clock) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.clock = clock;
    }

    /** What was written: the backup's size, its signature file and the rows per table. */
    public record Written(long bytes, Path signature, Map<String, Long> rows) {
    }

    /** Writes the sealed backup to {@code out} (which must not exist) and its signature beside it. */
    public Written write(Path out, List<AgeRecipient> offline, Map<String, Path> keyFiles, SigningKey deskKey, String actor)
            throws IOException {
        Path absolute = out.toAbsolutePath();
        Path signature = BackupSignature.besides(absolute);
        if (Files.exists(absolute) || Files.exists(signature)) {
            throw new IOException(out + " or its signature exists; a backup never replaces a file");
        }
        Files.createDirectories(absolute.getParent());
        Path partial = Files.createTempFile(absolute.getParent(), ".backup", ".partial");
        Map<String, Long> rows = new LinkedHashMap<>();
        try {
            Map<String, String> hashes = new LinkedHashMap<>();
            String migration;
            try (OutputStream file = Files.newOutputStream(partial);
                 OutputStream sealed = new EnvelopeSealer(offline).sealing(file);
                 ZipOutputStream zip = new ZipOutputStream(sealed)) {
                migration = writeTables(zip, hashes, rows);
                for (Map.Entry<String, Path> key : keyFiles.entrySet()) {
                    String name = BackupArchive.KEYS + key.getKey();
                    if (!BackupArchive.allowed(name)) {
                        throw new IOException("a key file name holds only letters, digits, dots, dashes and underscores: " + key.getKey());
                    }
                    hashes.put(name, add(zip, name, key.getValue()));
                }
                Map<String, Object> manifest = new LinkedHashMap<>();
                manifest.put("schema", BackupArchive.SCHEMA);
                manifest.put("createdAt", clock.instant().truncatedTo(ChronoUnit.HOURS).toString());
                manifest.put("migration", migration);
                manifest.put("rows", rows);
                manifest.put("sha256", hashes);
                zip.putNextEntry(new ZipEntry(BackupArchive.MANIFEST));
                zip.write(Json.MAPPER.writeValueAsBytes(manifest));
                zip.closeEntry();
            }
            BackupSignature.write(partial, deskKey, signature);
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(signature);
            throw e;
        } finally {
            Files.deleteIfExists(partial);
        }
        long size = Files.size(absolute);
        audit.append(actor, AuditAction.BACKUP, "backup:" + absolute.getFileName(), size + " bytes sealed to "
                + offline.stream().map(AgeRecipient::fingerprint).toList() + ", signed by " + deskKey.verifyingKey().fingerprint());
        return new Written(size, signature, rows);
    }

    /** Every table as of one moment; returns the schema's migration version. */
    private String writeTables(ZipOutputStream zip, Map<String, String> hashes, Map<String, Long> rows) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            boolean h2 = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
            connection.setAutoCommit(false);
            if (h2) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set session characteristics as transaction isolation level snapshot");
                }
            } else {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            connection.setReadOnly(true);
            try {
                String migration;
                try (Statement statement = connection.createStatement();
                     var result = statement.executeQuery("select version from flyway_schema_history where success "
                             + "and version is not null order by installed_rank desc limit 1")) {
                    migration = result.next() ? result.getString(1) : null;
                }
                if (migration == null) {
                    throw new IOException("the desk database has no migration history; it cannot be backed up");
                }
                TableDump.write(connection, zip, hashes, rows);
                return migration;
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
                if (h2) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("set session characteristics as transaction isolation level read committed");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("the database could not be read for the backup: " + e.getMessage(), e);
        }
    }

    private static String add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest sha256 = Sha256.newDigest();
        try (InputStream in = Files.newInputStream(file);
             OutputStream digesting = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                zip.write(buffer, 0, read);
                digesting.write(buffer, 0, read);
            }
        }
        zip.closeEntry();
        return HexFormat.of().formatHex(sha256.digest());
    }
}
