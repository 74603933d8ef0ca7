package app.coulisse.live.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import app.coulisse.KaribuTest;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.SceneDraft;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.season.SeasonService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.internal.CurrentInstance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Several people's tabs ({@link Room}) on one new episode of a few teaser scenes, one per synopsis. Changes commit for
 * real here (no test transaction), so the episode is made before each test and deleted after it.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class SharedEpisodeTest extends KaribuTest {

    @Autowired
    protected SeasonService seasonService;

    @Autowired
    protected OutlineService outlineService;

    protected final Room room = new Room();
    protected long episodeId;
    protected List<Scene> scenes;

    private final String number;
    private final String title;
    private final List<String> synopses;

    protected SharedEpisodeTest(String number, String title, String... synopses) {
        this.number = number;
        this.title = title;
        this.synopses = List.of(synopses);
    }

    @BeforeEach
    void makeTheEpisode() {
        actAs("showrunner", "SHOWRUNNER");
        episodeId = seasonService.createEpisode(number, title).getId();
        for (String synopsis : synopses) {
            outlineService.appendScene(episodeId, new SceneDraft("Teaser", IntExt.INT, "STUDIO", TimeOfDay.DAY, 1, 8,
                    synopsis, null, null, List.of()));
        }
        scenes = outlineService.scenes(episodeId);
        actAsNobody();
    }

    /** Deletes the episode outside every tab, then closes the tabs. */
    @AfterEach
    void deleteTheEpisode() {
        Map<Class<?>, CurrentInstance> tab = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        actAs("showrunner", "SHOWRUNNER");
        seasonService.deleteEpisode(episodeId);
        actAsNobody();
        CurrentInstance.restoreInstances(tab);
        room.leave();
    }

    /** Opens a tab of a user on one of the episode's screens ("board", "one-liner"). */
    protected Room.Tab on(String username, String screen) {
        Room.Tab tab = room.open(() -> loginAs(username));
        UI.getCurrent().navigate("episodes/" + episodeId + "/" + screen);
        return tab;
    }

    /** The number a scene's card shows on the current tab's board. */
    protected static String numberOf(Scene scene) {
        return _get(Span.class, spec -> spec.withId("scene-" + scene.getId() + "-number")).getText();
    }
}
