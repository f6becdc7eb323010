package org.safepassage.desk.backup;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The desk's tables as a database describes them: names, columns with the kind of value each
 * holds, primary keys and the order in which they can be filled (referenced tables first). Read
 * from the live database when backing up and from the freshly migrated one when restoring, never
 * from the backup itself.
 */
final class DeskTables {

    /** The kinds of value a backup carries, each written and read one way. */
    enum Kind { INTEGER, DECIMAL, BOOLEAN, TEXT, INSTANT, BINARY }

    record Column(String name, Kind kind) {
    }

    record Table(String name, List<Column> columns, List<String> primaryKey) {

        boolean hasBinary() {
            return columns.stream().anyMatch(column -> column.kind() == Kind.BINARY);
        }
    }

    private DeskTables() {
    }

    /** Every table but Flyway's history, referenced tables before those that reference them. */
    static List<Table> of(Connection connection) throws SQLException, IOException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, Set<String>> references = new LinkedHashMap<>();
        try (ResultSet tables = meta.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.startsWith("flyway_")) {
                    references.put(name, new LinkedHashSet<>());
                }
            }
        }
        for (String table : references.keySet()) {
            try (ResultSet imported = meta.getImportedKeys(connection.getCatalog(), schema, table)) {
                while (imported.next()) {
                    String referenced = imported.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!referenced.equals(table)) {
                        references.get(table).add(referenced);
                    }
                }
            }
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < references.size()) {
            boolean progress = false;
            for (Map.Entry<String, Set<String>> table : references.entrySet()) {
                if (!placed.contains(table.getKey()) && placed.containsAll(table.getValue())) {
                    ordered.add(describe(connection, meta, schema, table.getKey()));
                    placed.add(table.getKey());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IOException("the desk's tables reference each other in a cycle; a backup cannot order them");
            }
        }
        return ordered;
    }

    private static Table describe(Connection connection, DatabaseMetaData meta, String schema, String name)
            throws SQLException, IOException {
        List<Column> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet empty = statement.executeQuery("select * from " + name + " where 1 = 0")) {
            ResultSetMetaData described = empty.getMetaData();
            for (int i = 1; i <= described.getColumnCount(); i++) {
                String column = described.getColumnName(i).toLowerCase(Locale.ROOT);
                columns.add(new Column(column, kind(name, column, described.getColumnType(i))));
            }
        }
        List<String> primaryKey = new ArrayList<>();
        try (ResultSet keys = meta.getPrimaryKeys(connection.getCatalog(), schema, name)) {
            Map<Integer, String> bySequence = new java.util.TreeMap<>();
            while (keys.next()) {
                bySequence.put(keys.getInt("KEY_SEQ"), keys.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
            primaryKey.addAll(bySequence.values());
        }
        if (primaryKey.isEmpty()) {
            throw new IOException("table " + name + " has no primary key; a backup needs one to read it in a stable order");
        }
        return new Table(name, List.copyOf(columns), List.copyOf(primaryKey));
    }

    private static Kind kind(String table, String column, int sqlType) throws IOException {
        return switch (sqlType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL, Types.NUMERIC -> Kind.DECIMAL;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
                 Types.LONGNVARCHAR, Types.NCLOB -> Kind.TEXT;
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Kind.INSTANT;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BINARY;
            default -> throw new IOException("column " + table + "." + column + " has SQL type " + sqlType
                    + ", which desk backups do not carry yet");
        };
    }
}
