package app.coulisse.outline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.SceneDraft;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.season.SeasonService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Record 038: the room sees which synopses came from the script's first action line, in English and French. */
@SuppressWarnings("unchecked")
class ScriptSynopsisTest extends KaribuTest {

    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;

    @Test
    void the_card_the_one_liner_and_the_editor_say_the_synopsis_came_from_the_script_until_it_is_edited() {
        loginAs("writer");
        long episodeId = seasonService.createEpisode("990", "Script lines").getId();
        Scene marked = scene(episodeId, "Jack stretches at the barre.", true);
        Scene written = scene(episodeId, "Jack decides to stay.", false);
        UI.getCurrent().navigate("episodes/" + episodeId + "/board");

        Span markedSynopsis = synopsisOf(marked);
        assertThat(markedSynopsis.getClassNames()).contains("synopsis-from-script");
        assertThat(markedSynopsis.getTitle()).hasValue("From the script’s first action line");
        assertThat(synopsisOf(written).getClassNames()).doesNotContain("synopsis-from-script");

        _click(_get(Button.class, spec -> spec.withId("scene-" + marked.getId() + "-open")));
        TextArea synopsis = _get(TextArea.class, spec -> spec.withId("scene-synopsis"));
        assertThat(synopsis.getHelperText()).startsWith("From the script’s first action line");
        _setValue(synopsis, "Jack warms up alone.");
        assertThat(synopsis.getHelperText()).isEqualTo("20 / 10,000 characters");
        _click(_get(Button.class, spec -> spec.withId("scene-save")));
        assertThat(outlineService.scene(marked.getId()).isSynopsisFromScript()).isFalse();
        assertThat(synopsisOf(marked).getClassNames()).doesNotContain("synopsis-from-script");

        Scene another = scene(episodeId, "Tobias counts the house.", true);
        UI.getCurrent().navigate("episodes/" + episodeId + "/one-liner");
        Grid.Column<Scene> column = _get(Grid.class).getColumnByKey("synopsis");
        assertThat(column.getPartNameGenerator().apply(outlineService.scene(another.getId())))
                .isEqualTo("synopsis-from-script");
        assertThat(column.getTooltipGenerator().apply(outlineService.scene(another.getId())))
                .isEqualTo("From the script’s first action line");
        assertThat(column.getPartNameGenerator().apply(outlineService.scene(written.getId()))).isNull();
    }

    @Test
    void in_french_the_mark_reads_french() {
        loginAs("writer");
        long episodeId = seasonService.createEpisode("991", "Lignes du script").getId();
        Scene marked = scene(episodeId, "Jack s’étire à la barre.", true);
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate("episodes/" + episodeId + "/board");

        assertThat(synopsisOf(marked).getTitle()).hasValue("Tiré de la première ligne d’action du script");
        _click(_get(Button.class, spec -> spec.withId("scene-" + marked.getId() + "-open")));
        assertThat(_get(TextArea.class, spec -> spec.withId("scene-synopsis")).getHelperText())
                .startsWith("Tiré de la première ligne d’action du script");
    }

    private Scene scene(long episodeId, String synopsis, boolean fromScript) {
        return outlineService.appendScene(episodeId, new SceneDraft("Teaser", IntExt.INT, "MBT - STAGE", TimeOfDay.DAY,
                1, 8, synopsis, null, null, List.of(), fromScript));
    }

    private static Span synopsisOf(Scene scene) {
        VerticalLayout card = _get(VerticalLayout.class, spec -> spec.withId("scene-" + scene.getId()));
        return _get(card, Span.class, spec -> spec.withClasses("scene-synopsis"));
    }
}
