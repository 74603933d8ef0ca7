package app.coulisse.breakdown.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt._fireCustomValueSet;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.breakdown.BreakdownMatrix;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.breakdown.ElementList;
import app.coulisse.breakdown.ElementWearer;
import app.coulisse.cast.SceneAppearance;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.SceneDraft;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.season.EpisodeSummary;
import app.coulisse.season.SeasonService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SuppressWarnings("unchecked")
class SceneTagsPanelTest extends KaribuTest {

    @Autowired
    SeasonService seasonService;

    @Autowired
    OutlineService outlineService;

    @Autowired
    BreakdownService breakdownService;

    @Test
    void a_writer_tags_cast_a_dance_number_and_an_element_and_finds_them_in_the_reports() {
        loginAs("writer");
        long episodeId = seasonService.createEpisode("950", "Tag test").getId();
        long sceneId = outlineService.appendScene(episodeId, new SceneDraft(null, IntExt.INT, "MBT - STAGE",
                TimeOfDay.NIGHT, 1, 8, "Gala night.", null, null, List.of())).getId();
        openSceneEditor(sceneId);

        ComboBox<Object> character = _get(ComboBox.class, spec -> spec.withId("tag-character"));
        setUserInput(character, "3");
        assertThat(getSuggestions(character)).contains("3. CHEYENNE TOUSSAINT");
        setUserInput(character, "chey");
        assertThat(getSuggestions(character)).containsExactly("3. CHEYENNE TOUSSAINT", "Create “chey”");
        _setValue(character, getSuggestionItems(character).get(0));
        _fireCustomValueSet(character, "Stage Manager");

        ComboBox<Object> dance = _get(ComboBox.class, spec -> spec.withId("tag-dance-number"));
        _fireCustomValueSet(dance, "Gala finale");
        _setValue(_get(TextField.class, spec -> spec.withId("dance-note")), "excerpt: coda");
        _click(_get(Button.class, spec -> spec.withId("add-dance-number")));

        long props = breakdownService.categories().stream().filter(c -> c.getName().equals("Props")).findFirst()
                .orElseThrow().getId();
        _click(_get(Button.class, spec -> spec.withId("quick-add-" + props)));
        _fireCustomValueSet(_get(ComboBox.class, spec -> spec.withId("tag-element")), "Champagne flute");
        _setValue(_get(IntegerField.class, spec -> spec.withId("element-quantity")), 12);
        _click(_get(Button.class, spec -> spec.withId("add-element")));

        _assertOne(HorizontalLayout.class, spec -> spec.withId("appearance-3"));
        // A hand tag starts non-speaking, dancing for a dancer: only a cue in a script makes it speaking (record 027).
        assertThat(_get(Checkbox.class, spec -> spec.withId("speaking-3")).getValue()).isFalse();
        assertThat(_get(Checkbox.class, spec -> spec.withId("dancing-3")).getValue()).isTrue();
        assertThat(_find(_get(Div.class, spec -> spec.withId("tagged-cast")), Span.class)).extracting(Span::getText)
                .contains("3. CHEYENNE TOUSSAINT").anyMatch(label -> label.endsWith(". STAGE MANAGER"));
        assertThat(_find(_get(Div.class, spec -> spec.withId("tagged-dance-numbers")), Span.class)).extracting(Span::getText)
                .containsExactly("Gala finale", "excerpt: coda");

        UI.getCurrent().navigate("reports");
        Select<EpisodeSummary> episode = _get(Select.class, spec -> spec.withId("report-episode"));
        _setValue(episode, episode.getListDataView().getItems().filter(e -> e.id() == episodeId).findFirst().orElseThrow());

        Grid<BreakdownMatrix.Row> castByScene = _get(Grid.class, spec -> spec.withId("cast-by-scene"));
        assertThat(row(castByScene, "3")).containsExactly("3", "Cheyenne Toussaint", "ND", "1");
        assertThat(rows(castByScene)).anySatisfy(row -> assertThat(row).contains("Stage Manager", "N"));

        _get(TabSheet.class, spec -> spec.withId("report-tabs")).setSelectedIndex(2);
        Grid<BreakdownMatrix.Row> castBySong = _get(Grid.class, spec -> spec.withId("cast-by-song"));
        assertThat(row(castBySong, "3")).containsExactly("3", "Cheyenne Toussaint", "D", "1");

        _get(TabSheet.class, spec -> spec.withId("report-tabs")).setSelectedIndex(3);
        Grid<ElementList.Line> elements = _get(Grid.class, spec -> spec.withId("element-report"));
        assertThat(rows(elements)).anySatisfy(row -> assertThat(row).contains("Champagne flute", "1", "12"));
    }

