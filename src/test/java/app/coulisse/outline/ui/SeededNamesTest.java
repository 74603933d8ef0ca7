package app.coulisse.outline.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.breakdown.ElementCategory;
import app.coulisse.core.Messages;
import app.coulisse.export.BreakdownExportService;
import app.coulisse.outline.Act;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.SceneDraft;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.season.SeasonService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 14: seeded categories and default acts speak the reader's language until someone renames them. */
class SeededNamesTest extends KaribuTest {

    @Autowired
    SeasonService seasonService;

    @Autowired
    OutlineService outlineService;

    @Autowired
    BreakdownService breakdownService;

    @Autowired
    BreakdownExportService exportService;

    private final Messages messages = Messages.bundled();

    @Test
    void every_seeded_category_and_default_act_has_its_own_french_and_english_name() {
        loginAs("writer");
        List<String> keys = new ArrayList<>();
        breakdownService.categories().stream().filter(c -> c.getSeedKey() != null)
                .forEach(c -> keys.add("category.seeded." + c.getSeedKey()));
        OutlineService.DEFAULT_ACT_KEYS.forEach(key -> keys.add("act.seeded." + key));
        assertThat(keys).as("17 seeded categories and 7 default acts").hasSize(24);

        for (String key : keys) {
            String english = messages.find(key, Locale.ENGLISH).orElse(null);
            String french = messages.find(key, Locale.FRENCH).orElse(null);
            assertThat(english).as(key).isNotBlank();
            assertThat(french).as("French of " + key).isNotBlank().isNotEqualTo(english);
        }
        assertThat(breakdownService.categories()).filteredOn(c -> c.getSeedKey() != null)
                .allSatisfy(c -> assertThat(c.displayName(messages, Locale.ENGLISH)).isEqualTo(c.getName()));
    }

    @Test
    void a_french_board_shows_the_default_acts_and_times_of_day_in_french_and_a_renamed_act_as_given() {
        loginAs("writer");
        long episodeId = seasonService.createEpisode("970", "Le Lac").getId();
        long sceneId = outlineService.appendScene(episodeId, new SceneDraft("Teaser", IntExt.INT, "MBT - STAGE",
                TimeOfDay.NIGHT, 1, 8, "Nuit de gala.", null, null, List.of())).getId();
        Act actTwo = outlineService.board(episodeId).acts().get(2);
        outlineService.renameAct(actTwo.getId(), actTwo.getVersion(), "Le duel");

        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate("episodes/" + episodeId + "/board");

        assertThat(actNames()).containsExactly("Prégénérique", "Acte un", "Le duel", "Acte trois", "Acte quatre",
                "Acte cinq", "Épilogue");
        assertThat(_get(Button.class, spec -> spec.withId("scene-" + sceneId + "-open")).getText())
                .isEqualTo("INT. MBT - STAGE - NUIT");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("episodes/" + episodeId + "/one-liner");
        UI.getCurrent().navigate("episodes/" + episodeId + "/board");
        assertThat(actNames()).containsExactly("Teaser", "Act One", "Le duel", "Act Three", "Act Four", "Act Five", "Tag");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_french_tagging_panel_names_the_seeded_categories_in_french() {
        loginAs("writer");
        long episodeId = seasonService.createEpisode("971", "Catégories").getId();
        long sceneId = outlineService.appendScene(episodeId, new SceneDraft(null, IntExt.INT, "MBT - STAGE",
                TimeOfDay.DAY, 1, 8, null, null, null, List.of())).getId();
        UI.getCurrent().setLocale(Locale.FRENCH);
        openSceneEditor(sceneId);

        Select<ElementCategory> category = _get(Select.class, spec -> spec.withId("element-category"));
        assertThat(getSuggestions(category)).contains("Accessoires", "Figuration", "Cascades", "Costumes")
                .doesNotContain("Props", "Background", "Stunts", "Wardrobe");
        long props = breakdownService.categories().stream().filter(c -> "props".equals(c.getSeedKey())).findFirst()
                .orElseThrow().getId();
        assertThat(_get(Button.class, spec -> spec.withId("quick-add-" + props)).getText()).isEqualTo("+ Accessoires");
    }

    @Test
    void the_french_workbook_names_the_seeded_categories_in_french() throws Exception {
        loginAs("writer");
        long pilot = seasonService.episodeSummaries().stream().filter(e -> e.number().equals("101")).findFirst()
                .orElseThrow().id();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exportService.writeEpisodeWorkbook(pilot, Locale.FRENCH, out);

        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            })));
        }
        assertThat(texts).anyMatch(text -> text.equalsIgnoreCase("Accessoires"))
                .noneMatch(text -> text.equalsIgnoreCase("Props") || text.equalsIgnoreCase("Wardrobe")
                        || text.equalsIgnoreCase("Set Dressing"));
    }

    private static List<String> actNames() {
        return _find(Span.class, spec -> spec.withClasses("act-name")).stream().map(Span::getText).toList();
    }
}
