package org.safepassage.desk.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
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
import org.safepassage.desk.DeskSettings;
import org.safepassage.desk.audit.AuditAction;
import org.safepassage.desk.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Writes a backup of the desk: a consistent copy of the embedded database taken while the desk runs
 * and the key files, streamed into a ZIP that is sealed with age to offline recipient(s) as it is
 * written, so the backup is as safe to store away as the offline key is. It appears only complete.
 * A PostgreSQL desk is backed up with its own tools (docs/desk.md), sealed the same way.
 */
@Service
public class DeskBackup {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final Path dataDir;

    public DeskBackup(DataSource dataSource, JdbcClient jdbc, AuditLog audit, Clock clock, DeskSettings settings) {
        this.dataSource = dataSource;
        this.dataDir = settings.dataDir();
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Writes the sealed backup to {@code out} (which must not exist); returns its size in bytes. */
    public long write(Path out, List<AgeRecipient> offline, Map<String, Path> keyFiles, String actor) throws IOException {
        requireH2();
        if (Files.exists(out)) {
            throw new IOException(out + " exists; a backup never replaces a file");
        }
        Path absolute = out.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        // The plaintext snapshot stays beside the database it copies (on the desk's own volume), never in /tmp.
        Path snapshot = Files.createTempFile(dataDir.toAbsolutePath(), ".backup-snapshot", ".zip");
        Path partial = Files.createTempFile(absolute.getParent(), ".backup", ".partial");
        try {
            Files.delete(snapshot);
            jdbc.sql("backup to '" + snapshot.toString().replace("'", "''") + "'").update();
            Map<String, String> hashes = new LinkedHashMap<>();
            try (OutputStream file = Files.newOutputStream(partial);
                 OutputStream sealed = new EnvelopeSealer(offline).sealing(file);
                 ZipOutputStream zip = new ZipOutputStream(sealed)) {
                hashes.put(BackupArchive.DATABASE, add(zip, BackupArchive.DATABASE, snapshot));
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
                manifest.put("sha256", hashes);
                zip.putNextEntry(new ZipEntry(BackupArchive.MANIFEST));
                zip.write(Json.MAPPER.writeValueAsBytes(manifest));
                zip.closeEntry();
            }
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
            Files.deleteIfExists(snapshot);
        }
        long size = Files.size(absolute);
        audit.append(actor, AuditAction.BACKUP, "backup:" + absolute.getFileName(), size + " bytes sealed to "
                + offline.stream().map(AgeRecipient::fingerprint).toList());
        return size;
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

    private void requireH2() throws IOException {
        try (var connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2")) {
                throw new IOException("this desk runs on " + connection.getMetaData().getDatabaseProductName()
                        + ": back it up with pg_dump piped through age to the offline recipient (docs/desk.md)");
            }
        } catch (java.sql.SQLException e) {
            throw new IOException("the database cannot be reached: " + e.getMessage(), e);
        }
    }

}
