package app.coulisse.live;

import app.coulisse.core.Databases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the change notices between the servers of one database: each server sends its committed changes
 * and its changes of presence with {@code NOTIFY coulisse_changes} and listens on one connection of its own
 * ({@code LISTEN}), handing the other servers' notices to its {@link ChangeBus}. On any other database (H2) it does nothing: one server, notices in
 * memory (record 033).
 */
@Component
class PostgresNotifications implements ChangeRelay, SmartLifecycle {

    static final String CHANNEL = "coulisse_changes";
    private static final Logger log = LoggerFactory.getLogger(PostgresNotifications.class);

    private final DataSource dataSource;
    private final ChangeBus bus;
    private final String instance = UUID.randomUUID().toString();
    private volatile boolean running;
    private Thread listener;
    private ExecutorService sender;

    PostgresNotifications(DataSource dataSource, ChangeBus bus) {
        this.dataSource = dataSource;
        this.bus = bus;
    }

    @Override
    public void start() {
        if (!Databases.isPostgres(dataSource)) {
            return;
        }
        running = true;
        sender = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("coulisse-notify").daemon().factory());
        listener = Thread.ofPlatform().name("coulisse-listen").daemon().start(this::listen);
        bus.relayTo(this);
        log.info("Change notices between servers through PostgreSQL LISTEN/NOTIFY on '{}'", CHANNEL);
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
            sender.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void send(EpisodeChanged change) {
        if (!running) {
            return;
        }
        String payload = encode(instance, change);
        sender.execute(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                notify.setString(1, CHANNEL);
                notify.setString(2, payload);
                notify.execute();
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            } catch (SQLException failed) {
                log.warn("Could not notify the other servers of {}", change, failed);
            }
        });
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(500);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            receive(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException lost) {
                if (running) {
                    log.warn("Lost the notification connection; listening again in a second", lost);
                    pause();
                }
            }
        }
    }

    private void receive(String payload) {
        String[] parts = payload.split("\t", 5);
        if (parts.length < 4 || parts[0].equals(instance)) {
            return;
        }
        try {
            bus.deliver(new EpisodeChanged(EpisodeChanged.Kind.valueOf(parts[1]), Long.parseLong(parts[2]),
                    parts.length > 4 ? parts[4] : null, Instant.ofEpochMilli(Long.parseLong(parts[3])), null));
        } catch (IllegalArgumentException unreadable) {
            log.warn("Ignored an unreadable change notice: {}", payload);
        }
    }

    /** instance, kind, episode, epoch millis, user name (last: the only field that may hold anything). */
    static String encode(String instance, EpisodeChanged change) {
        return instance + "\t" + change.kind() + "\t" + change.episodeId() + "\t" + change.at().toEpochMilli()
                + (change.by() == null ? "" : "\t" + change.by());
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
