package app.coulisse;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Properties;

/** Run in its own JVM by {@link DatabaseDurabilityTest}: commits rows one by one, then halts like kill -9. */
public final class CrashingWriter {

    static final int ROWS = 20;
    static final int HALT_STATUS = 137;

    private CrashingWriter() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(appUrl(Path.of(args[0])), "coulisse", "")) {
            connection.createStatement().execute("create table crash_probe (id int primary key)");
            try (PreparedStatement insert = connection.prepareStatement("insert into crash_probe values (?)")) {
                for (int i = 1; i <= ROWS; i++) {
                    insert.setInt(1, i);
                    insert.executeUpdate();
                }
            }
            Runtime.getRuntime().halt(HALT_STATUS);
        }
    }

    /** The app's own datasource URL from application.properties, pointed at the given data directory. */
    static String appUrl(Path dataDir) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = CrashingWriter.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("spring.datasource.url").replace("${coulisse.data-dir}", dataDir.toString());
    }
}
