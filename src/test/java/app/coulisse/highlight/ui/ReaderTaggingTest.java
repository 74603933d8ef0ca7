package app.coulisse.highlight.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * In the episode's script reader, words selected are tagged with the scene editor's menu in two clicks, shown in
 * their colour with a legend, retagged or removed from a click on them, and T repeats the last kind; a selection
 * across two scenes is refused with a translated message and changes nothing. The browser's selection arrives as the
 * event's data, exactly as the browser sends it.
 */
class ReaderTaggingTest extends KaribuTest {

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
    private long studio;
    private long rooftop;
    private long wardrobe;

    @BeforeEach
    void anEpisodeWithItsScript() {
        loginAs("writer");
        episode = seasonService.createEpisode("174", "Lecture marquée").getId();
        importService.commit(episode, "white.fountain", HighlightServiceTest.WHITE.getBytes(StandardCharsets.UTF_8),
                ImportMode.APPEND, Set.of());
        studio = outlineService.scenes(episode).get(0).getId();
        rooftop = outlineService.scenes(episode).get(1).getId();
        wardrobe = breakdownService.categories().stream().filter(c -> "Wardrobe".equals(c.getName())).findFirst()
                .orElseThrow().getId();
    }

    @Test
    void words_selected_in_the_reader_are_tagged_in_two_clicks_and_drawn_in_their_colour_with_a_legend() {
        openReader();

        release(select(studio, "pointe shoes"));
        assertThat(_get(Dialog.class, spec -> spec.withId("highlight-menu")).getHeaderTitle())
                .isEqualTo("Tag \"pointe shoes\" as");
        _click(_get(Button.class, spec -> spec.withId("highlight-as-category-" + wardrobe)));
        _click(_get(Button.class, spec -> spec.withId("highlight-tag")));

        List<Highlight> made = highlights.sceneHighlights(studio);
        assertThat(made).extracting(Highlight::kind, Highlight::words, Highlight::categoryId)
                .containsExactly(tuple(TagKind.ELEMENT, "pointe shoes", wardrobe));
        assertThat(breakdownService.sceneElements(studio)).extracting(ElementLink::elementName)
                .contains(made.getFirst().name());
        Span mark = mark(made.getFirst());
        assertThat(mark.getText()).isEqualTo("pointe shoes");
        assertThat(mark.getElement().getAttribute("title")).isEqualTo(made.getFirst().name());
        assertThat(mark.getElement().getParent().getTextRecursively())
                .isEqualTo("MARISOL laces her pointe shoes by the barre. The pianist plays a waltz.");
        assertThat(_find(_get(Div.class, spec -> spec.withId("highlight-legend")), Span.class).stream()
                .map(Span::getText)).contains("Wardrobe");
    }

    @Test
    void t_on_a_new_selection_tags_it_as_the_last_kind_without_the_menu() {
        openReader();
        release(select(studio, "pointe shoes"));
        _click(_get(Button.class, spec -> spec.withId("highlight-as-category-" + wardrobe)));
        _click(_get(Button.class, spec -> spec.withId("highlight-tag")));

        press(select(studio, "tutu"));

        _assertNone(Dialog.class, spec -> spec.withId("highlight-menu"));
        assertThat(highlights.sceneHighlights(studio)).extracting(Highlight::words, Highlight::categoryId)
                .containsExactlyInAnyOrder(tuple("pointe shoes", wardrobe),
                        tuple("tutu", wardrobe));
        assertThat(_find(Span.class, spec -> spec.withClasses("highlight-mark")).stream().map(Span::getText))
                .contains("pointe shoes", "tutu");
    }

    @Test
    void a_highlight_clicked_in_the_reader_is_removed_and_its_tag_stays() {
        Highlight shoes = highlights.highlight(studio, select(studio, "pointe shoes").selection(),
                new TagTarget.Element(null, wardrobe, "ZZ reader shoes", 1, null));
        openReader();

        _click(mark(shoes));
        _click(_get(Button.class, spec -> spec.withId("highlight-remove")));

        assertThat(highlights.sceneHighlights(studio)).isEmpty();
        assertThat(breakdownService.sceneElements(studio)).extracting(ElementLink::elementName)
                .contains("ZZ reader shoes");
        assertThat(_find(Span.class, spec -> spec.withClasses("highlight-mark"))).isEmpty();
        _assertNone(Div.class, spec -> spec.withId("highlight-legend"));
    }

