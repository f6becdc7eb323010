package org.safepassage.desk.backup;

import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.safepassage.core.digest.Sha256;
import org.safepassage.core.json.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the rows of the desk's tables into a backup archive as data: one JSON object per row
 * ({@code tables/<table>.jsonl}), binary values in a second entry ({@code tables/<table>.blobs}, each
 * value its length then its bytes, in row order) so that no value has to fit in a JSON string.
 * Runs inside the caller's snapshot transaction, so every table is read as of one moment.
 */
final class TableDump {

    private TableDump() {
    }

    /** Writes every table; records each entry's SHA-256 and each table's row count. */
    static void write(Connection connection, ZipOutputStream zip, Map<String, String> hashes, Map<String, Long> rows)
            throws IOException, SQLException {
        for (DeskTables.Table table : DeskTables.of(connection)) {
            String rowsEntry = BackupArchive.TABLES + table.name() + BackupArchive.ROWS;
            long count = 0;
            MessageDigest digest = Sha256.newDigest();
            zip.putNextEntry(new ZipEntry(rowsEntry));
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery(select(table, table.columns()))) {
                OutputStream out = new DigestOutputStream(unclosable(zip), digest);
                while (result.next()) {
                    out.write(Json.MAPPER.writeValueAsBytes(row(table, result)));
                    out.write('\n');
                    count++;
                }
            }
            zip.closeEntry();
            hashes.put(rowsEntry, HexFormat.of().formatHex(digest.digest()));
            rows.put(table.name(), count);
            if (table.hasBinary()) {
                writeBlobs(connection, zip, table, hashes);
            }
        }
    }

    private static void writeBlobs(Connection connection, ZipOutputStream zip, DeskTables.Table table,
                                   Map<String, String> hashes) throws IOException, SQLException {
        String blobsEntry = BackupArchive.TABLES + table.name() + BackupArchive.BLOBS;
        List<DeskTables.Column> binary = table.columns().stream().filter(c -> c.kind() == DeskTables.Kind.BINARY).toList();
        MessageDigest digest = Sha256.newDigest();
        zip.putNextEntry(new ZipEntry(blobsEntry));
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(select(table, binary))) {
            DataOutputStream out = new DataOutputStream(new DigestOutputStream(unclosable(zip), digest));
            while (result.next()) {
                for (int i = 1; i <= binary.size(); i++) {
                    byte[] value = result.getBytes(i);
                    if (value != null) {
                        out.writeLong(value.length);
                        out.write(value);
                    }
                }
            }
            out.flush();
        }
        zip.closeEntry();
        hashes.put(blobsEntry, HexFormat.of().formatHex(digest.digest()));
    }

    private static String select(DeskTables.Table table, List<DeskTables.Column> columns) {
        return "select " + String.join(", ", columns.stream().map(DeskTables.Column::name).toList()) + " from " + table.name()
                + " order by " + String.join(", ", table.primaryKey());
    }

    private static ObjectNode row(DeskTables.Table table, ResultSet result) throws SQLException {
        ObjectNode row = Json.MAPPER.createObjectNode();
        int i = 0;
        for (DeskTables.Column column : table.columns()) {
            i++;
            String name = column.name();
            switch (column.kind()) {
                case INTEGER -> {
                    long value = result.getLong(i);
                    if (result.wasNull()) {
                        row.putNull(name);
                    } else {
                        row.put(name, value);
                    }
                }
                case DECIMAL -> {
                    double value = result.getDouble(i);
                    if (result.wasNull()) {
                        row.putNull(name);
                    } else {
                        row.put(name, value);
                    }
                }
                case BOOLEAN -> {
                    boolean value = result.getBoolean(i);
                    if (result.wasNull()) {
                        row.putNull(name);
                    } else {
                        row.put(name, value);
                    }
                }
                case TEXT -> row.put(name, result.getString(i));
                case INSTANT -> {
                    Timestamp value = result.getTimestamp(i);
                    row.put(name, value == null ? null : value.toInstant().toString());
                }
                case BINARY -> {
                    byte[] value = result.getBytes(i);
                    // the bytes go to the table's blobs entry; the row says only whether there is one
                    row.put(name, value == null ? null : Boolean.TRUE);
                }
                default -> throw new IllegalStateException("unhandled kind " + column.kind());
            }
        }
        return row;
    }

    /** The archive stays open when a writer over one of its entries is closed. */
    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
