package org.safepassage.intake.leak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Everything an intake left behind, as bytes to search: files on disk, or every row of every table. */
final class StoredBytes {

    private final List<byte[]> chunks = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    static StoredBytes files(Path... roots) throws IOException {
        StoredBytes stored = new StoredBytes();
        for (Path root : roots) {
            stored.addFiles(root, null);
        }
        return stored;
    }

    /** Files under {@code root} written since {@code since}: what could be a temporary plaintext copy. */
    static StoredBytes filesWrittenSince(Path root, FileTime since) throws IOException {
        StoredBytes stored = new StoredBytes();
        stored.addFiles(root, since);
        return stored;
    }

    static StoredBytes rows(String jdbcUrl) throws SQLException {
        StoredBytes stored = new StoredBytes();
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema == null || !schema.toLowerCase().startsWith("information_schema") && !schema.startsWith("pg_")) {
                        tables.add((schema == null ? "" : schema + ".") + rs.getString("TABLE_NAME"));
                    }
                }
            }
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("select * from " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int column = 1; column <= meta.getColumnCount(); column++) {
                            int type = meta.getColumnType(column);
                            boolean binary = type == java.sql.Types.BINARY || type == java.sql.Types.VARBINARY
                                    || type == java.sql.Types.LONGVARBINARY || type == java.sql.Types.BLOB;
                            String text = binary ? null : rs.getString(column);
                            byte[] bytes = binary ? rs.getBytes(column) : text == null ? null : text.getBytes(StandardCharsets.UTF_8);
                            if (bytes != null) {
                                stored.add(table + "." + meta.getColumnName(column), bytes);
                            }
                        }
                    }
                }
            }
        }
        return stored;
    }

    private void addFiles(Path root, FileTime since) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                try {
                    if (Files.size(file) > (64 << 20) || since != null && Files.getLastModifiedTime(file).compareTo(since) < 0) {
                        continue;
                    }
                    add(file.toString(), Files.readAllBytes(file));
                } catch (IOException unreadable) {
                    // a file that vanished or is locked while walking: nothing to read
                }
            }
        }
    }

    private void add(String name, byte[] bytes) {
        names.add(name);
        chunks.add(bytes);
    }

    /** Where the text occurs, in UTF-8 or UTF-16, or an empty list. */
    List<String> whereContains(String text) {
        List<String> found = new ArrayList<>();
        for (byte[] needle : List.of(text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_16BE),
                text.getBytes(StandardCharsets.UTF_16LE))) {
            for (int i = 0; i < chunks.size(); i++) {
                if (indexOf(chunks.get(i), needle) >= 0) {
                    found.add(names.get(i));
                }
            }
        }
        return found;
    }

    /** Where these exact bytes occur, or an empty list. */
    List<String> whereContains(byte[] needle) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            if (indexOf(chunks.get(i), needle) >= 0) {
                found.add(names.get(i));
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
