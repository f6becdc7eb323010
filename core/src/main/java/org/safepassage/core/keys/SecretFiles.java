package org.safepassage.core.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

/** Reads and writes key material so that only the owner can read it (mode 600), never half-written. */
public final class SecretFiles {

    private SecretFiles() {
    }

    /** Writes text to a new owner-only file; refuses to replace an existing key. */
    public static void writeText(Path file, String text) throws IOException {
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString(), null, "refusing to overwrite an existing key file");
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".key", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Creates a data or key folder readable by its owner only (mode 700), with any missing
     * parents; a folder that already exists is made owner-only too, whatever mode it was given.
     */
    public static Path createPrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            ownerOnly(dir, OWNER_DIRECTORY);
            return dir;
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            return Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException raced) {
            return dir;
        }
    }

    /**
     * Makes a data folder and everything in it owner-only (folders 700, files 600): what a database
     * or a library created with the process's umask is closed to other users of the machine.
     * Public halves of keys ({@code *.pub}) stay readable.
     */
    public static void restrictToOwner(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isSymbolicLink(path)) {
                    continue;
                }
                if (Files.isDirectory(path)) {
                    ownerOnly(path, OWNER_DIRECTORY);
                } else if (!path.getFileName().toString().endsWith(".pub")) {
                    ownerOnly(path, OWNER_FILE);
                }
            }
        }
    }

    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_DIRECTORY =
            PosixFilePermissions.fromString("rwx------");
    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_FILE =
            PosixFilePermissions.fromString("rw-------");

    private static void ownerOnly(Path path, java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions)
            throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX modes: its own access control applies
        } catch (java.nio.file.NoSuchFileException gone) {
            // a temporary file the database removed meanwhile
        }
    }

    public static void writePublicText(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    public static void writeBase64(Path file, byte[] secret) throws IOException {
        writeText(file, Base64.getEncoder().encodeToString(secret) + "\n");
    }

    public static byte[] readBase64(Path file, String what) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " does not hold a base64 " + what);
        }
    }

    /** The first line of a key file that is not a comment, as age and ssh write them. */
    public static String readKeyLine(Path file, String what) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .findFirst()
                .orElseThrow(() -> new IOException(file + " holds no " + what));
    }
}
