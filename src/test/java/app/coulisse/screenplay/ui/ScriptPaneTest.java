package app.coulisse.screenplay.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.outline.OutlineService;
import app.coulisse.screenplay.ImportMode;
import app.coulisse.screenplay.ScreenplayImportService;
import app.coulisse.screenplay.ScriptTextService;
import app.coulisse.screenplay.StoredElement;
import app.coulisse.season.SeasonService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The scene editor's script pane: the text as in the reader, and a Fountain field that replaces the body. */
class ScriptPaneTest extends KaribuTest {

    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    ScreenplayImportService importService;
    @Autowired
    ScriptTextService texts;

    private long scene;

    @BeforeEach
    void aSceneWithText() {
        loginAs("writer");
        long episode = seasonService.createEpisode("198", "Panneau").getId();
        importService.commit(episode, "pane.fountain", """
                INT. PANE STUDIO - DAY

                NINA stretches.
                """.getBytes(StandardCharsets.UTF_8), ImportMode.APPEND, Set.of());
        scene = outlineService.scenes(episode).getFirst().getId();
    }

    @Test
    void a_writer_pastes_the_scenes_text_as_fountain_and_it_is_stored_as_typed_elements() {
        openSceneEditor(scene);
        TextArea fountain = _get(TextArea.class, spec -> spec.withId("script-fountain"));
        assertThat(fountain.getValue()).isEqualTo("NINA stretches.\n");

        _setValue(fountain, "NINA stretches.\n\nNINA\n(breathless)\nAgain.\n");
        _click(_get(Button.class, spec -> spec.withId("script-save")));

        assertThat(fountain.isInvalid()).isFalse();
        assertThat(texts.sceneText(scene)).extracting(StoredElement::text)
                .containsExactly("INT. PANE STUDIO - DAY", "NINA stretches.", "NINA", "(breathless)", "Again.");
    }

    @Test
    void a_paste_with_a_second_heading_is_refused_at_the_field_and_nothing_changes() {
        List<StoredElement> before = texts.sceneText(scene);
        openSceneEditor(scene);
        TextArea fountain = _get(TextArea.class, spec -> spec.withId("script-fountain"));

        _setValue(fountain, "NINA stretches.\n\nEXT. GARDEN - NIGHT\n\nRain.\n");
        _click(_get(Button.class, spec -> spec.withId("script-save")));

        assertThat(fountain.isInvalid()).isTrue();
        assertThat(fountain.getErrorMessage()).isEqualTo(
                "The text holds a second scene heading: paste one scene's text at a time. Nothing was changed.");
        assertThat(texts.sceneText(scene)).isEqualTo(before);
    }

    @Test
    void production_reads_the_pane_without_the_fountain_field() {
        loginAs("production");
        openSceneEditor(scene);

        assertThat(_find(Div.class, spec -> spec.withClasses("script-action"))).hasSize(1);
        _assertNone(TextArea.class, spec -> spec.withId("script-fountain"));
    }
}
