package org.safepassage.desk.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.safepassage.core.digest.Sha256;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.envelope.EnvelopeOpener;
import org.safepassage.core.json.Json;
import org.safepassage.core.keys.SecretFiles;
import tools.jackson.databind.JsonNode;

/**
 * Restores a desk backup into an empty data folder and key folder, with the offline identity.
 * Every entry is checked before it is trusted: only the names a backup holds, each within size
 * bounds, each matching the SHA-256 in the manifest; the database is unpacked only from H2's own
 * backup and only as database files. Nothing of a backup that fails a check is left behind.
 */
public final class DeskRestore {

    static final long MAX_ENTRY_BYTES = 256L << 30;
    private static final long MAX_KEY_BYTES = 64 * 1024;

    private DeskRestore() {
    }

    /** What was restored: the database files and the key files, by name. */
    public record Restored(List<String> databaseFiles, List<String> keyFiles) {
    }

    public static Restored restore(Path backup, List<AgeIdentity> offline, Path dataDir, Path keysDir) throws IOException {
        if (Files.exists(dataDir) && Files.list(dataDir).findAny().isPresent()) {
            throw new IOException(dataDir + " is not empty: a restore goes into a new, empty data folder");
        }
        if (Files.exists(keysDir) && Files.list(keysDir).findAny().isPresent()) {
            throw new IOException(keysDir + " is not empty: restored keys go into a new, empty folder");
        }
        // Staged beside the new data folder (the volume it will live on), not in the system's temporary folder.
        Path parent = dataDir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, ".desk-restore");
        try {
            Map<String, String> hashes = new LinkedHashMap<>();
            JsonNode manifest = null;
            try (InputStream sealed = Files.newInputStream(backup);
                 InputStream plain = opened(sealed, offline);
                 ZipInputStream zip = new ZipInputStream(plain)) {
                ZipEntry entry = firstEntry(zip);
                for (; entry != null; entry = zip.getNextEntry()) {
                    String name = entry.getName();
                    if (!BackupArchive.allowed(name) || hashes.containsKey(name)) {
                        throw new IOException("the backup holds an unexpected entry: " + name);
                    }
                    if (name.equals(BackupArchive.MANIFEST)) {
                        manifest = Json.MAPPER.readTree(zip.readNBytes(1 << 20));
                        continue;
                    }
                    long limit = name.startsWith(BackupArchive.KEYS) ? MAX_KEY_BYTES : MAX_ENTRY_BYTES;
                    hashes.put(name, copy(zip, staging.resolve(name.replace('/', '_')), limit, name));
                }
            }
            if (manifest == null || !BackupArchive.SCHEMA.equals(manifest.path("schema").asString())) {
                throw new IOException("the backup has no manifest of " + BackupArchive.SCHEMA);
            }
            for (Map.Entry<String, String> hash : hashes.entrySet()) {
                if (!hash.getValue().equals(manifest.path("sha256").path(hash.getKey()).asString())) {
                    throw new IOException("the backup's " + hash.getKey() + " does not match its manifest");
                }
            }
            if (!hashes.containsKey(BackupArchive.DATABASE) || manifest.path("sha256").size() != hashes.size()) {
                throw new IOException("the backup lacks entries its manifest lists");
            }
            List<String> database = unpackDatabase(staging.resolve(BackupArchive.DATABASE.replace('/', '_')), dataDir);
            List<String> keys = new java.util.ArrayList<>();
            SecretFiles.createPrivateDirectory(keysDir);
            for (String name : hashes.keySet()) {
                if (name.startsWith(BackupArchive.KEYS)) {
                    String file = name.substring(BackupArchive.KEYS.length());
                    SecretFiles.writeText(keysDir.resolve(file), Files.readString(staging.resolve(name.replace('/', '_'))));
                    keys.add(file);
                }
            }
            return new Restored(database, keys);
        } finally {
            try (var files = Files.walk(staging)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
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

    private static List<String> unpackDatabase(Path snapshot, Path dataDir) throws IOException {
        SecretFiles.createPrivateDirectory(dataDir);
        List<String> files = new java.util.ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(snapshot))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (!name.matches("desk\\.mv\\.db")) {
                    throw new IOException("the database backup holds an unexpected file: " + name);
                }
                copy(zip, dataDir.resolve(name), MAX_ENTRY_BYTES, name);
                files.add(name);
            }
        }
        if (files.isEmpty()) {
            throw new IOException("the database backup is empty");
        }
        return files;
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
