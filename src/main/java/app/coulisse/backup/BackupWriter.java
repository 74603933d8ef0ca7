package app.coulisse.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.json.JsonMapper;

/** Writes every table the app owns into one archive, row by row, from one consistent read of the database. */
final class BackupWriter {

    private final JsonMapper json;

    BackupWriter(JsonMapper json) {
        this.json = json;
    }

    void write(Connection connection, AppTables tables, String schemaVersion, OutputStream out)
            throws SQLException, IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        List<BackupArchive.TableEntry> entries = new ArrayList<>();
        for (AppTables.Table table : tables.tables()) {
            zip.putNextEntry(new ZipEntry(BackupArchive.entryName(table.name())));
            entries.add(writeTable(connection, table, zip));
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry(BackupArchive.MANIFEST));
        zip.write(json.writeValueAsBytes(new BackupArchive(BackupArchive.FORMAT, BackupArchive.FORMAT_VERSION,
                schemaVersion, Instant.now().toString(), entries)));
        zip.closeEntry();
        zip.finish();
    }

    private BackupArchive.TableEntry writeTable(Connection connection, AppTables.Table table, OutputStream out)
            throws SQLException, IOException {
        MessageDigest sha256 = BackupReader.sha256();
        writeLine(json.writeValueAsBytes(table.columns().stream().map(AppTables.Column::name).toList()), out, sha256);
        List<String> order = table.primaryKey().isEmpty()
                ? table.columns().stream().map(AppTables.Column::databaseName).toList()
                : table.primaryKey().stream().map(key -> table.column(key).databaseName()).toList();
        String select = "select " + String.join(", ", table.columns().stream().map(c -> quoted(c.databaseName())).toList())
                + " from " + quoted(table.databaseName()) + " order by "
                + String.join(", ", order.stream().map(BackupWriter::quoted).toList());
        long rows = 0;
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setFetchSize(500);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    List<Object> values = new ArrayList<>(table.columns().size());
                    for (int i = 0; i < table.columns().size(); i++) {
                        values.add(ColumnValues.read(row, i + 1, table.columns().get(i).jdbcType()));
                    }
                    writeLine(json.writeValueAsBytes(values), out, sha256);
                    rows++;
                }
            }
        }
        return new BackupArchive.TableEntry(table.name(), rows, HexFormat.of().formatHex(sha256.digest()));
    }

    private static void writeLine(byte[] line, OutputStream out, MessageDigest sha256) throws IOException {
        byte[] withNewLine = new byte[line.length + 1];
        System.arraycopy(line, 0, withNewLine, 0, line.length);
        withNewLine[line.length] = '\n';
        sha256.update(withNewLine);
        out.write(withNewLine);
    }

    /** A database name as the database spelled it (H2's upper case, PostgreSQL's lower case), quoted. */
    static String quoted(String databaseName) {
        return "\"" + databaseName.replace("\"", "\"\"") + "\"";
    }
}
