package app.coulisse.live;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.cast.CastService;
import app.coulisse.cast.NewCharacter;
import app.coulisse.dance.DanceNumberDraft;
import app.coulisse.dance.DanceService;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.SceneDraft;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.season.SeasonService;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 27: a delete that removes an episode's scene or tags in one statement (which Hibernate's events never see)
 * still tells the live room, after its commit, that the episode changed: open boards drop the stale badge. Changes
 * commit for real here; the test makes its own episode, tags and catalogue entries, and deletes them.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class BulkDeletesAnnouncedTest extends SpringAppTest {

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
    ChangeBus bus;

    private final BlockingQueue<EpisodeChanged> notices = new LinkedBlockingQueue<>();
    private Runnable unsubscribe;
    private long episodeId;
    private long sceneId;

    @BeforeEach
    void anEpisodeOfOneScene() {
        unsubscribe = bus.subscribe(notices::add);
        actAs("showrunner", "SHOWRUNNER");
        episodeId = seasonService.createEpisode("916", "Bulk deletes").getId();
        sceneId = outlineService.appendScene(episodeId, new SceneDraft("Teaser", IntExt.INT, "STUDIO", TimeOfDay.DAY,
                1, 8, "Only scene.", null, null, List.of())).getId();
        actAs("writer", "WRITER");
    }

    @AfterEach
    void deleteTheEpisode() {
        unsubscribe.run();
        actAs("showrunner", "SHOWRUNNER");
        seasonService.deleteEpisode(episodeId);
        actAsNobody();
    }

    @Test
    void deleting_the_last_scene_of_an_episode_is_announced() throws InterruptedException {
        outlineService.deleteScene(sceneId);
        assertAnnouncedBy("writer");
    }

    @Test
    void deleting_every_scene_of_an_episode_is_announced() throws InterruptedException {
        outlineService.deleteScenes(episodeId);
        assertAnnouncedBy("writer");
    }

    @Test
    void deleting_a_dance_number_tagged_in_the_episode_is_announced() throws InterruptedException {
        long number = danceService.create(DanceNumberDraft.titled("Bulk tango")).getId();
        danceService.link(sceneId, number, null);
        assertAnnouncedBy("writer");
        danceService.delete(number);
        assertAnnouncedBy("writer");
    }

    @Test
    void deleting_an_element_tagged_in_the_episode_is_announced() throws InterruptedException {
        long category = breakdownService.categories().getFirst().getId();
        long element = breakdownService.createElement(category, "Bulk umbrella").getId();
        breakdownService.tagElement(sceneId, element, 1, null);
        assertAnnouncedBy("writer");
        breakdownService.deleteElement(element);
        assertAnnouncedBy("writer");
    }

    @Test
    void deleting_a_character_tagged_in_the_episode_is_announced() throws InterruptedException {
        long character = castService.createCharacter(new NewCharacter("BULK EXTRA", null, null, null, false, null))
                .getId();
        castService.tag(sceneId, character, false, false);
        assertAnnouncedBy("writer");
        castService.deleteCharacter(character);
        assertAnnouncedBy("writer");
    }

    /**
     * The user's next notice for the episode arrives (the showrunner's of the set-up are passed over). Notices are
     * delivered in order on the bus's own thread, so the notice of an earlier change is taken before the one under test.
     */
    private void assertAnnouncedBy(String username) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        EpisodeChanged notice;
        do {
            notice = notices.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } while (notice != null && (notice.episodeId() != episodeId || !username.equals(notice.by())));
        assertThat(notice).as("a notice by %s for episode 916", username).isNotNull();
        assertThat(notice.kind()).isEqualTo(EpisodeChanged.Kind.OUTLINE);
    }
}
