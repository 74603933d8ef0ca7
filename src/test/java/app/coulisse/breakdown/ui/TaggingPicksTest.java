package app.coulisse.breakdown.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt._fireCustomValueSet;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.cast.CastService;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.dance.DanceService;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.SceneDraft;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.season.SeasonService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 14: the Cast box picks what is highlighted and creates only when asked to, undoably. */
@SuppressWarnings({"unchecked", "rawtypes"})
class TaggingPicksTest extends KaribuTest {

    @Autowired
    SeasonService seasonService;

    @Autowired
    OutlineService outlineService;

    @Autowired
    CastService castService;

    @Autowired
    DanceService danceService;

    private long sceneId;

    @BeforeEach
    void openTagsOfAFreshScene() {
        loginAs("writer");
        long episodeId = seasonService.createEpisode("951", "Picks").getId();
        sceneId = outlineService.appendScene(episodeId, new SceneDraft(null, IntExt.INT, "MBT - STAGE",
                TimeOfDay.NIGHT, 1, 8, "Gala night.", null, null, List.of())).getId();
        openSceneEditor(sceneId);
    }

    @Test
    void typing_the_start_of_a_name_and_enter_tags_the_match_and_creates_nothing() {
        long before = castService.characterCount();
        ComboBox character = characterBox();

        setUserInput(character, "Tob");
        assertThat(getSuggestions(character)).first().isEqualTo("4. TOBIAS BELL");
        _fireCustomValueSet(character, "Tob");

        assertThat(taggedLabels()).containsExactly("4. TOBIAS BELL");
        assertThat(castService.characterCount()).isEqualTo(before);
        _assertNone(Dialog.class, spec -> spec.withId("create-full-name-dialog"));
    }

    @Test
    void creating_is_an_explicit_entry_that_asks_the_full_name_of_a_prefix_and_one_undo_takes_it_all_back() {
        long before = castService.characterCount();
        int freeId = castService.nextFreeCastId();
        ComboBox character = characterBox();

        setUserInput(character, "Tob");
        assertThat(getSuggestions(character)).containsExactly("4. TOBIAS BELL", "Create “Tob”");
        _setValue(character, getSuggestionItems(character).get(1));

        _assertOne(Dialog.class, spec -> spec.withId("create-full-name-dialog"));
        assertThat(castService.characterCount()).as("nothing created before the full name").isEqualTo(before);
        _setValue(_get(TextField.class, spec -> spec.withId("create-full-name")), "Toby Marchand");
        _click(_get(Button.class, spec -> spec.withId("create-full-name-confirm")));

        assertThat(taggedLabels()).containsExactly(freeId + ". TOBY MARCHAND");
        assertThat(castService.characterCount()).isEqualTo(before + 1);

        _click(_get(Button.class, spec -> spec.withId("undo-create")));

        assertThat(taggedLabels()).isEmpty();
        assertThat(castService.characterCount()).isEqualTo(before);
        assertThat(castService.characters()).extracting(StoryCharacter::getName).doesNotContain("Toby Marchand");
        assertThat(castService.nextFreeCastId()).as("the cast ID is free again").isEqualTo(freeId);
    }

    @Test
    void a_name_shorter_than_three_letters_is_not_created_before_the_full_name_is_given() {
        long before = castService.characterCount();
        ComboBox character = characterBox();

        setUserInput(character, "Zq");
        assertThat(getSuggestions(character)).containsExactly("Create “Zq”");
        _fireCustomValueSet(character, "Zq");

        _assertOne(Dialog.class, spec -> spec.withId("create-full-name-dialog"));
        _click(_get(Button.class, spec -> spec.withId("create-full-name-cancel")));
        assertThat(castService.characterCount()).isEqualTo(before);
        assertThat(taggedLabels()).isEmpty();
    }

    @Test
    void the_full_name_takes_as_many_characters_as_the_created_thing_allows() {
        _fireCustomValueSet(characterBox(), "Zq");
        assertThat(fullNameField().getMaxLength()).as("a character's name").isEqualTo(120);
        _click(_get(Button.class, spec -> spec.withId("create-full-name-cancel")));

        _fireCustomValueSet(_get(ComboBox.class, spec -> spec.withId("tag-dance-number")), "Zq");
        assertThat(fullNameField().getMaxLength()).as("a dance number's title").isEqualTo(150);
    }

    @Test
    void a_new_full_name_is_created_from_its_entry_at_once_with_an_undo() {
        long before = castService.characterCount();
        ComboBox character = characterBox();

        setUserInput(character, "Stage Manager");
        _setValue(character, getSuggestionItems(character).getLast());

        assertThat(castService.characterCount()).isEqualTo(before + 1);
        assertThat(taggedLabels()).singleElement().asString().endsWith(". STAGE MANAGER");
        _assertOne(Button.class, spec -> spec.withId("undo-create"));
    }

    @Test
    void the_dance_box_takes_the_first_match_on_enter_too() {
        int before = danceService.danceNumbers().size();
        String known = danceService.danceNumbers().getFirst().getTitle();
        ComboBox dance = _get(ComboBox.class, spec -> spec.withId("tag-dance-number"));

        _fireCustomValueSet(dance, known.substring(0, 4));
        _click(_get(Button.class, spec -> spec.withId("add-dance-number")));

        assertThat(danceService.danceNumbers()).hasSize(before);
        assertThat(_find(_get(Div.class, spec -> spec.withId("tagged-dance-numbers")), Span.class))
                .extracting(Span::getText).first().isEqualTo(danceService.danceNumbers().stream()
                        .filter(n -> n.getTitle().toLowerCase().contains(known.substring(0, 4).toLowerCase()))
                        .findFirst().orElseThrow().getTitle());
    }

    private static TextField fullNameField() {
        return _get(TextField.class, spec -> spec.withId("create-full-name"));
    }

    private static ComboBox characterBox() {
        return _get(ComboBox.class, spec -> spec.withId("tag-character"));
    }

    private static List<String> taggedLabels() {
        return _find(_get(Div.class, spec -> spec.withId("tagged-cast")), HorizontalLayout.class).stream()
                .map(row -> _find(row, Span.class).getFirst().getText()).toList();
    }
}
