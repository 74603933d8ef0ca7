package app.coulisse.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Presence in a table every server of the database reads (record 057). Each server marks its own rows as seen every
 * {@link #HEARTBEAT}; rows not seen for {@link #FADE_AFTER} belong to a server that died and no longer count, so a
 * killed server's users leave the room's avatars within a minute without anyone cleaning up.
 */
class SharedPresenceStore implements PresenceStore, AutoCloseable {

    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    static final Duration FADE_AFTER = Duration.ofSeconds(45);
    private static final Logger log = LoggerFactory.getLogger(SharedPresenceStore.class);
    private static final String COLUMNS = "username, display_name, episode_id, scene_id";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String server = UUID.randomUUID().toString();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("coulisse-presence").daemon().factory());

    SharedPresenceStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        long every = HEARTBEAT.toMillis();
        heartbeat.scheduleWithFixedDelay(this::markSeen, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public Optional<Presence.Entry> put(String screen, Presence.Entry entry) {
        Optional<Presence.Entry> before = get(screen);
        Presence.Person person = entry.person();
        Object[] values = {person.username(), person.displayName(), entry.episodeId(), entry.sceneId(), now(), screen};
        if (jdbc.sql("update presence_screen set username = ?, display_name = ?, episode_id = ?, scene_id = ?,"
                + " seen_at = ? where screen = ?").params(values).update() == 0) {
            jdbc.sql("insert into presence_screen (" + COLUMNS + ", seen_at, screen, server)"
                    + " values (?, ?, ?, ?, ?, ?, ?)").params(values).param(server).update();
        }
        return before;
    }

    @Override
    public Optional<Presence.Entry> get(String screen) {
        return jdbc.sql("select " + COLUMNS + " from presence_screen where screen = ?").param(screen)
                .query(SharedPresenceStore::entry).optional();
    }

    @Override
    public Optional<Presence.Entry> remove(String screen) {
        Optional<Presence.Entry> before = get(screen);
        jdbc.sql("delete from presence_screen where screen = ?").param(screen).update();
        return before;
    }

    @Override
    public List<Presence.Entry> onEpisode(long episodeId) {
        return jdbc.sql("select " + COLUMNS + " from presence_screen where episode_id = ? and seen_at > ?"
                        + " order by screen").params(episodeId, fadedBefore()).query(SharedPresenceStore::entry).list();
    }

    @Override
    public Optional<String> displayName(String username) {
        return jdbc.sql("select display_name from presence_screen where username = ? and seen_at > ? order by screen")
                .params(username, fadedBefore()).query(String.class).list().stream().findFirst();
    }

    @Override
    public int count() {
        return jdbc.sql("select count(*) from presence_screen where seen_at > ?").param(fadedBefore())
                .query(Integer.class).single();
    }

    /** Leaves the room with this server: its screens are gone at once for the others. */
    @Override
    public void close() {
        heartbeat.shutdownNow();
        try {
            jdbc.sql("delete from presence_screen where server = ?").param(server).update();
        } catch (DataAccessException closing) {
            log.debug("Could not clear this server's presence on the way out; it fades out instead", closing);
        }
    }

    /** Marks this server's screens as seen now (the heartbeat), and drops rows long faded. */
    void markSeen() {
        try {
            jdbc.sql("update presence_screen set seen_at = ? where server = ?").params(now(), server).update();
            jdbc.sql("delete from presence_screen where seen_at < ?")
                    .param(Timestamp.from(clock.instant().minus(FADE_AFTER.multipliedBy(10)))).update();
        } catch (DataAccessException unreachable) {
            log.warn("Could not mark this server's presence as seen; retrying in {}", HEARTBEAT, unreachable);
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private Timestamp fadedBefore() {
        return Timestamp.from(clock.instant().minus(FADE_AFTER));
    }

    private static Presence.Entry entry(ResultSet row, int number) throws SQLException {
        long sceneId = row.getLong(4);
        return new Presence.Entry(new Presence.Person(row.getString(1), row.getString(2)), row.getLong(3),
                row.wasNull() ? null : sceneId);
    }
}
