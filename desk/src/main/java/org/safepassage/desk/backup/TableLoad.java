package org.safepassage.desk.backup;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.safepassage.core.json.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;

/**
 * Fills a freshly migrated desk database with a backup's rows. The tables, columns and their kinds
 * are the new database's own; a backup that names another table or column, or gives a value of
 * the wrong kind, is refused with what was wrong. Values only ever reach the database as bound
 * parameters of inserts, so nothing in a backup is ever run as SQL.
 */
final class TableLoad {

    private static final int BATCH = 500;
    private static final long MAX_BLOB_BYTES = 1L << 31;

    private TableLoad() {
    }

    /** Loads every table from the staged entries; returns the rows loaded per table. */
    static Map<String, Long> load(Connection connection, Path staging, Set<String> tablesInBackup)
            throws IOException, SQLException {
        List<DeskTables.Table> tables = DeskTables.of(connection);
        Set<String> expected = new TreeSet<>(tables.stream().map(DeskTables.Table::name).toList());
        if (!expected.equals(new TreeSet<>(tablesInBackup))) {
            Set<String> unknown = new TreeSet<>(tablesInBackup);
            unknown.removeAll(expected);
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(tablesInBackup);
            throw new IOException("the backup's tables do not match the desk's"
                    + (unknown.isEmpty() ? "" : "; tables the desk does not have: " + unknown)
                    + (missing.isEmpty() ? "" : "; tables missing from the backup: " + missing));
        }
        Map<String, Long> loaded = new LinkedHashMap<>();
        for (DeskTables.Table table : tables) {
            loaded.put(table.name(), loadTable(connection, staging, table));
        }
        restartIdentities(connection, tables);
        return loaded;
    }

