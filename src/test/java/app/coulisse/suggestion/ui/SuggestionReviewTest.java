package app.coulisse.suggestion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.coulisse.KaribuTest;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.breakdown.ElementLink;
import app.coulisse.cast.CastService;
import app.coulisse.cast.NewCharacter;
import app.coulisse.cast.SceneAppearance;
import app.coulisse.outline.OutlineService;
import app.coulisse.screenplay.ImportMode;
import app.coulisse.screenplay.ScreenplayImportService;
import app.coulisse.season.SeasonService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Like a writer after an import: the card counts the scene's suggestions, the editor shows each with its line (a
 * script holding HTML stays text) and tags only what the writer accepts; the production office sees no buttons.
 */
class SuggestionReviewTest extends KaribuTest {

    private static final String SCRIPT = """
            INT. XQ STUDIO - DAY

            Xanthe ties a XQ RIBBON <b>twice</b>. XQ SPARKLERS hiss.
            """;

    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    CastService castService;
    @Autowired
    BreakdownService breakdownService;
    @Autowired
    ScreenplayImportService importService;
    @Autowired
    JdbcTemplate jdbc;

    private long episode;
    private long sceneId;

    @BeforeEach
    void anImportedScene() {
        loginAs("writer");
        castService.createCharacter(new NewCharacter("Xanthe Oriel", null, null, null, false, null));
        episode = seasonService.createEpisode("172", "Revue").getId();
        importService.commit(episode, "xq.fountain", SCRIPT.getBytes(StandardCharsets.UTF_8), ImportMode.APPEND,
                Set.of());
        sceneId = outlineService.scenes(episode).getFirst().getId();
    }

    @Test
    void the_card_counts_the_suggestions_and_the_editor_tags_only_what_the_writer_accepts() {
        UI.getCurrent().navigate("episodes/" + episode + "/board");
        assertThat(_get(Span.class, spec -> spec.withClasses("suggestion-badge")).getText()).isEqualTo("✦ 3");

        openSceneEditor(sceneId);
        List<Div> rows = _find(Div.class, spec -> spec.withClasses("suggestion-row"));
        assertThat(rows).hasSize(3);
        Div ribbon = rows.get(1);
        assertThat(_get(ribbon, Span.class, spec -> spec.withClasses("suggestion-words")).getText())
                .isEqualTo("XQ RIBBON");
        assertThat(texts(_get(ribbon, Div.class, spec -> spec.withClasses("suggestion-evidence"))))
                .isEqualTo("Xanthe ties a |XQ RIBBON| <b>twice</b>. XQ SPARKLERS hiss.");
        assertThat(castService.sceneCast(sceneId)).isEmpty();
        assertThat(breakdownService.sceneElements(sceneId)).isEmpty();

        _click(_get(rows.get(0), Button.class, spec -> spec.withClasses("suggestion-accept")));
        _click(_get(_find(Div.class, spec -> spec.withClasses("suggestion-row")).get(0), Button.class,
                spec -> spec.withClasses("suggestion-reject")));

        assertThat(castService.sceneCast(sceneId)).extracting(SceneAppearance::name, SceneAppearance::speaking)
                .containsExactly(tuple("Xanthe Oriel", false));
        assertThat(breakdownService.sceneElements(sceneId)).extracting(ElementLink::elementName).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("suggestion-row"))).hasSize(1);
    }

    @Test
    void suggest_tags_reads_the_scene_again_and_brings_back_neither_the_rejected_nor_the_accepted() {
        openSceneEditor(sceneId);
        _click(_get(_find(Div.class, spec -> spec.withClasses("suggestion-row")).get(0), Button.class,
                spec -> spec.withClasses("suggestion-accept")));
        _click(_get(_find(Div.class, spec -> spec.withClasses("suggestion-row")).get(0), Button.class,
                spec -> spec.withClasses("suggestion-reject")));
        String left = _get(Div.class, spec -> spec.withClasses("suggestion-row")).getId().orElseThrow();

        _click(_get(Button.class, spec -> spec.withId("suggestions-refresh")));

        expectNotifications("Suggestions waiting for review: 1.");
        assertThat(_find(Div.class, spec -> spec.withClasses("suggestion-row"))).singleElement()
                .satisfies(row -> assertThat(row.getId()).contains(left));
    }

    @Test
    void the_episode_lists_its_suggestions_and_suggests_again_for_every_scene() {
        UI.getCurrent().navigate("episodes/" + episode + "/board");
        Button open = _get(Button.class, spec -> spec.withId("episode-suggestions"));
        assertThat(open.getText()).isEqualTo("Suggestions (3)");
        _click(open);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("episode-suggestions-list")))).isEqualTo(3);

        jdbc.update("delete from scene_suggestion");
        _click(_get(Button.class, spec -> spec.withId("episode-suggestions-refresh")));

        expectNotifications("Suggestions waiting for review: 3.");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("episode-suggestions-list")))).isEqualTo(3);
        assertThat(open.getText()).isEqualTo("Suggestions (3)");
    }

    @Test
    void the_production_office_reads_the_suggestions_without_buttons() {
        loginAs("production");
        openSceneEditor(sceneId);

        assertThat(_find(Div.class, spec -> spec.withClasses("suggestion-row"))).hasSize(3);
        assertThat(_find(Button.class, spec -> spec.withClasses("suggestion-accept"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("suggestions-accept-all"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("suggestions-refresh"))).isEmpty();
        UI.getCurrent().navigate("episodes/" + episode + "/board");
        _click(_get(Button.class, spec -> spec.withId("episode-suggestions")));
        assertThat(_find(Button.class, spec -> spec.withId("episode-suggestions-refresh"))).isEmpty();
    }

    private static String texts(Div evidence) {
        StringBuilder text = new StringBuilder();
        evidence.getChildren().map(Component::getElement).forEach(span -> text.append(text.isEmpty() ? "" : "|")
                .append(span.getText()));
        return text.toString();
    }
}
