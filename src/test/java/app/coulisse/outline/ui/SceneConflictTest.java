package app.coulisse.outline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.season.SeasonService;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two writers on the same scene: the second save is refused and keeps what its writer typed. */
class SceneConflictTest extends KaribuTest {

    @Autowired
    OutlineService outlineService;

    @Autowired
    SeasonService seasonService;

    @Autowired
    EntityManager entityManager;

    @Test
    void the_second_save_of_a_scene_gets_the_conflict_message_and_keeps_the_typed_text() {
        loginAs("writer");
        long episodeId = seasonService.episodeSummaries().get(0).id();
        UI.getCurrent().navigate("episodes/" + episodeId + "/board");
        Scene scene = outlineService.scenes(episodeId).get(0);
        _click(_get(Button.class, spec -> spec.withId("scene-" + scene.getId() + "-open")));
        TextArea synopsis = _get(TextArea.class, spec -> spec.withId("scene-synopsis"));
        _setValue(synopsis, "My version: Jack pitches the swap to the board.");
        _setValue(_get(TextField.class, spec -> spec.withId("scene-length")), "1 4/8");

        // Meanwhile another writer saves the same scene.
        Scene theirs = new Scene(scene.getEpisode());
        theirs.setIntExt(scene.getIntExt());
        theirs.setTimeOfDay(scene.getTimeOfDay());
        theirs.setEighths(scene.getEighths());
        theirs.setSynopsis("Their version.");
        theirs.setVersion(scene.getVersion());
        outlineService.saveScene(scene.getId(), theirs);
        entityManager.clear();

        _click(_get(Button.class, spec -> spec.withId("scene-save")));

        NotificationsKt.expectNotifications("Someone else saved scene " + scene.getNumber()
                + " while you were editing it. Nothing was overwritten and your text is still here: copy what you need,"
                + " then close and reopen the scene to see their version.");
        assertThat(_get(TextArea.class, spec -> spec.withId("scene-synopsis")).getValue())
                .isEqualTo("My version: Jack pitches the swap to the board.");
        assertThat(_get(TextField.class, spec -> spec.withId("scene-length")).getValue()).isEqualTo("1 4/8");
        assertThat(outlineService.scene(scene.getId()).getSynopsis()).isEqualTo("Their version.");
    }

    @Test
    void a_save_with_the_current_version_goes_through_and_bumps_it() {
        actAs("writer", "WRITER");
        long episodeId = seasonService.episodeSummaries().get(0).id();
        Scene scene = outlineService.scenes(episodeId).get(0);
        long version = scene.getVersion();
        Scene edited = new Scene(scene.getEpisode());
        edited.setIntExt(IntExt.EXT);
        edited.setTimeOfDay(TimeOfDay.NIGHT);
        edited.setEighths(5);
        edited.setVersion(version);
        assertThat(outlineService.saveScene(scene.getId(), edited).getVersion()).isGreaterThan(version);
    }
}
