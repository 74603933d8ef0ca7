package app.coulisse.revision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.SceneDraft;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.revision.RevisionColour;
import app.coulisse.season.SeasonService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The common orders' colour names are seeded data: a French reader sees "Blanc" and "Bleu" on the board, and a name
 * the production wrote itself reads as written.
 */
class RevisionColourNamesTest extends KaribuTest {

    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;

    @Test
    void seeded_colour_names_follow_the_language_and_written_ones_stay() {
        assertThat(RevisionColour.nameIn("Double Pink", Locale.FRENCH)).isEqualTo("Rose double");
        assertThat(RevisionColour.nameIn("Goldenrod", Locale.FRENCH)).isEqualTo("Jaune d'or");
        assertThat(RevisionColour.nameIn("Double Pink", Locale.ENGLISH)).isEqualTo("Double Pink");
        assertThat(RevisionColour.nameIn("Lavender Draft", Locale.FRENCH)).isEqualTo("Lavender Draft");
    }

    @Test
    void a_french_board_shows_the_revision_colours_in_french() {
        loginAs("showrunner");
        long episode = seasonService.createEpisode("164", "Couleurs").getId();
        outlineService.appendScene(episode, new SceneDraft("Act One", IntExt.INT, "XX STUDIO", TimeOfDay.DAY, null, 8,
                "Before", null, null, List.of()));
        outlineService.lockNumbers(episode);
        long sceneId = outlineService.scenes(episode).getFirst().getId();
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate("episodes/" + episode + "/board");

        assertThat(_get(Span.class, spec -> spec.withId("revision-current")).getText())
                .isEqualTo("Blanc (version originale)");
        Button start = _get(Button.class, spec -> spec.withId("revision-start-next"));
        assertThat(start.getText()).isEqualTo("Ouvrir la révision Bleu");
        _click(start);
        _click(_get(Button.class, spec -> spec.withId("revision-start")));
        assertThat(_get(Span.class, spec -> spec.withId("revision-current")).getText()).startsWith("Bleu – ");

        _click(_get(Button.class, spec -> spec.withId("scene-" + sceneId + "-open")));
        _setValue(_get(TextArea.class, spec -> spec.withId("scene-synopsis")), "After");
        _click(_get(Button.class, spec -> spec.withId("scene-save")));
        assertThat(_get(Span.class, spec -> spec.withId("scene-" + sceneId + "-revision-badge")).getText())
                .isEqualTo("Bleu");
    }
}
