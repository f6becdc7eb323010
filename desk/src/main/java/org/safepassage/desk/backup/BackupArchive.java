package org.safepassage.desk.backup;

import java.util.regex.Pattern;

/**
 * The layout of a desk backup (schema {@value #SCHEMA}): an age file, sealed to offline recipient(s),
 * holding a ZIP of {@value #DATABASE} (H2's own consistent backup of the database), the key files
 * under {@code keys/}, and last {@value #MANIFEST} with the SHA-256 of every other entry.
 */
final class BackupArchive {

    static final String SCHEMA = "safepassage.desk-backup/1";
    static final String DATABASE = "database/h2-backup.zip";
    static final String MANIFEST = "manifest.json";
    static final String KEYS = "keys/";
    static final Pattern KEY_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}");

    private BackupArchive() {
    }

    static boolean allowed(String entry) {
        return entry.equals(DATABASE) || entry.equals(MANIFEST)
                || entry.startsWith(KEYS) && KEY_NAME.matcher(entry.substring(KEYS.length())).matches();
    }
}