    @Test
    void a_writer_gives_a_costume_to_the_dancer_who_wears_it_and_no_one_else_in_the_scene() {
        loginAs("writer");
        long episodeId = seasonService.createEpisode("951", "Costume test").getId();
        long sceneId = outlineService.appendScene(episodeId, new SceneDraft(null, IntExt.INT, "MBT - STAGE",
                TimeOfDay.NIGHT, 1, 8, "Gala night.", null, null, List.of())).getId();
        long wardrobe = breakdownService.categories().stream().filter(c -> "wardrobe".equals(c.getSeedKey()))
                .findFirst().orElseThrow().getId();
        long gown = breakdownService.createElement(wardrobe, "Gala gown").getId();
        breakdownService.tagElement(sceneId, gown, 1, null);
        openSceneEditor(sceneId);
        ComboBox<Object> character = _get(ComboBox.class, spec -> spec.withId("tag-character"));
        for (String castId : List.of("1", "3")) {
            setUserInput(character, castId);
            _setValue(character, getSuggestionItems(character).get(0));
        }

        MultiSelectComboBox<SceneAppearance> wornBy = _get(MultiSelectComboBox.class, spec -> spec.withId("worn-by-" + gown));
        assertThat(wornBy.getValue()).isEmpty();
        assertThat(wornBy.getPlaceholder()).isEqualTo("Worn by: the whole scene");
        SceneAppearance cheyenne = wornBy.getListDataView().getItems().filter(a -> a.castId() == 3).findFirst()
                .orElseThrow();
        _setValue(wornBy, java.util.Set.of(cheyenne));

        assertThat(breakdownService.sceneWearers(sceneId)).extracting(ElementWearer::castId).containsExactly(3);
        _click(_get(Button.class, spec -> spec.withId("scene-cancel")));
        openSceneEditor(sceneId);
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("worn-by-" + gown)).getValue())
                .extracting(a -> ((SceneAppearance) a).castId()).containsExactly(3);
    }

    @Test
    void a_tag_can_be_removed() {
        loginAs("writer");
        long sceneId = pilotScene(0);
        openSceneEditor(sceneId);
        _assertOne(HorizontalLayout.class, spec -> spec.withId("appearance-1"));

        _click(_get(Button.class, spec -> spec.withId("untag-1")));

        _assertNone(HorizontalLayout.class, spec -> spec.withId("appearance-1"));
    }

    @Test
    void production_sees_the_tags_without_any_control() {
        loginAs("production");
        openSceneEditor(pilotScene(0));

        _assertOne(HorizontalLayout.class, spec -> spec.withId("appearance-1"));
        assertThat(_get(Checkbox.class, spec -> spec.withId("speaking-1")).isReadOnly()).isTrue();
        assertThat(_find(_get(SceneTagsPanel.class), ComboBox.class)).as("no tagging picker").isEmpty();
        _assertNone(Button.class, spec -> spec.withId("untag-1"));
        _assertNone(Button.class, spec -> spec.withId("add-element"));
    }

    private long pilotScene(int index) {
        long pilot = seasonService.episodeSummaries().stream().filter(e -> e.number().equals("101")).findFirst()
                .orElseThrow().id();
        return outlineService.scenes(pilot).get(index).getId();
    }

    private static <T> List<List<String>> rows(Grid<T> grid) {
        return IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i)).toList();
    }

    private static <T> List<String> row(Grid<T> grid, String castId) {
        return rows(grid).stream().filter(row -> row.get(0).equals(castId)).findFirst().orElseThrow();
    }
}
