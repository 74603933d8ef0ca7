package app.coulisse.live;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.MovableClock;
import app.coulisse.SpringAppTest;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Presence in the table every server of a PostgreSQL room shares (record 057), on the embedded database's copy of
 * it: what one server's screens enter, another server sees; a server that dies fades out; one that stops leaves.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SharedPresenceStoreTest extends SpringAppTest {

    private static final Presence.Person ROSE = new Presence.Person("writer", "Rose Writer");

    @Autowired
    JdbcClient jdbc;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T20:00:00Z"));
    private SharedPresenceStore serverA;
    private SharedPresenceStore serverB;

    @BeforeEach
    void twoServers() {
        jdbc.sql("delete from presence_screen").update();
        serverA = new SharedPresenceStore(jdbc, clock);
        serverB = new SharedPresenceStore(jdbc, clock);
    }

    @AfterEach
    void stop() {
        serverA.close();
        serverB.close();
    }

    @Test
    void a_screen_entered_on_one_server_is_seen_on_the_other_until_it_leaves() {
        serverA.put("ui-1", new Presence.Entry(ROSE, 7, null));
        serverA.put("ui-1", new Presence.Entry(ROSE, 7, 70L));

        assertThat(serverB.onEpisode(7)).containsExactly(new Presence.Entry(ROSE, 7, 70L));
        assertThat(serverB.displayName("writer")).contains("Rose Writer");
        assertThat(serverB.count()).isOne();

        assertThat(serverA.remove("ui-1")).contains(new Presence.Entry(ROSE, 7, 70L));
        assertThat(serverB.onEpisode(7)).isEmpty();
    }

    @Test
    void the_screens_of_a_server_that_died_fade_out_and_a_living_one_keeps_its_own() {
        serverA.put("ui-dead", new Presence.Entry(ROSE, 7, null));
        serverB.put("ui-alive", new Presence.Entry(new Presence.Person("showrunner", "Sam Lead"), 7, null));

        clock.advance(SharedPresenceStore.HEARTBEAT.multipliedBy(4));
        serverB.markSeen(); // server A was killed: it no longer marks its rows
        clock.advance(SharedPresenceStore.FADE_AFTER.minus(SharedPresenceStore.HEARTBEAT));

        assertThat(serverB.onEpisode(7)).extracting(entry -> entry.person().username()).containsExactly("showrunner");
    }

    @Test
    void a_server_that_stops_takes_its_screens_with_it_at_once() {
        serverA.put("ui-1", new Presence.Entry(ROSE, 7, null));
        serverA.close();
        assertThat(serverB.onEpisode(7)).isEmpty();
    }
}
