package app.coulisse.live;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.SceneDraft;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.season.SeasonService;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two app instances on one PostgreSQL database: a change committed on this one reaches the other through
 * LISTEN/NOTIFY, and one of the other's reaches this one; who is on an episode is the same on both. Runs on the PostgreSQL of {@code .ci/postgres} only
 * (on H2 there is one instance and nothing to relay).
 */
@EnabledIfSystemProperty(named = "coulisse.test.server-db-url", matches = "jdbc:postgresql:.*")
class TwoServersNotificationTest extends ServerTest {

    @Autowired
    ChangeBus bus;

    @Autowired
    SeasonService seasonService;

    @Autowired
    OutlineService outlineService;

    @Autowired
    Presence presence;

    @Test
    void a_change_committed_on_one_server_is_delivered_on_the_other() throws Exception {
        try (ConfigurableApplicationContext other = secondServer()) {
            LinkedBlockingQueue<EpisodeChanged> onOther = new LinkedBlockingQueue<>();
            LinkedBlockingQueue<EpisodeChanged> here = new LinkedBlockingQueue<>();
            other.getBean(ChangeBus.class).subscribe(onOther::add);
            bus.subscribe(here::add);
            actAs("writer", "WRITER");
            long episodeId = seasonService.createEpisode("977", "Two servers").getId();

            outlineService.appendScene(episodeId, new SceneDraft("Teaser", IntExt.INT, "STUDIO", TimeOfDay.DAY, 1, 8,
                    "Across servers.", null, null, List.of()));
            long sent = System.nanoTime();
            EpisodeChanged received = next(onOther, episodeId, EpisodeChanged.Kind.OUTLINE);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
            System.out.printf("Two servers: the other server received the notice in %d ms%n", millis);
            assertThat(received.by()).isEqualTo("writer");
            assertThat(received.originUi()).isNull();
            assertThat(millis).isLessThan(1000);

            here.clear();
            other.getBean(OutlineService.class).appendScene(episodeId, new SceneDraft("Teaser", IntExt.EXT, "STREET",
                    TimeOfDay.NIGHT, 1, 4, "Back again.", null, null, List.of()));
            assertThat(next(here, episodeId, EpisodeChanged.Kind.OUTLINE).by()).isEqualTo("writer");
        } finally {
            deleteEpisode977();
        }
    }

    /** Presence is shared (record 057): who opens an episode on one server is in the other server's room too. */
    @Test
    void who_is_on_an_episode_on_one_server_is_seen_and_announced_on_the_other() throws Exception {
        try (ConfigurableApplicationContext other = secondServer()) {
            LinkedBlockingQueue<EpisodeChanged> onOther = new LinkedBlockingQueue<>();
            other.getBean(ChangeBus.class).subscribe(onOther::add);
            actAs("writer", "WRITER");
            long episodeId = seasonService.createEpisode("977", "Two servers").getId();

            presence.enter("here-ui-1", new Presence.Person("writer", "Rose Writer"), episodeId);
            presence.openScene("here-ui-1", 4242L);

            next(onOther, episodeId, EpisodeChanged.Kind.PRESENCE);
            Presence theirs = other.getBean(Presence.class);
            assertThat(theirs.on(episodeId)).containsExactly(new Presence.Person("writer", "Rose Writer"));
            assertThat(theirs.editing(episodeId)).containsOnlyKeys(4242L);

            presence.leave("here-ui-1");
            assertThat(theirs.on(episodeId)).isEmpty();
        } finally {
            presence.leave("here-ui-1");
            deleteEpisode977();
        }
    }

    private void deleteEpisode977() {
        actAs("showrunner", "SHOWRUNNER");
        seasonService.episodeSummaries().stream().filter(summary -> summary.number().equals("977"))
                .forEach(summary -> seasonService.deleteEpisode(summary.id()));
        SecurityContextHolder.clearContext();
    }

    private static EpisodeChanged next(LinkedBlockingQueue<EpisodeChanged> queue, long episodeId, EpisodeChanged.Kind kind)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            EpisodeChanged change = queue.poll(100, TimeUnit.MILLISECONDS);
            if (change != null && change.episodeId() == episodeId && change.kind() == kind) {
                return change;
            }
        }
        throw new AssertionError("no notice for episode " + episodeId + " within 5 s");
    }

    private static void actAs(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
    }
}