    private static long loadTable(Connection connection, Path staging, DeskTables.Table table) throws IOException, SQLException {
        Path rows = staging.resolve(BackupArchive.stagedName(BackupArchive.TABLES + table.name() + BackupArchive.ROWS));
        Path blobs = staging.resolve(BackupArchive.stagedName(BackupArchive.TABLES + table.name() + BackupArchive.BLOBS));
        if (!Files.exists(rows)) {
            throw new IOException("the backup lacks the rows of table " + table.name());
        }
        String insert = "insert into " + table.name() + " (" + String.join(", ", table.columns().stream()
                .map(DeskTables.Column::name).toList()) + ") values (" + "?, ".repeat(table.columns().size() - 1) + "?)";
        long count = 0;
        try (InputStream rowStream = new BufferedInputStream(Files.newInputStream(rows));
             MappingIterator<JsonNode> lines = Json.MAPPER.readerFor(JsonNode.class).readValues(rowStream);
             DataInputStream blobStream = Files.exists(blobs)
                     ? new DataInputStream(new BufferedInputStream(Files.newInputStream(blobs))) : null;
             PreparedStatement statement = connection.prepareStatement(insert)) {
            long blobBytesLeft = blobStream == null ? 0 : Files.size(blobs);
            while (hasNext(lines, table, count)) {
                JsonNode row = next(lines, table, count);
                String where = "table " + table.name() + ", row " + (count + 1);
                if (!row.isObject()) {
                    throw new IOException(where + ": not a JSON object");
                }
                for (Iterator<String> names = row.propertyNames().iterator(); names.hasNext(); ) {
                    String name = names.next();
                    if (table.columns().stream().noneMatch(column -> column.name().equals(name))) {
                        throw new IOException(where + ": column " + name + " is not one the desk has");
                    }
                }
                int index = 0;
                for (DeskTables.Column column : table.columns()) {
                    index++;
                    JsonNode value = row.get(column.name());
                    if (column.kind() == DeskTables.Kind.BINARY && value != null && !value.isNull()) {
                        byte[] bytes = nextBlob(blobStream, blobBytesLeft, where + ", column " + column.name());
                        blobBytesLeft -= 8 + bytes.length;
                        statement.setBytes(index, bytes);
                    } else {
                        bind(statement, index, column, value, where);
                    }
                }
                statement.addBatch();
                if (++count % BATCH == 0) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
            if (blobStream != null && blobStream.read() != -1) {
                throw new IOException("table " + table.name() + ": the backup holds more binary values than its rows name");
            }
        } catch (SQLException e) {
            throw new IOException("table " + table.name() + ": the database refused a row (" + e.getMessage() + ")", e);
        }
        return count;
    }

    private static boolean hasNext(MappingIterator<JsonNode> lines, DeskTables.Table table, long count) throws IOException {
        try {
            return lines.hasNextValue();
        } catch (JacksonException e) {
            throw new IOException("table " + table.name() + ", row " + (count + 1) + ": not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static JsonNode next(MappingIterator<JsonNode> lines, DeskTables.Table table, long count) throws IOException {
        try {
            return lines.nextValue();
        } catch (JacksonException e) {
            throw new IOException("table " + table.name() + ", row " + (count + 1) + ": not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static byte[] nextBlob(DataInputStream blobs, long bytesLeft, String where) throws IOException {
        if (blobs == null) {
            throw new IOException(where + ": a binary value is named but the backup holds none for this table");
        }
        try {
            long length = blobs.readLong();
            if (length < 0 || length > MAX_BLOB_BYTES || length > bytesLeft - 8) {
                throw new IOException(where + ": a binary value's length (" + length + ") does not fit the backup");
            }
            return blobs.readNBytes((int) length);
        } catch (EOFException e) {
            throw new IOException(where + ": the backup's binary values end early");
        }
    }

    private static void bind(PreparedStatement statement, int index, DeskTables.Column column, JsonNode value, String where)
            throws SQLException, IOException {
        String at = where + ", column " + column.name();
        if (value == null || value.isNull()) {
            statement.setNull(index, Types.NULL);
            return;
        }
        switch (column.kind()) {
            case INTEGER -> {
                if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                    throw new IOException(at + ": must be a whole number");
                }
                statement.setLong(index, value.longValue());
            }
            case DECIMAL -> {
                if (!value.isNumber()) {
                    throw new IOException(at + ": must be a number");
                }
                statement.setDouble(index, value.doubleValue());
            }
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    throw new IOException(at + ": must be true or false");
                }
                statement.setBoolean(index, value.booleanValue());
            }
            case TEXT -> {
                if (!value.isString()) {
                    throw new IOException(at + ": must be text");
                }
                statement.setString(index, value.stringValue());
            }
            case INSTANT -> {
                if (!value.isString()) {
                    throw new IOException(at + ": must be an ISO-8601 instant");
                }
                try {
                    statement.setTimestamp(index, Timestamp.from(Instant.parse(value.stringValue())));
                } catch (DateTimeParseException e) {
                    throw new IOException(at + ": must be an ISO-8601 instant");
                }
            }
            case BINARY -> throw new IOException(at + ": a binary value must come from the blobs entry");
            default -> throw new IllegalStateException("unhandled kind " + column.kind());
        }
    }

    /** Identity columns continue after the highest restored value, so new rows never collide with restored ones. */
    private static void restartIdentities(Connection connection, List<DeskTables.Table> tables) throws SQLException {
        Set<String> known = new TreeSet<>(tables.stream().map(DeskTables.Table::name).toList());
        Map<String, String> identities = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select table_name, column_name from information_schema.columns "
                + "where lower(table_schema) = lower(?) and is_identity = 'YES'")) {
            query.setString(1, connection.getSchema());
            try (var result = query.executeQuery()) {
                while (result.next()) {
                    identities.put(result.getString(1).toLowerCase(Locale.ROOT), result.getString(2).toLowerCase(Locale.ROOT));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> identity : identities.entrySet()) {
                if (!known.contains(identity.getKey())) {
                    continue;
                }
                long next;
                try (var max = statement.executeQuery("select coalesce(max(" + identity.getValue() + "), 0) + 1 from "
                        + identity.getKey())) {
                    max.next();
                    next = max.getLong(1);
                }
                statement.execute("alter table " + identity.getKey() + " alter column " + identity.getValue()
                        + " restart with " + next);
            }
        }
    }
}
