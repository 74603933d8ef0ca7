package app.coulisse.core;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Which database the app runs on: PostgreSQL is shared by every server of a room, the embedded H2 by one. */
public final class Databases {

    private Databases() {
    }

    /** True when the data source is PostgreSQL; false for H2 or when the database cannot be reached. */
    public static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return isPostgres(connection);
        } catch (SQLException unreachable) {
            return false;
        }
    }

    /** True when the connection is to PostgreSQL. */
    public static boolean isPostgres(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }
}
