package app.coulisse.outline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.core.Eighths;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.StoryCatalogService;
import app.coulisse.outline.Storyline;
import app.coulisse.outline.StripColour;
import app.coulisse.season.SeasonService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OneLinerViewTest extends KaribuTest {

    @Autowired
    OutlineService outlineService;

    @Autowired
    StoryCatalogService storyCatalog;

    @Autowired
    SeasonService seasonService;

    @Test
    @SuppressWarnings("unchecked")
    void the_one_liner_lists_the_board_order_in_strip_colours_with_totals_and_filters() {
        loginAs("production");
        long episodeId = seasonService.episodeSummaries().get(0).id();
        List<Scene> scenes = outlineService.scenes(episodeId);
        UI.getCurrent().navigate("episodes/" + episodeId + "/one-liner");
        Grid<Scene> grid = _get(Grid.class, spec -> spec.withId("one-liner"));

        assertThat(GridKt._size(grid)).isEqualTo(scenes.size());
        // Scene, its script (issue 24), I/E, set, D/N, story day, pages, cast IDs, dance numbers, open questions
        // (issue 18), suggestions to review (record 051), synopsis.
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("1",
                "IconButton[#scene-" + scenes.get(0).getId() + "-script, icon='vaadin:file-text-o', "
                        + "@aria-label='Read the scene's script', @theme='tertiary-inline icon']", "INT",
                "MBT - JACK'S OFFICE", "DAY", "1", "1 3/8", "1", "", "", "",
                "Jack learns the gala lost its sponsor and pitches a wild idea: swap stars with Paris.");
        List<StripColour> colours = StripColour.of(scenes);
        for (int i = 0; i < scenes.size(); i++) {
            assertThat(grid.getPartNameGenerator().apply(GridKt._get(grid, i))).isEqualTo(colours.get(i).partName());
        }
        assertThat(grid.getStyle().get("--strip-int-night")).isEqualTo("#90CAF9");
        int total = scenes.stream().mapToInt(Scene::getEighths).sum();
        assertThat(grid.getFooterRows().get(0).getCell(grid.getColumnByKey("pages")).getText()).isEqualTo(Eighths.format(total));
        assertThat(grid.getFooterRows().get(0).getCell(grid.getColumnByKey("scene")).getText())
                .isEqualTo(scenes.size() + " scenes");

        MultiSelectComboBox<Storyline> storylines = _get(MultiSelectComboBox.class, spec -> spec.withId("filter-storylines"));
        Storyline c = storyCatalog.storylines().stream().filter(s -> s.getLabel().equals("C")).findFirst().orElseThrow();
        _setValue(storylines, Set.of(c));
        long withC = scenes.stream().filter(scene -> scene.getStorylines().contains(c)).count();
        assertThat(GridKt._size(grid)).isEqualTo((int) withC);

        _setValue(_get(TextField.class, spec -> spec.withId("filter-text")), "fountain");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).getSynopsis()).contains("fountain");
        assertThat(grid.getFooterRows().get(0).getCell(grid.getColumnByKey("scene")).getText()).isEqualTo("1 scenes");
    }
}
