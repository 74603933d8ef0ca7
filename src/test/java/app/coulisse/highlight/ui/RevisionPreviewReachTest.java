package app.coulisse.highlight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.highlight.HighlightService;
import app.coulisse.highlight.HighlightServiceTest;
import app.coulisse.highlight.Selection;
import app.coulisse.highlight.TagTarget;
import app.coulisse.outline.OutlineService;
import app.coulisse.screenplay.ImportMode;
import app.coulisse.screenplay.RevisionImport;
import app.coulisse.screenplay.ScreenplayImportService;
import app.coulisse.screenplay.ScriptTextService;
import app.coulisse.screenplay.StoredElement;
import app.coulisse.season.SeasonService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The revise preview names, before anything is written, the highlights whose words the file cuts (record 050), in
 * English and in French.
 */
class RevisionPreviewReachTest extends KaribuTest {

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
    RevisionPreviewReach reach;

    private long episode;

    @BeforeEach
    void aHighlightedWaltz() {
        loginAs("writer");
        episode = seasonService.createEpisode("174", "Aperçu").getId();
        importService.commit(episode, "white.fountain", bytes(HighlightServiceTest.WHITE), ImportMode.APPEND, Set.of());
        long scene = outlineService.scenes(episode).getFirst().getId();
        StoredElement action = scriptText.sceneText(scene).stream().filter(e -> e.text().contains("waltz")).findFirst()
                .orElseThrow();
        int start = action.text().indexOf("waltz");
        highlights.highlight(scene, new Selection(scene, action.id(), start, scene, action.id(), start + 5),
                new TagTarget.DanceNumber(null, "ZZ Barre waltz", null));
    }

    @Test
    void the_preview_lists_the_highlight_whose_words_the_file_cuts() {
        showPreview();

        Div flagged = _get(Div.class, spec -> spec.withId("reach-flagged"));
        assertThat(_get(flagged, H4.class).getText())
                .isEqualTo("Tags whose words this file cuts: flagged “check” once applied");
        assertThat(items(flagged)).containsExactly("Sc. 1: ZZ Barre waltz – \"waltz\"");
        assertThat(highlights.flagged(episode)).as("nothing written yet").isEmpty();
    }

    @Test
    void in_french_too() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        showPreview();

        Div flagged = _get(Div.class, spec -> spec.withId("reach-flagged"));
        assertThat(_get(flagged, H4.class).getText())
                .isEqualTo("Balises dont ce fichier coupe les mots : marquées « à vérifier » une fois appliqué");
        assertThat(items(flagged)).hasSize(1);
    }

    private void showPreview() {
        RevisionImport preview = importService.previewRevision(episode, "blue.fountain",
                bytes(HighlightServiceTest.BLUE));
        UI.getCurrent().add(reach.create(preview));
    }

    private static List<String> items(Div section) {
        return section.getChildren().flatMap(child -> child.getChildren()).filter(ListItem.class::isInstance)
                .map(item -> ((ListItem) item).getText()).toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
