package app.coulisse.outline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.KaribuTest;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.cast.CastService;
import app.coulisse.core.DomainException;
import app.coulisse.dance.DanceNumberDraft;
import app.coulisse.dance.DanceService;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.SceneDraft;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.season.Episode;
import app.coulisse.season.EpisodeStatus;
import app.coulisse.season.SeasonService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 14: scenes are deleted before numbers are locked, omitted after; a LOCKED episode is read-only for writers. */
class DeleteAndLockTest extends KaribuTest {

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

    @Test
    void a_writer_deletes_a_scene_before_the_lock_after_a_confirmation_listing_what_it_carries() {
        loginAs("writer");
        long episodeId = seasonService.createEpisode("960", "Delete").getId();
        Scene first = scene(episodeId, "A first scene.");
        Scene second = scene(episodeId, "The scene to delete.");
        Scene third = scene(episodeId, "A third scene.");
        long tobias = castService.characters().stream().filter(c -> c.getCastId() == 4).findFirst().orElseThrow().getId();
        castService.tag(second.getId(), tobias, true, false);
        danceService.link(second.getId(), danceService.create(DanceNumberDraft.titled("Coda")).getId(), null);
        long props = breakdownService.categories().stream().filter(c -> c.getName().equals("Props")).findFirst().orElseThrow().getId();
        breakdownService.tagElement(second.getId(), breakdownService.createElement(props, "Tiara").getId(), 1, null);
        UI.getCurrent().navigate("episodes/" + episodeId + "/board");

        _click(_get(CardButton.class, spec -> spec.withId("scene-" + second.getId() + "-delete")));

        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("scene-delete-dialog"));
        assertThat(_find(confirm, ListItem.class)).extracting(ListItem::getText)
                .containsExactly("Cast: 4. TOBIAS BELL", "Dance numbers: Coda", "Elements: Props: Tiara");
        _fireConfirm(confirm);

        assertThat(outlineService.scenes(episodeId)).extracting(Scene::getId).containsExactly(first.getId(), third.getId());
        assertThat(outlineService.scenes(episodeId)).extracting(Scene::getNumber).containsExactly("1", "2");
        _assertNone(VerticalLayout.class, spec -> spec.withId("scene-" + second.getId()));
        assertThat(castService.appearancesOf(tobias)).noneMatch(a -> a.sceneId() == second.getId());
    }

    @Test
    void the_editor_offers_delete_before_the_lock() {
        loginAs("writer");
        long episodeId = seasonService.createEpisode("961", "Delete from editor").getId();
        Scene only = scene(episodeId, "Alone.");
        UI.getCurrent().navigate("episodes/" + episodeId + "/board");
        _click(_get(Button.class, spec -> spec.withId("scene-" + only.getId() + "-open")));

        _click(_get(Button.class, spec -> spec.withId("scene-delete")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("scene-delete-dialog")));

        assertThat(outlineService.scenes(episodeId)).isEmpty();
        _assertNone(SceneEditor.class);
    }

    @Test
    void once_numbers_are_locked_a_scene_is_only_omitted() {
        loginAs("showrunner");
        long episodeId = seasonService.createEpisode("962", "Locked numbers").getId();
        Scene scene = scene(episodeId, "Kept.");
        outlineService.lockNumbers(episodeId);
        UI.getCurrent().navigate("episodes/" + episodeId + "/board");

        _assertNone(CardButton.class, spec -> spec.withId("scene-" + scene.getId() + "-delete"));
        _assertOne(CardButton.class, spec -> spec.withId("scene-" + scene.getId() + "-omit"));
        _click(_get(Button.class, spec -> spec.withId("scene-" + scene.getId() + "-open")));
        _assertNone(Button.class, spec -> spec.withId("scene-delete"));
        assertThatThrownBy(() -> outlineService.deleteScene(scene.getId())).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "scene.delete.locked");
        assertThat(outlineService.scenes(episodeId)).hasSize(1);
    }

    @Test
    void a_locked_episode_refuses_every_change_from_a_writer_in_the_services() {
        loginAs("writer");
        long episodeId = seasonService.createEpisode("963", "Locked").getId();
        Scene scene = scene(episodeId, "Final.");
        long actId = outlineService.board(episodeId).acts().getFirst().getId();
        long actVersion = outlineService.board(episodeId).acts().getFirst().getVersion();
        long tobias = castService.characters().getFirst().getId();
        Episode episode = seasonService.episode(episodeId);
        episode.setStatus(EpisodeStatus.LOCKED);

        List<Runnable> writes = List.of(
                () -> outlineService.appendScene(episodeId, draft("More.")),
                () -> outlineService.saveScene(scene.getId(), scene),
                () -> outlineService.moveSceneDown(scene.getId()),
                () -> outlineService.moveScene(scene.getId(), actId, 0),
                () -> outlineService.omitScene(scene.getId()),
                () -> outlineService.deleteScene(scene.getId()),
                () -> outlineService.addAct(episodeId, "Act Six"),
                () -> outlineService.renameAct(actId, actVersion, "Prologue"),
                () -> castService.tag(scene.getId(), tobias, true, false),
                () -> seasonService.updateEpisode(episodeId, episode));
        for (Runnable write : writes) {
            assertThatThrownBy(write::run).isInstanceOf(DomainException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "episode.locked");
        }
        assertThat(outlineService.scenes(episodeId)).extracting(Scene::getSynopsis).containsExactly("Final.");
    }

    @Test
    void the_showrunner_still_changes_a_locked_episode_and_can_reopen_it() {
        loginAs("showrunner");
        long episodeId = seasonService.createEpisode("964", "Locked, showrunner").getId();
        seasonService.episode(episodeId).setStatus(EpisodeStatus.LOCKED);

        scene(episodeId, "Added by the showrunner.");

        assertThat(outlineService.scenes(episodeId)).hasSize(1);
    }

    @Test
    void the_board_and_one_liner_say_a_locked_episode_is_read_only_and_hide_the_controls_from_writers() {
        loginAs("writer");
        long episodeId = seasonService.createEpisode("965", "Locked board").getId();
        Scene scene = scene(episodeId, "Final.");
        seasonService.episode(episodeId).setStatus(EpisodeStatus.LOCKED);

        UI.getCurrent().navigate("episodes/" + episodeId + "/board");
        assertThat(_get(Span.class, spec -> spec.withId("episode-locked")).getText()).contains("LOCKED");
        _assertNone(Button.class, spec -> spec.withId("add-act"));
        _assertNone(CardButton.class, spec -> spec.withId("scene-" + scene.getId() + "-up"));
        _click(_get(Button.class, spec -> spec.withId("scene-" + scene.getId() + "-open")));
        _assertNone(Button.class, spec -> spec.withId("scene-save"));
        _assertNone(Button.class, spec -> spec.withId("add-element"));

        UI.getCurrent().navigate("episodes/" + episodeId + "/one-liner");
        _assertOne(Span.class, spec -> spec.withId("episode-locked"));
    }

    private Scene scene(long episodeId, String synopsis) {
        return outlineService.appendScene(episodeId, draft(synopsis));
    }

    private static SceneDraft draft(String synopsis) {
        return new SceneDraft("Teaser", IntExt.INT, "MBT - STAGE", TimeOfDay.DAY, 1, 8, synopsis, null, null, List.of());
    }
}
