package app.coulisse.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tables the app owns, as the database describes them: their columns, primary key and identity column, in an
 * order where every table comes after the tables it refers to (so rows can be inserted in that order). Names are
 * lower case whatever the database (H2 says SCENE, PostgreSQL scene), so an archive reads the same on both.
 */
record AppTables(List<Table> tables) {

    /** Flyway's own table, and state that lives only while servers run (record 057): not part of a backup. */
    static final Set<String> NOT_BACKED_UP = Set.of("flyway_schema_history", "presence_screen", "login_failure",
            "login_success");

    /** A table: its name in the archive and in the database, its columns in order, key and identity column. */
    record Table(String name, String databaseName, List<Column> columns, List<String> primaryKey, String identity) {

        Column column(String columnName) {
            return columns.stream().filter(column -> column.name().equals(columnName)).findFirst().orElse(null);
        }
    }

    /** A column: its name in the archive and in the database, and its JDBC type ({@link java.sql.Types}). */
    record Column(String name, String databaseName, int jdbcType) {
    }

    static AppTables read(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, Set<String>> refersTo = new LinkedHashMap<>();
        try (ResultSet rows = metadata.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String databaseName = rows.getString("TABLE_NAME");
                String name = databaseName.toLowerCase(Locale.ROOT);
                if (!NOT_BACKED_UP.contains(name)) {
                    tables.put(name, table(metadata, connection.getCatalog(), schema, databaseName));
                }
            }
        }
        for (Table table : tables.values()) {
            Set<String> parents = new LinkedHashSet<>();
            try (ResultSet keys = metadata.getImportedKeys(connection.getCatalog(), schema, table.databaseName())) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table.name()) && tables.containsKey(parent)) {
                        parents.add(parent);
                    }
                }
            }
            refersTo.put(table.name(), parents);
        }
        return new AppTables(parentsFirst(tables, refersTo));
    }

    Table table(String name) {
        return tables.stream().filter(table -> table.name().equals(name)).findFirst().orElse(null);
    }

    private static Table table(DatabaseMetaData metadata, String catalog, String schema, String databaseName)
            throws SQLException {
        List<Column> columns = new ArrayList<>();
        String identity = null;
        try (ResultSet rows = metadata.getColumns(catalog, schema, databaseName, "%")) {
            while (rows.next()) {
                String columnName = rows.getString("COLUMN_NAME");
                columns.add(new Column(columnName.toLowerCase(Locale.ROOT), columnName,
                        jdbcType(rows.getInt("DATA_TYPE"), rows.getString("TYPE_NAME"))));
                if ("YES".equals(rows.getString("IS_AUTOINCREMENT"))) {
                    identity = columnName.toLowerCase(Locale.ROOT);
                }
            }
        }
        Map<Short, String> key = new TreeMap<>();
        try (ResultSet rows = metadata.getPrimaryKeys(catalog, schema, databaseName)) {
            while (rows.next()) {
                key.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return new Table(databaseName.toLowerCase(Locale.ROOT), databaseName, List.copyOf(columns),
                List.copyOf(key.values()), identity);
    }

    /** PostgreSQL's driver calls a {@code timestamptz} a plain TIMESTAMP; it is a moment, as H2 says. */
    private static int jdbcType(int reported, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        return name.equals("timestamptz") || name.contains("with time zone") ? Types.TIMESTAMP_WITH_TIMEZONE : reported;
    }

    /** Kahn's order: a table once every table it refers to is placed; ties by name, so the order is stable. */
    private static List<Table> parentsFirst(Map<String, Table> tables, Map<String, Set<String>> refersTo) {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        List<String> names = tables.keySet().stream().sorted().toList();
        while (placed.size() < names.size()) {
            String next = names.stream().filter(name -> !placed.contains(name))
                    .filter(name -> placed.containsAll(refersTo.get(name))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Tables refer to each other in a cycle: "
                            + names.stream().filter(name -> !placed.contains(name)).toList()));
            placed.add(next);
            ordered.add(tables.get(next));
        }
        return List.copyOf(ordered);
    }
}
