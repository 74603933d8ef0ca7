package app.coulisse.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.DanceNumberDraft;
import app.coulisse.dance.DanceService;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.season.SeasonService;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A dance number created while tagging has no music source, and the workbook prints none (issue 14). */
class UnsetMusicSourceTest extends SpringAppTest {

    @Autowired
    DanceService danceService;

    @Autowired
    OutlineService outlineService;

    @Autowired
    SeasonService seasonService;

    @Autowired
    BreakdownExportService exports;

    @Test
    void a_number_made_from_the_tagging_box_has_no_source_and_its_row_and_breakdown_sheet_show_none() throws Exception {
        actAs("writer", "WRITER");
        long episodeId = seasonService.episodeSummaries().get(0).id();
        Scene scene = outlineService.scenes(episodeId).get(0);
        DanceNumber number = danceService.create(DanceNumberDraft.titled("Gala finale"));
        danceService.link(scene.getId(), number.getId(), null);
        assertThat(danceService.danceNumber(number.getId()).getMusicSource()).isNull();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeEpisodeWorkbook(episodeId, Locale.ENGLISH, out);
        try (XSSFWorkbook workbook = WorkbookReader.read(out.toByteArray())) {
            Sheet dances = workbook.getSheet("Dance numbers");
            Row row = WorkbookReader.rowWith(dances, 0, "Gala finale");
            assertThat(WorkbookReader.text(dances, row.getRowNum(), 6)).isEmpty();
            Sheet sheets = workbook.getSheet("Breakdown sheets");
            java.util.List<java.util.List<String>> lines = new java.util.ArrayList<>();
            for (Row line : sheets) {
                java.util.List<String> texts = WorkbookReader.texts(line);
                if (texts.stream().anyMatch(text -> text.contains("Gala finale"))) {
                    lines.add(texts);
                }
            }
            assertThat(lines).isNotEmpty().allSatisfy(texts -> assertThat(String.join(" ", texts))
                    .doesNotContain("PLAYBACK", "Playback", "CLICK TRACK"));
        }
    }
}
