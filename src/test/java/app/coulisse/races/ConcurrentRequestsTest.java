package app.coulisse.races;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.breakdown.ElementCategory;
import app.coulisse.cast.CastService;
import app.coulisse.cast.NewCharacter;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.DomainException;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.DanceNumberDraft;
import app.coulisse.dance.DanceService;
import app.coulisse.dance.MusicSource;
import app.coulisse.outline.Act;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.StoryCatalogService;
import app.coulisse.outline.Storyline;
import app.coulisse.season.Episode;
import app.coulisse.season.SeasonService;
import app.coulisse.security.Role;
import app.coulisse.security.UserService;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real concurrency on the real server and database: requests that race for the same unique value or the same row.
 * Exactly one wins; every other gets the conflict or the refusal the sequential case gives, never a 500; the
 * database holds the winner.
 */
class ConcurrentRequestsTest extends ServerTest {

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    CastService castService;
    @Autowired
    DanceService danceService;
    @Autowired
    BreakdownService breakdownService;
    @Autowired
    UserService userService;
    @Autowired
    StoryCatalogService storyCatalog;

    @Test
    void twenty_parallel_creates_of_one_episode_number_give_one_201_and_no_500() throws Exception {
        int threads = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int n = i;
            statuses.add(pool.submit(() -> {
                start.await();
                return send(request("/api/episodes", "writer", "etoile-room")
                        .header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofString("{\"number\":\"196\",\"title\":\"Race " + n + "\"}")))
                        .statusCode();
            }));
        }
        start.countDown();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        for (Future<Integer> status : statuses) {
            byStatus.merge(status.get(60, TimeUnit.SECONDS), 1, Integer::sum);
        }
        pool.shutdown();
        System.out.println("20 parallel POST /api/episodes with number 196: " + byStatus);
        assertThat(byStatus.get(201)).isEqualTo(1);
        assertThat(byStatus.keySet()).isSubsetOf(201, 400, 409);
        actAs("writer", "WRITER");
        assertThat(seasonService.episodeSummaries()).filteredOn(e -> e.number().equals("196")).hasSize(1);
    }

    @Test
    void two_creates_of_one_cast_id_give_one_character() throws Exception {
        List<Object> outcomes = race("WRITER", i -> () ->
                castService.createCharacter(new NewCharacter("Racer " + i, 777, null, null, false, null)));
        assertOneWins(outcomes);
        actAs("writer", "WRITER");
        assertThat(castService.characters()).filteredOn(c -> c.getCastId() == 777).hasSize(1);
    }

    @Test
    void two_creates_of_one_category_name_give_one_category() throws Exception {
        assertOneWins(race("SHOWRUNNER", i -> () -> breakdownService.createCategory("Racing " + "X", "#123456")));
        actAs("showrunner", "SHOWRUNNER");
        assertThat(breakdownService.categories()).filteredOn(c -> c.getName().equals("Racing X")).hasSize(1);
    }

    @Test
    void two_creates_of_one_company_give_one_company() throws Exception {
        assertOneWins(race("WRITER", i -> () -> seasonService.addCompany("Racing Ballet", "Paris", null, "#123456")));
    }

    @Test
    void two_creates_of_one_user_name_give_one_user() throws Exception {
        assertOneWins(race("SHOWRUNNER", i -> () ->
                userService.createUser("racer", "Racer " + i, Role.WRITER, "a-long-enough-passphrase-" + i)));
    }

    @Test
    void two_saves_of_one_episode_give_one_winner() throws Exception {
        actAs("writer", "WRITER");
        Episode episode = seasonService.createEpisode("197", "Before");
        List<Object> outcomes = race("WRITER", i -> () -> {
            Episode edited = new Episode(episode.getSeries(), "197", "Title " + i);
            edited.setVersion(episode.getVersion());
            return seasonService.updateEpisode(episode.getId(), edited);
        });
        assertOneWins(outcomes);
        actAs("writer", "WRITER");
        assertThat(seasonService.episode(episode.getId()).getTitle()).isEqualTo("Title " + winner(outcomes));
    }

    @Test
    void two_saves_of_one_scene_give_one_winner() throws Exception {
        actAs("writer", "WRITER");
        long episodeId = seasonService.episodeSummaries().get(0).id();
        Scene scene = outlineService.scenes(episodeId).get(0);
        List<Object> outcomes = race("WRITER", i -> () -> {
            Scene loaded = outlineService.scene(scene.getId());
            Scene edited = new Scene(loaded.getEpisode());
            edited.setIntExt(loaded.getIntExt());
            edited.setTimeOfDay(loaded.getTimeOfDay());
            edited.setEighths(loaded.getEighths());
            edited.setSynopsis("Synopsis " + i);
            edited.setVersion(scene.getVersion());
            return outlineService.saveScene(scene.getId(), edited);
        });
        assertOneWins(outcomes);
        actAs("writer", "WRITER");
        assertThat(outlineService.scene(scene.getId()).getSynopsis()).isEqualTo("Synopsis " + winner(outcomes));
    }

    @Test
    void two_saves_of_one_character_give_one_winner() throws Exception {
        actAs("writer", "WRITER");
        StoryCharacter character = castService.createCharacter(new NewCharacter("Duellist", null, null, null, false, null));
        List<Object> outcomes = race("WRITER", i -> () -> {
            StoryCharacter loaded = castService.character(character.getId());
            return castService.updateCharacter(character.getId(), character.getVersion(),
                    new NewCharacter("Duellist", loaded.getCastId(), "Performer " + i, null, false, null));
        });
        assertOneWins(outcomes);
        actAs("writer", "WRITER");
        assertThat(castService.character(character.getId()).getPerformer()).isEqualTo("Performer " + winner(outcomes));
    }

    @Test
    void two_saves_of_one_dance_number_give_one_winner() throws Exception {
        actAs("writer", "WRITER");
        DanceNumber number = danceService.create(draft("Racing Waltz", "Before"));
        List<Object> outcomes = race("WRITER", i -> () -> {
            return danceService.update(number.getId(), number.getVersion(), draft("Racing Waltz", "Choreographer " + i));
        });
        assertOneWins(outcomes);
        actAs("writer", "WRITER");
        assertThat(danceService.danceNumber(number.getId()).getChoreographer()).isEqualTo("Choreographer " + winner(outcomes));
    }

    @Test
    void two_saves_of_one_category_give_one_winner() throws Exception {
        actAs("showrunner", "SHOWRUNNER");
        ElementCategory category = breakdownService.createCategory("Racing Y", "#654321");
        List<Object> outcomes = race("SHOWRUNNER", i -> () -> {
            return breakdownService.updateCategory(category.getId(), category.getVersion(), "Racing Y" + i, "#654321");
        });
        assertOneWins(outcomes);
        actAs("showrunner", "SHOWRUNNER");
        assertThat(breakdownService.category(category.getId()).getName()).isEqualTo("Racing Y" + winner(outcomes));
    }

    @Test
    void two_renames_of_one_act_give_one_winner() throws Exception {
        actAs("writer", "WRITER");
        Episode episode = seasonService.createEpisode("198", "Acts racing");
        Act act = outlineService.addAct(episode.getId(), "Coda");
        List<Object> outcomes = race("WRITER", i -> () -> outlineService.renameAct(act.getId(), act.getVersion(), "Coda " + i));
        assertOneWins(outcomes);
        actAs("writer", "WRITER");
        assertThat(outlineService.board(episode.getId()).acts()).filteredOn(a -> a.getId().equals(act.getId()))
                .singleElement().extracting(Act::getName).isEqualTo("Coda " + winner(outcomes));
    }

    @Test
    void two_edits_of_one_storyline_give_one_winner() throws Exception {
        actAs("writer", "WRITER");
        Storyline storyline = storyCatalog.addStoryline("R", "Racing", "#112233");
        List<Object> outcomes = race("WRITER", i -> () ->
                storyCatalog.updateStoryline(storyline.getId(), storyline.getVersion(), "Racing " + i, "#112233"));
        assertOneWins(outcomes);
        actAs("writer", "WRITER");
        assertThat(storyCatalog.storylines()).filteredOn(line -> line.getId().equals(storyline.getId()))
                .singleElement().extracting(Storyline::getName).isEqualTo("Racing " + winner(outcomes));
    }

    private static DanceNumberDraft draft(String title, String choreographer) {
        return new DanceNumberDraft(title, null, choreographer, null, null, null, MusicSource.PLAYBACK, null, null,
                Set.of(), 0, java.math.BigDecimal.ZERO, null, null, null);
    }

    /** Something one racer does; its result or what it threw is its outcome. */
    @FunctionalInterface
    interface Write {
        Object run() throws Exception;
    }

    /**
     * Two threads, each in its own transaction, wait for each other, then write; saves carry the version the test
     * read before the race (two people who opened the same form). Each outcome is the index of the racer that
     * committed, or the exception the other got.
     */
    private List<Object> race(String role, IntFunction<Write> write) throws Exception {
        return Races.twice(role.toLowerCase(), role, (racer, bothLoaded) ->
                new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    try {
                        bothLoaded.run();
                        write.apply(racer).run();
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
    }

    private static void assertOneWins(List<Object> outcomes) {
        assertThat(outcomes).filteredOn(Integer.class::isInstance).as("winners in %s", outcomes).hasSize(1);
        assertThat(outcomes).filteredOn(RuntimeException.class::isInstance).singleElement()
                .satisfies(loser -> assertThat(loser).as("the loser's refusal: %s", loser)
                        .isInstanceOfAny(DomainException.class, ConcurrencyFailureException.class));
    }

    private static int winner(List<Object> outcomes) {
        return Races.winner(outcomes);
    }

    private static void actAs(String username, String role) {
        Races.actAs(username, role);
    }
}
