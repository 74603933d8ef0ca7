package app.coulisse.backup;

import app.coulisse.core.Databases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts an archive's rows into a database that holds no series yet, in one transaction: the rows the migrations and
 * the first start wrote (the default categories, the first showrunner) make way for the archive's, tables are
 * filled parents first, and each identity column continues after the largest id restored.
 */
final class BackupRestore {

    private static final int BATCH = 500;

    private final Connection connection;
    private final AppTables tables;

    BackupRestore(Connection connection, AppTables tables) {
        this.connection = connection;
        this.tables = tables;
    }

    /** True when no series was set up in this database: the only kind a backup is restored into. */
    boolean holdsNoSeries() throws SQLException {
        AppTables.Table series = tables.table("series");
        try (Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("select count(*) from " + BackupWriter.quoted(series.databaseName()))) {
            count.next();
            return count.getLong(1) == 0;
        }
    }

    /** Checks that the archive holds exactly this database's tables and columns, before anything is written. */
    static void requireSameTables(BackupArchive archive, AppTables tables) throws BackupReader.Damaged {
        List<String> archived = archive.tables().stream().map(BackupArchive.TableEntry::name).sorted().toList();
        List<String> here = tables.tables().stream().map(AppTables.Table::name).sorted().toList();
        if (!archived.equals(here)) {
            throw new BackupReader.Damaged("the archive's tables " + archived + " are not this database's " + here);
        }
    }

    void emptyTables() throws SQLException {
        List<AppTables.Table> childrenFirst = new ArrayList<>(tables.tables());
        Collections.reverse(childrenFirst);
        try (Statement statement = connection.createStatement()) {
            for (AppTables.Table table : childrenFirst) {
                statement.executeUpdate("delete from " + BackupWriter.quoted(table.databaseName()));
            }
        }
    }

    /** The rows of one table, inserted as they come, in batches; {@link TableInserter#finish} sends the last. */
    TableInserter inserter(AppTables.Table table) {
        return new TableInserter(table);
    }

    /** Each identity column continues after the largest id restored, so the next row made gets a fresh id. */
    void continueIdentities() throws SQLException {
        boolean postgres = Databases.isPostgres(connection);
        try (Statement statement = connection.createStatement()) {
            for (AppTables.Table table : tables.tables()) {
                if (table.identity() == null) {
                    continue;
                }
                String column = table.column(table.identity()).databaseName();
                long next;
                try (ResultSet max = statement.executeQuery("select coalesce(max(" + BackupWriter.quoted(column)
                        + "), 0) + 1 from " + BackupWriter.quoted(table.databaseName()))) {
                    max.next();
                    next = max.getLong(1);
                }
                statement.execute(postgres
                        ? "select setval(pg_get_serial_sequence('" + BackupWriter.quoted(table.databaseName())
                                + "', '" + column + "'), " + next + ", false)"
                        : "alter table " + BackupWriter.quoted(table.databaseName()) + " alter column "
                                + BackupWriter.quoted(column) + " restart with " + next);
            }
        }
    }

    /** Inserts one table's rows in batches. */
    final class TableInserter implements BackupReader.Rows {

        private final AppTables.Table table;
        private List<AppTables.Column> columns;
        private PreparedStatement insert;
        private int pending;

        private TableInserter(AppTables.Table table) {
            this.table = table;
        }

        @Override
        public void header(List<String> names) throws BackupReader.Damaged {
            Map<String, AppTables.Column> known = table.columns().stream()
                    .collect(Collectors.toMap(AppTables.Column::name, Function.identity()));
            if (names.size() != known.size() || !known.keySet().equals(Set.copyOf(names))) {
                throw new BackupReader.Damaged("table " + table.name() + " has columns " + names + ", this database "
                        + known.keySet());
            }
            columns = names.stream().map(known::get).toList();
        }

        @Override
        public void row(List<?> values) throws Exception {
            if (values.size() != columns.size()) {
                throw new BackupReader.Damaged("a row of " + table.name() + " has " + values.size() + " values");
            }
            if (insert == null) {
                insert = connection.prepareStatement("insert into " + BackupWriter.quoted(table.databaseName())
                        + " (" + columns.stream().map(c -> BackupWriter.quoted(c.databaseName()))
                        .collect(Collectors.joining(", ")) + ") values ("
                        + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")");
            }
            for (int i = 0; i < columns.size(); i++) {
                ColumnValues.bind(insert, i + 1, columns.get(i).jdbcType(), values.get(i));
            }
            insert.addBatch();
            if (++pending == BATCH) {
                send();
            }
        }

        void finish() throws SQLException {
            send();
            if (insert != null) {
                insert.close();
            }
        }

        private void send() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }
    }
}
