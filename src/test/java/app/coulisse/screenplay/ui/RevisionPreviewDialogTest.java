package app.coulisse.screenplay.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.screenplay.RevisionImport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The revise preview says, for each matched scene, which rule matched it (record 027; by its text when only its heading
 * changed, record 049), in English and in French.
 */
class RevisionPreviewDialogTest extends KaribuTest {

    private static final RevisionImport PREVIEW = new RevisionImport(1, "blue.fountain", "Blue", "#C6EDFE", true, 3, 3,
            false,
            List.of(new RevisionImport.SceneLine("1", "EXT. PARK - DAY", RevisionImport.MatchedBy.HEADING)),
            List.of(new RevisionImport.ChangedScene("3", "INT. BEAM - NIGHT", RevisionImport.MatchedBy.NUMBER,
                    List.of(new RevisionImport.FieldChange("set", "HORIZONTAL BEAM", "BEAM"))),
                    new RevisionImport.ChangedScene("4", "EXT. DOWNTOWN - DAY", RevisionImport.MatchedBy.TEXT,
                            List.of(new RevisionImport.FieldChange("set", "SUBURBS", "DOWNTOWN")))),
            List.of(new RevisionImport.SceneLine("2A", "INT. CONTROL BOX - NIGHT", null)), List.of(), List.of(),
            List.of(), List.of());

    @Test
    void each_matched_scene_says_whether_its_number_or_its_order_and_heading_matched_it() {
        loginAs("writer");
        new RevisionPreviewDialog(PREVIEW, () -> { }).open();

        assertThat(items("revision-unchanged")).containsExactly("1 EXT. PARK - DAY (matched by order and heading)");
        assertThat(items("revision-changed")).containsExactly(
                "3 INT. BEAM - NIGHT — Set: HORIZONTAL BEAM → BEAM (matched by number)",
                "4 EXT. DOWNTOWN - DAY — Set: SUBURBS → DOWNTOWN (same text, heading changed)");
        assertThat(items("revision-added")).containsExactly("2A INT. CONTROL BOX - NIGHT");
    }

    @Test
    void in_french_too() {
        loginAs("writer");
        UI.getCurrent().setLocale(Locale.FRENCH);
        new RevisionPreviewDialog(PREVIEW, () -> { }).open();

        assertThat(items("revision-unchanged")).containsExactly("1 EXT. PARK - DAY (reconnue par l’ordre et l’en-tête)");
        assertThat(items("revision-changed")).element(0).asString().endsWith("(reconnue par son numéro)");
        assertThat(items("revision-changed")).element(1).asString().endsWith("(même texte, en-tête changé)");
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("blue.fountain comme révision Bleu");
        assertThat(_get(Span.class, spec -> spec.withId("revision-summary")).getText()).endsWith("marquée Bleu.");
    }

    private static List<String> items(String id) {
        return _get(UnorderedList.class, spec -> spec.withId(id)).getChildren()
                .map(item -> ((ListItem) item).getText()).toList();
    }
}
