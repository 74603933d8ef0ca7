package app.coulisse.highlight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.breakdown.ElementLink;
import app.coulisse.highlight.Highlight;
import app.coulisse.highlight.HighlightService;
import app.coulisse.highlight.HighlightServiceTest;
import app.coulisse.highlight.Selection;
import app.coulisse.highlight.TagKind;
import app.coulisse.highlight.TagTarget;
import app.coulisse.outline.OutlineService;
import app.coulisse.screenplay.ImportMode;
import app.coulisse.screenplay.ScreenplayImportService;
import app.coulisse.screenplay.ScriptTextService;
import app.coulisse.screenplay.StoredElement;
import app.coulisse.season.SeasonService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In the scene editor, the scene's script shows each highlight in its colour, named on hover, with a legend; a
 * click on one opens its menu, which retags the words or removes the highlight and leaves the tag; a revision that
 * cut a highlight's words shows it to check.
 */
class ScriptTagPaneTest extends KaribuTest {

    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    ScreenplayImportService importService;
    @Autowired
    ScriptTextService scriptText;
    @Autowired
    HighlightService highlights;
    @Autowired
    BreakdownService breakdownService;

    private long episode;
    private long scene;
    private long wardrobe;
    private Highlight shoes;
    private Highlight waltz;

    @BeforeEach
    void aHighlightedScene() {
        loginAs("writer");
        episode = seasonService.createEpisode("173", "Marques").getId();
        importService.commit(episode, "white.fountain", HighlightServiceTest.WHITE.getBytes(StandardCharsets.UTF_8),
                ImportMode.APPEND, Set.of());
        scene = outlineService.scenes(episode).getFirst().getId();
        wardrobe = breakdownService.categories().stream().filter(c -> "Wardrobe".equals(c.getName())).findFirst()
                .orElseThrow().getId();
        shoes = highlights.highlight(scene, select("pointe shoes"), new TagTarget.Element(null, wardrobe, "ZZ pointe shoes",
                1, null));
        waltz = highlights.highlight(scene, select("waltz"), new TagTarget.DanceNumber(null, "ZZ Barre waltz", null));
    }

    @Test
    void the_scene_editor_shows_each_highlight_in_its_colour_named_on_hover_with_a_legend() {
        openSceneEditor(scene);

        Span mark = mark(shoes);
        assertThat(mark.getText()).isEqualTo("pointe shoes");
        assertThat(mark.getElement().getAttribute("title")).isEqualTo("ZZ pointe shoes");
        assertThat(mark.getStyle().get("--highlight-colour")).isEqualTo("#00ACC1");
        assertThat(mark(waltz).getElement().getAttribute("title")).isEqualTo("ZZ Barre waltz");
        assertThat(_find(_get(Div.class, spec -> spec.withId("highlight-legend")), Span.class).stream()
                .map(Span::getText)).contains("Wardrobe", "Dance numbers");
    }

    @Test
    void a_highlight_clicked_is_retagged_as_an_element_of_another_category_in_two_clicks() {
        openSceneEditor(scene);

        _click(mark(waltz));
        _click(_get(Button.class, spec -> spec.withId("highlight-as-category-" + wardrobe)));
        _click(_get(Button.class, spec -> spec.withId("highlight-tag")));

        List<Highlight> now = highlights.sceneHighlights(scene);
        assertThat(now).extracting(Highlight::kind, Highlight::name, Highlight::words).contains(
                org.assertj.core.groups.Tuple.tuple(TagKind.ELEMENT, "waltz", "waltz"));
        assertThat(now).extracting(Highlight::id).doesNotContain(waltz.id());
        assertThat(_find(Span.class, spec -> spec.withClasses("highlight-mark")).stream()
                .map(span -> span.getElement().getAttribute("title"))).contains("waltz");
    }

    @Test
    void removing_a_highlight_leaves_its_tag_in_the_scene() {
        openSceneEditor(scene);

        _click(mark(shoes));
        _click(_get(Button.class, spec -> spec.withId("highlight-remove")));

        assertThat(highlights.sceneHighlights(scene)).extracting(Highlight::id).containsExactly(waltz.id());
        assertThat(breakdownService.sceneElements(scene)).extracting(ElementLink::elementName)
                .containsExactly("ZZ pointe shoes");
        assertThat(_find(Span.class, spec -> spec.withClasses("highlight-mark")).stream()
                .map(span -> span.getElement().getAttribute("data-highlight-id")))
                .doesNotContain(String.valueOf(shoes.id()));
    }

    @Test
    void a_tag_whose_words_a_revision_cut_is_shown_to_check_in_the_scene_editor() {
        importService.revise(episode, "blue.fountain", HighlightServiceTest.BLUE.getBytes(StandardCharsets.UTF_8),
                false);

        openSceneEditor(scene);

        Div flagged = _get(Div.class, spec -> spec.withId("flagged-" + waltz.id()));
        assertThat(_get(flagged, Span.class).getText()).contains("ZZ Barre waltz", "waltz");
        _click(_get(Button.class, spec -> spec.withId("flagged-" + waltz.id() + "-checked")));
        assertThat(highlights.flagged(episode)).isEmpty();
    }

    @Test
    void what_the_revision_touches_names_each_elements_category_in_the_readers_language() {
        importService.revise(episode, "blue.fountain", HighlightServiceTest.BLUE.getBytes(StandardCharsets.UTF_8),
                false);
        loginAs("writer", java.util.Locale.FRENCH);
        UI.getCurrent().navigate("episodes/" + episode + "/board");

        _click(_get(Button.class, spec -> spec.withId("revision-reach-open")));

        Div elements = _get(Div.class, spec -> spec.withId("reach-elements"));
        assertThat(_get(elements, com.vaadin.flow.component.html.ListItem.class).getText())
                .startsWith("Costumes : ZZ pointe shoes");
    }

    @Test
    void the_script_reader_shows_the_highlights_too_and_keeps_the_text_as_text() {
        UI.getCurrent().navigate("episodes/" + episode + "/script");

        Span mark = mark(shoes);
        assertThat(mark.getText()).isEqualTo("pointe shoes");
        assertThat(mark.getElement().getAttribute("title")).isEqualTo("ZZ pointe shoes");
        assertThat(mark.getElement().getParent().getTextRecursively())
                .isEqualTo("MARISOL laces her pointe shoes by the barre. The pianist plays a waltz.");
    }

    private Span mark(Highlight highlight) {
        return _find(Span.class, spec -> spec.withClasses("highlight-mark")).stream()
                .filter(span -> String.valueOf(highlight.id()).equals(span.getElement()
                        .getAttribute("data-highlight-id"))).findFirst().orElseThrow();
    }

    private Selection select(String words) {
        StoredElement element = scriptText.sceneText(scene).stream().filter(e -> e.text().contains(words))
                .findFirst().orElseThrow();
        int start = element.text().indexOf(words);
        return new Selection(scene, element.id(), start, scene, element.id(), start + words.length());
    }
}
