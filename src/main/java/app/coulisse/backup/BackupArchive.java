package app.coulisse.backup;

import java.util.List;

/**
 * The archive's format (record 058): a ZIP holding {@code manifest.json} and one {@code tables/<name>.jsonl} per table
 * — its column names as a JSON array on the first line, then one JSON array per row, in primary-key order. The
 * manifest names the schema version the archive was made at and, per table, its row count and the SHA-256 of its
 * file, so a damaged archive is found before anything is written.
 */
record BackupArchive(String format, int formatVersion, String schemaVersion, String createdAt, List<TableEntry> tables) {

    static final String FORMAT = "coulisse-backup";
    static final int FORMAT_VERSION = 1;
    static final String MANIFEST = "manifest.json";

    /** One table's file: how many rows it holds and the SHA-256 (hex) of its bytes. */
    record TableEntry(String name, long rows, String sha256) {
    }

    static String entryName(String table) {
        return "tables/" + table + ".jsonl";
    }
}
