package app.coulisse.screenplay.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.ui.CardButton;
import app.coulisse.outline.ui.SceneEditor;
import app.coulisse.screenplay.ImportMode;
import app.coulisse.screenplay.ScreenplayImportService;
import app.coulisse.season.SeasonService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The script reader shows an episode as a screenplay: numbers in both margins, OMITTED scenes as such, an asterisk
 * exactly on the elements the current revision changed, every text as text; one click from a card to the scene's
 * text and one back; a constant number of statements whatever the number of scenes.
 */
class ScriptReaderViewTest extends KaribuTest {

    static final String WHITE = """
            INT. READER STUDIO - DAY #1#

            MAYA opens <img src=x onerror=alert(1)> the door.

            MAYA
            (softly)
            One more time.

            EXT. READER ROOF - NIGHT #2#

            Lucas looks at the city.

            INT. READER CORRIDOR - DAY #3#

            Nobody.
            """;

    static final String BLUE = """
            INT. READER STUDIO - DAY #1#

            MAYA opens <img src=x onerror=alert(1)> the door.

            MAYA
            (softly)
            One last time.

            EXT. READER ROOF - NIGHT #2#

            Lucas looks at the city.

            INT. READER CORRIDOR - DAY #3#

            Nobody.
            """;

    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    ScreenplayImportService importService;
    @Autowired
    EntityManager entityManager;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    private long episode;

    @BeforeEach
    void anEpisodeWithItsText() {
        loginAs("writer");
        episode = seasonService.createEpisode("195", "Lecture").getId();
        importService.commit(episode, "white.fountain", bytes(WHITE), ImportMode.APPEND, Set.of());
    }

    @Test
    void the_reader_lays_out_the_scenes_with_numbers_in_both_margins_and_text_kept_as_text() {
        UI.getCurrent().navigate("episodes/" + episode + "/script");

        Div studio = _get(Div.class, spec -> spec.withId("script-scene-" + scene("1").getId()));
        Div heading = _get(studio, Div.class, spec -> spec.withClasses("script-heading"));
        assertThat(_get(heading, Span.class, spec -> spec.withClasses("script-number-left")).getText()).isEqualTo("1");
        assertThat(_get(heading, Span.class, spec -> spec.withClasses("script-number-right")).getText()).isEqualTo("1");
        assertThat(texts(studio, "script-action")).containsExactly("MAYA opens <img src=x onerror=alert(1)> the door.");
        assertThat(texts(studio, "script-character")).containsExactly("MAYA");
        assertThat(texts(studio, "script-parenthetical")).containsExactly("(softly)");
        assertThat(texts(studio, "script-dialogue")).containsExactly("One more time.");
        assertThat(_find(Html.class)).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("revised"))).isEmpty();
    }

    @Test
    void after_a_revision_only_the_changed_line_carries_the_asterisk_and_an_omitted_scene_shows_omitted() {
        importService.revise(episode, "blue.fountain", bytes(BLUE), false);
        outlineService.omitScene(scene("3").getId());

        UI.getCurrent().navigate("episodes/" + episode + "/script");

        assertThat(_find(Div.class, spec -> spec.withClasses("revised"))).extracting(ScriptReaderViewTest::text)
                .containsExactly("One last time.");
        assertThat(_get(Span.class, spec -> spec.withId("script-revision")).getText()).contains("Blue");
        Div corridor = _get(Div.class, spec -> spec.withId("script-scene-" + scene("3").getId()));
        assertThat(corridor.getClassNames()).contains("omitted");
        assertThat(text(_get(corridor, Div.class, spec -> spec.withClasses("script-heading")))).isEqualTo("OMITTED");
        assertThat(texts(corridor, "script-action")).isEmpty();
    }

    @Test
    void one_click_from_a_card_to_the_scenes_text_and_one_back_to_the_card() {
        long roof = scene("2").getId();
        UI.getCurrent().navigate("episodes/" + episode + "/board");

        _click(_get(CardButton.class, spec -> spec.withId("scene-" + roof + "-script")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("episodes/" + episode + "/script?scene=" + roof);
        assertThat(_get(Div.class, spec -> spec.withId("script-scene-" + roof)).getClassNames())
                .contains("script-scene-wanted");

        _click(_get(Button.class, spec -> spec.withId("script-scene-" + roof + "-card")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("episodes/" + episode + "/board");
        assertThat(_get(SceneEditor.class, spec -> spec.withId("scene-editor")).isVisible()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_one_liner_row_opens_the_scenes_text() {
        long studio = scene("1").getId();
        UI.getCurrent().navigate("episodes/" + episode + "/one-liner");
        Grid<Scene> oneLiner = _get(Grid.class, spec -> spec.withId("one-liner"));

        Button open = (Button) GridKt._getCellComponent(oneLiner, 0, "script");
        assertThat(open.getId()).hasValue("scene-" + studio + "-script");
        _click(open);

        assertThat(_get(Div.class, spec -> spec.withId("script-scene-" + studio)).getClassNames())
                .contains("script-scene-wanted");
    }

    @Test
    void the_french_reader_says_omitted_in_french() {
        outlineService.omitScene(scene("3").getId());
        loginAs("writer", Locale.FRENCH);

        UI.getCurrent().navigate("episodes/" + episode + "/script");

        Div corridor = _get(Div.class, spec -> spec.withId("script-scene-" + scene("3").getId()));
        assertThat(text(_get(corridor, Div.class, spec -> spec.withClasses("script-heading")))).isEqualTo("SUPPRIMÉE");
    }

    @Test
    void reading_twenty_or_sixty_scenes_costs_the_same_statements() {
        long small = seasonService.createEpisode("196", "Vingt").getId();
        importService.commit(small, "20.fountain", ReaderScripts.fountain(20), ImportMode.APPEND, Set.of());
        long large = seasonService.createEpisode("197", "Soixante").getId();
        importService.commit(large, "60.fountain", ReaderScripts.fountain(60), ImportMode.APPEND, Set.of());

        long statementsSmall = statementsToOpen(small, 20);
        long start = System.nanoTime();
        long statementsLarge = statementsToOpen(large, 60);
        System.out.printf("Script reader, 60 scenes: %d statements, %.0f ms server side%n", statementsLarge,
                (System.nanoTime() - start) / 1e6);

        // The board's reads (episode, series, acts, scenes with sets and storylines…), the current revision, the texts,
        // the highlights (record 050).
        assertThat(statementsLarge).isEqualTo(statementsSmall).isLessThanOrEqualTo(11);
    }

    private long statementsToOpen(long episodeId, int scenes) {
        entityManager.flush();
        entityManager.clear();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            UI.getCurrent().navigate("episodes/" + episodeId + "/script");
            assertThat(_find(Div.class, spec -> spec.withClasses("script-scene"))).hasSize(scenes);
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private static List<String> texts(Component in, String kind) {
        return _find(in, Div.class, spec -> spec.withClasses(kind)).stream().map(ScriptReaderViewTest::text).toList();
    }

    /** The element's own text: the span that holds it, never markup. */
    private static String text(Div line) {
        return line.getChildren().filter(child -> child instanceof Span span && span.getClassNames().isEmpty())
                .map(child -> ((Span) child).getText()).findFirst().orElseThrow();
    }

    private Scene scene(String number) {
        return outlineService.scenes(episode).stream().filter(scene -> scene.getNumber().equals(number)).findFirst()
                .orElseThrow();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
