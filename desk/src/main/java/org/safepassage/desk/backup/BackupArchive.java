package org.safepassage.desk.backup;

import java.util.regex.Pattern;

/**
 * The layout of a desk backup (schema {@value #SCHEMA}): an age file, sealed to offline recipient(s),
 * holding a ZIP of every table's rows as data ({@value #TABLES}{@code <table>.jsonl}, and
 * {@code <table>.blobs} for binary columns), the key files under {@value #KEYS}, and last
 * {@value #MANIFEST} with the schema version and the SHA-256 of every other entry. Beside it, a
 * detached Ed25519 signature by the desk that made it ({@link BackupSignature}).
 * The backup holds data, never a database file: a restore builds a fresh database with the desk's
 * own migrations and inserts the rows, so nothing a backup says can become a trigger or a function.
 */
final class BackupArchive {

    static final String SCHEMA = "safepassage.desk-backup/2";
    static final String TABLES = "tables/";
    static final String ROWS = ".jsonl";
    static final String BLOBS = ".blobs";
    static final String MANIFEST = "manifest.json";
    static final String KEYS = "keys/";
    static final Pattern KEY_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}");
    static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private BackupArchive() {
    }

    static boolean allowed(String entry) {
        if (entry.equals(MANIFEST)) {
            return true;
        }
        if (entry.startsWith(KEYS)) {
            return KEY_NAME.matcher(entry.substring(KEYS.length())).matches();
        }
        return tableOf(entry) != null;
    }

    /** The table an entry holds rows or blobs of, or null when the entry is not a table's. */
    static String tableOf(String entry) {
        if (!entry.startsWith(TABLES)) {
            return null;
        }
        String name = entry.substring(TABLES.length());
        String table = name.endsWith(ROWS) ? name.substring(0, name.length() - ROWS.length())
                : name.endsWith(BLOBS) ? name.substring(0, name.length() - BLOBS.length()) : null;
        return table != null && TABLE_NAME.matcher(table).matches() ? table : null;
    }

    /** Where an entry is staged during a restore: flat file names that cannot leave the staging folder. */
    static String stagedName(String entry) {
        return entry.replace('/', '_');
    }
}