    @Test
    void a_selection_across_two_scenes_is_refused_with_the_reason_and_changes_nothing() {
        openReader();
        int elementsBefore = breakdownService.sceneElements(studio).size();

        release(across());

        expectNotifications("Select words within one scene: this selection runs across two scenes.");
        _assertNone(Dialog.class, spec -> spec.withId("highlight-menu"));
        assertThat(highlights.episodeHighlights(episode)).isEmpty();
        assertThat(breakdownService.sceneElements(studio)).hasSize(elementsBefore);
        assertThat(_find(Span.class, spec -> spec.withClasses("highlight-mark"))).isEmpty();
    }

    @Test
    void the_french_reader_refuses_a_selection_across_two_scenes_in_french() {
        loginAs("writer", Locale.FRENCH);
        openReader();

        release(across());

        expectNotifications("Sélectionnez des mots d'une seule séquence : cette sélection en couvre deux.");
        assertThat(highlights.episodeHighlights(episode)).isEmpty();
    }

    @Test
    void the_production_office_reads_the_highlights_but_cannot_tag() {
        Highlight shoes = highlights.highlight(studio, select(studio, "pointe shoes").selection(),
                new TagTarget.Element(null, wardrobe, "ZZ office shoes", 1, null));
        loginAs("production");
        openReader();

        assertThat(mark(shoes).getElement().getAttribute("title")).isEqualTo("ZZ office shoes");
        assertThat(page().getElement().hasAttribute("tabindex")).isFalse();
        _click(mark(shoes));
        _assertNone(Dialog.class, spec -> spec.withId("highlight-menu"));
    }

    private void openReader() {
        UI.getCurrent().navigate("episodes/" + episode + "/script");
    }

    private static Div page() {
        return _get(Div.class, spec -> spec.withClasses("script-page"));
    }

    /** A mouse release on the page with the browser's report of the selection. */
    private static void release(SelectionReader.Read.Selected selected) {
        _fireDomEvent(page(), "mouseup", JsonNodeFactory.instance.objectNode()
                .put(HighlightTagging.ON_SELECTION, true).put(SelectionReader.SELECTION, report(selected)));
    }

    /** T pressed on the page with the browser's report of the selection. */
    private static void press(SelectionReader.Read.Selected selected) {
        _fireDomEvent(page(), "keydown", JsonNodeFactory.instance.objectNode()
                .put(HighlightTagging.ON_T, true).put(SelectionReader.SELECTION, report(selected)));
    }

    private static String report(SelectionReader.Read.Selected selected) {
        Selection s = selected.selection();
        return s.startSceneId() + "," + s.startElementId() + "," + s.startOffset() + "," + s.endSceneId() + ","
                + s.endElementId() + "," + s.endOffset();
    }

    /** From "pointe shoes" in the studio to "GAEL" on the rooftop. */
    private SelectionReader.Read.Selected across() {
        Selection from = select(studio, "pointe shoes").selection();
        Selection to = select(rooftop, "GAEL").selection();
        return new SelectionReader.Read.Selected(new Selection(studio,
                from.startElementId(), from.startOffset(), rooftop, to.endElementId(), to.endOffset()));
    }

    private SelectionReader.Read.Selected select(long scene, String words) {
        StoredElement element = scriptText.sceneText(scene).stream().filter(e -> e.text().contains(words))
                .findFirst().orElseThrow();
        int start = element.text().indexOf(words);
        return new SelectionReader.Read.Selected(new Selection(scene, element.id(), start,
                scene, element.id(), start + words.length()));
    }

    private static Span mark(Highlight highlight) {
        return _find(Span.class, spec -> spec.withClasses("highlight-mark")).stream()
                .filter(span -> String.valueOf(highlight.id()).equals(span.getElement()
                        .getAttribute("data-highlight-id"))).findFirst().orElseThrow();
    }
}
